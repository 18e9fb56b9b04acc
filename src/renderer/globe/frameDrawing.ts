/** How the frame loop draws a frame. */
export interface FrameDrawing {
  /** Through the 4× target (MultisampledFrame), or straight to the canvas. */
  multisampled: boolean
  /** Ask for the next frame at once: this one is not the picture to rest on. */
  another: boolean
}

/**
 * A frame at rest is multisampled. A moving frame is not (the motion hides
 * the edges, AdaptiveResolution also lowers its ratio), nor is the first
 * frame with the regions: the globe shows without waiting for the samples'
 * target to be made and filled, and the next frame, asked for at once, is
 * multisampled. `wantsAnotherFrame` is AdaptiveResolution's.
 */
export function frameDrawing(moving: boolean, wantsAnotherFrame: boolean, firstShowing: boolean): FrameDrawing {
  return { multisampled: !moving && !firstShowing, another: wantsAnotherFrame || firstShowing }
}
