import type { Matrix4 } from 'three'

/** The canvas's pixel-ratio range: device pixels up to 2 (more costs fill rate no eye sees). */
export const DPR_RANGE: [number, number] = [1, 2]

/**
 * Share of the full pixel ratio drawn while the camera keeps moving: a
 * moving picture hides the softness, and the fragment work (atmosphere,
 * land, wide lines) falls with the square of it.
 */
export const MOVING_DPR_SCALE = 0.6

/** Never below this, whatever the display. */
const MIN_MOVING_DPR = 0.5

/** The full pixel ratio for this display, as r3f resolves DPR_RANGE. */
export function fullDpr(devicePixelRatio: number): number {
  return Math.min(Math.max(DPR_RANGE[0], devicePixelRatio || DPR_RANGE[0]), DPR_RANGE[1])
}

export function movingDpr(full: number): number {
  return Math.max(MIN_MOVING_DPR, full * MOVING_DPR_SCALE)
}

/**
 * Decides, before each frame is drawn, the pixel ratio to draw it at: the
 * full one at rest and for a single-frame cut; a lower one from the second
 * consecutive frame in which the camera moved; the full one again on the
 * first frame after it stops. The frame loop asks for that frame
 * (`wantsAnotherFrame`), so a picture never rests soft.
 */
export class AdaptiveResolution {
  private readonly last = new Float64Array(16)
  private seen = false
  private movingFrames = 0

  /** Call with the camera's world matrix (updated) before rendering; returns the ratio for this frame. */
  beforeRender(cameraMatrix: Matrix4, devicePixelRatio: number): number {
    const moved = this.seen && differs(cameraMatrix.elements, this.last)
    this.last.set(cameraMatrix.elements)
    this.seen = true
    this.movingFrames = moved ? this.movingFrames + 1 : 0
    const full = fullDpr(devicePixelRatio)
    return this.movingFrames >= 2 ? movingDpr(full) : full
  }

  /** True after a frame drawn at the lower ratio: one more frame sees the stop and draws at the full one. */
  get wantsAnotherFrame(): boolean {
    return this.movingFrames >= 2
  }

  /**
   * Whether the frame just decided is a moving one (drawn at the lower ratio):
   * it is also drawn without multisampling, which the motion hides as well.
   */
  get moving(): boolean {
    return this.movingFrames >= 2
  }
}

/**
 * Camera matrix change (per element) that counts as moving: about a third
 * of a CSS pixel at the centre of the view. Below it are the last steps of
 * the orbit controls' damping, which they apply on every frame without
 * asking for one; counting those would keep asking for frames for seconds.
 */
const MOTION_EPSILON = 5e-4

function differs(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let i = 0; i < 16; i += 1) if (Math.abs((a[i] as number) - (b[i] as number)) > MOTION_EPSILON) return true
  return false
}
