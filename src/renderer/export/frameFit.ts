/**
 * How an export fits the view on screen into an image of another shape:
 * the whole view, uniformly scaled and centred, with more of the globe
 * round it on the sides (a wider image) or above and below (a taller one).
 * Every point of the view lands at `offset + point × scale`, so what is on
 * screen keeps its place relative to everything else: region labels, a
 * title anchored to the screen, an arrow from empty space to a place.
 */
export interface FrameFit {
  /** Image px per CSS px of the view. */
  scale: number
  /** Where the view's top-left corner lands in the image, px. */
  offsetX: number
  offsetY: number
  /**
   * The export camera's tan(vertical field of view / 2) over the screen
   * camera's: 1 when the image is at least as wide as the view (the same
   * vertical field), more when it is taller (the field opens to show the
   * extra globe above and below).
   */
  fovStretch: number
}

export function fitViewToFrame(view: { width: number; height: number }, image: { width: number; height: number }): FrameFit {
  if (!(view.width > 0 && view.height > 0)) throw new Error('the globe has no size on screen yet')
  if (!(image.width > 0 && image.height > 0)) throw new RangeError(`an image of ${image.width} × ${image.height} pixels cannot be made`)
  const scale = Math.min(image.width / view.width, image.height / view.height)
  return {
    scale,
    offsetX: (image.width - view.width * scale) / 2,
    offsetY: (image.height - view.height * scale) / 2,
    fovStretch: image.height / scale / view.height,
  }
}

/** The image point of a view point. */
export function viewToImage(fit: FrameFit, x: number, y: number): { x: number; y: number } {
  return { x: fit.offsetX + x * fit.scale, y: fit.offsetY + y * fit.scale }
}

/** The vertical field of view (degrees) of the export camera for a screen camera's. */
export function stretchedFov(fovDegrees: number, fovStretch: number): number {
  const half = (fovDegrees * Math.PI) / 360
  return (360 / Math.PI) * Math.atan(Math.tan(half) * fovStretch)
}
