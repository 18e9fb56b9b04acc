import type { PerspectiveCamera } from 'three'
import { WHOLE_VIEW } from './cameraLimits'
import type { FreeView, Rect, ShiftPx } from './types'

export type { FreeView, ShiftPx } from './types'

export const NO_SHIFT: ShiftPx = { x: 0, y: 0 }

export const WHOLE_FREE_VIEW: FreeView = { shift: NO_SHIFT, share: WHOLE_VIEW }

/** Rate (1/s) at which the shift closes on its target. */
const SHIFT_RATE = 8

/** Closer than this (px) the shift has arrived. */
const ARRIVED_PX = 0.25

/** Below this share of the canvas a free area is too small to give the globe: it keeps the whole view. */
const LEAST_SHARE = 0.25

/**
 * The view that gives the globe the free area: its centre in the middle of
 * it and its farthest zoom fitting it. While presenting, the caption covers
 * the lower third of the screen, and a globe centred on the whole screen
 * would sit a third behind it. A lens shift (the projection's centre moved,
 * as a view camera's rising front does) moves the picture without turning
 * the globe, so the framing can still turn the subject to the middle of
 * what is left.
 */
export function freeViewOf(canvas: { width: number; height: number }, free: Rect): FreeView {
  const share = {
    x: (free.right - free.left) / canvas.width,
    y: (free.bottom - free.top) / canvas.height,
  }
  if (!(share.x >= LEAST_SHARE && share.y >= LEAST_SHARE)) return WHOLE_FREE_VIEW
  return {
    shift: {
      x: Math.round((free.left + free.right) / 2 - canvas.width / 2),
      y: Math.round((free.top + free.bottom) / 2 - canvas.height / 2),
    },
    share: { x: Math.min(1, share.x), y: Math.min(1, share.y) },
  }
}

/**
 * The lens shift of the globe's camera: eases towards its target (a cut with
 * reduced motion) and sets the camera's view offset. The canvas on screen is
 * the whole "full" view, only displaced, so sizes in screen pixels (marker
 * radii, line widths) are unchanged.
 */
export class ViewShift {
  private current: ShiftPx = NO_SHIFT
  private target: ShiftPx = NO_SHIFT
  private applied = { x: Number.NaN, y: Number.NaN, width: 0, height: 0 }

  /** Where the shift is going. `instant`: there at once. */
  setTarget(shift: ShiftPx, instant: boolean): void {
    this.target = { ...shift }
    if (instant) this.current = { ...shift }
  }

  get now(): ShiftPx {
    return this.current
  }

  /** One frame's step of `dt` seconds towards the target (all of it when `cut`); true while still moving. */
  step(dt: number, cut: boolean): boolean {
    const dx = this.target.x - this.current.x
    const dy = this.target.y - this.current.y
    if (dx === 0 && dy === 0) return false
    const fraction = cut ? 1 : 1 - Math.exp(-SHIFT_RATE * dt)
    const arrives = fraction >= 1 || Math.hypot(dx * (1 - fraction), dy * (1 - fraction)) < ARRIVED_PX
    this.current = arrives ? { ...this.target } : { x: this.current.x + dx * fraction, y: this.current.y + dy * fraction }
    return !arrives
  }

  /** Sets the camera's view offset for a canvas of this size, when it changed; true when it did. */
  apply(camera: PerspectiveCamera, width: number, height: number): boolean {
    const { x, y } = this.current
    const a = this.applied
    if (a.x === x && a.y === y && a.width === width && a.height === height) return false
    this.applied = { x, y, width, height }
    if (x === 0 && y === 0) camera.clearViewOffset()
    // The rendered window slides the other way to the picture: a window lower on the full view shows the globe higher.
    else camera.setViewOffset(width, height, -x, -y, width, height)
    camera.updateProjectionMatrix()
    return true
  }
}
