/**
 * Whether the frame loop draws a frame straight to the canvas; otherwise it
 * is a frame at rest, multisampled (MultisampledFrame). A moving frame goes
 * straight (the motion hides the edges, AdaptiveResolution also lowers its
 * ratio), and so does the first frame with the regions: the globe shows
 * without waiting for the samples' target to be made and filled, and the
 * next frame, asked for at once, is the multisampled one.
 */
export function drawnStraight(moving: boolean, firstShowing: boolean): boolean {
  return moving || firstShowing
}
