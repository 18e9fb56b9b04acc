import { useAppStore } from '../state/store'
import { PICK_RADIUS_PX } from './dimensions'
import { isClick } from './picking'
import type { GlobeRuntime } from './runtime'

/**
 * Hover and click on markers, in canvas-relative CSS px. Hover is re-picked
 * after every rendered frame too, so a marker that turns under a resting
 * pointer (auto-rotation, a flight) gets highlighted without a pointer move.
 * A press that drags (orbiting) never selects; a click on the empty globe
 * keeps the selection.
 */
export class PointerTracker {
  private x = 0
  private y = 0
  private inside = false
  private pressed = false
  private downX = 0
  private downY = 0
  private hovered = -1

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
    this.setHovered(-1)
  }

  down(x: number, y: number, button: number): void {
    if (button !== 0) return
    this.pressed = true
    this.downX = x
    this.downY = y
  }

  up(x: number, y: number, button: number): void {
    if (button !== 0 || !this.pressed) return
    this.pressed = false
    this.x = x
    this.y = y
    if (!isClick(this.downX, this.downY, x, y)) return
    const index = this.runtime.pick(x, y, PICK_RADIUS_PX)
    const region = index >= 0 ? this.runtime.regions[index] : undefined
    if (region) useAppStore.getState().select(region.code)
    this.updateHover()
  }

  cancel(): void {
    this.pressed = false
  }

  /** After each rendered frame: the markers may have moved under the pointer. */
  afterFrame(): void {
    if (this.inside && !this.pressed) this.updateHover()
  }

  private updateHover(): void {
    this.setHovered(this.runtime.pick(this.x, this.y, PICK_RADIUS_PX))
  }

  private setHovered(index: number): void {
    if (index === this.hovered) return
    this.hovered = index
    this.setCursor(index >= 0 ? 'pointer' : '')
    useAppStore.getState().hover(this.runtime.regions[index]?.code ?? null)
  }
}
