import { formatCoordinates } from '../../shared/geo'
import { roundCoordinate } from '../../shared/geo/round'
import { toggleCompared } from '../compare/compareSelection'
import { useAppStore } from '../state/store'
import { PICK_RADIUS_PX, PLACE_PICK_RADIUS_PX } from './dimensions'
import { isClick } from './picking'
import type { GlobeRuntime } from './runtime'

/**
 * Hover and click on markers, in canvas-relative CSS px. Hover is re-picked
 * after every rendered frame too, so a marker that turns under a resting
 * pointer (auto-rotation, a flight) gets highlighted without a pointer move.
 * A press that drags (orbiting) never selects; a click on the empty globe
 * keeps the selection.
 *
 * In place-me mode, or with Alt (Option) held, a click puts the user's
 * location where it lands on the globe instead of selecting; the cursor is
 * a crosshair while place-me mode is on. With Ctrl or Cmd (or Shift) held,
 * a click on a marker adds the region to the comparison, or takes it out,
 * without changing the selection.
 *
 * Edge and zone marks are picked where no region marker is near: hovering
 * one labels it, a click selects it (a second click clears it).
 */
export class PointerTracker {
  private x = 0
  private y = 0
  private inside = false
  private pressed = false
  private downX = 0
  private downY = 0
  private hovered = -1
  private hoveredPlace: string | null = null

  constructor(
    private readonly runtime: GlobeRuntime,
    private readonly setCursor: (cursor: string) => void,
  ) {}

  move(x: number, y: number, buttons: number): void {
    this.x = x
    this.y = y
    this.inside = true
    if (buttons === 0) this.pressed = false
    if (!this.pressed) this.updateHover()
  }

  leave(): void {
    this.inside = false
    this.setHovered(-1, null)
  }

  down(x: number, y: number, button: number): void {
    if (button !== 0) return
    this.pressed = true
    this.downX = x
    this.downY = y
  }

  up(x: number, y: number, button: number, altKey = false, compareKey = false): void {
    if (button !== 0 || !this.pressed) return
    this.pressed = false
    this.x = x
    this.y = y
    if (!isClick(this.downX, this.downY, x, y)) return
    if (altKey || useAppStore.getState().placing) {
      this.placeUser(x, y)
      this.updateHover()
      return
    }
    const index = this.runtime.pick(x, y, PICK_RADIUS_PX)
    const region = index >= 0 ? this.runtime.regions[index] : undefined
    if (region && compareKey) toggleCompared(region.code)
    else if (region) useAppStore.getState().select(region.code)
    else {
      const place = this.runtime.pickPlace(x, y, PLACE_PICK_RADIUS_PX)
      if (place) useAppStore.getState().selectPlace(place)
    }
    this.updateHover()
  }

  cancel(): void {
    this.pressed = false
  }

  /** Shows the cursor for the current mode (call when place-me mode turns on or off). */
  refreshCursor(): void {
    this.setCursor(this.cursor())
  }

  /** After each rendered frame: the markers may have moved under the pointer. */
  afterFrame(): void {
    if (this.inside && !this.pressed) this.updateHover()
  }

  private updateHover(): void {
    const index = this.runtime.pick(this.x, this.y, PICK_RADIUS_PX)
    this.setHovered(index, index >= 0 ? null : this.runtime.pickPlace(this.x, this.y, PLACE_PICK_RADIUS_PX))
  }

  private setHovered(index: number, place: string | null): void {
    if (index === this.hovered && place === this.hoveredPlace) return
    const regionChanged = index !== this.hovered
    this.hovered = index
    this.hoveredPlace = place
    this.setCursor(this.cursor())
    if (regionChanged) useAppStore.getState().hover(this.runtime.regions[index]?.code ?? null)
    useAppStore.getState().hoverPlace(place)
  }

  private cursor(): string {
    if (useAppStore.getState().placing) return 'crosshair'
    return this.hovered >= 0 || this.hoveredPlace !== null ? 'pointer' : ''
  }

  /** A click beside the globe (in space) places nothing and leaves place-me mode on. */
  private placeUser(x: number, y: number): void {
    const spot = this.runtime.surfaceAt(x, y)
    if (!spot) return
    // Clicked coordinates are kept to about 10 m: finer than a click can aim.
    const lat = roundCoordinate(spot.lat)
    const lon = roundCoordinate(spot.lon)
    useAppStore.getState().setUserLocation({ lat, lon, label: formatCoordinates(lat, lon), origin: 'click' })
    this.setCursor(this.cursor())
  }
}
