/**
 * Screen-space picking: the nearest marker to the pointer within `maxDistance`
 * CSS px, among those on the camera-facing side of the globe. Cheaper and more
 * forgiving than ray casting against small markers, and it matches what the
 * user sees (markers keep a constant on-screen size).
 *
 * `screen` holds x, y pairs (CSS px, relative to the canvas) and `facing` the
 * horizon margin of each marker (> 0 is visible). Returns an index or -1.
 */
export function pickNearest(
  screen: Float32Array,
  facing: Float32Array,
  count: number,
  x: number,
  y: number,
  maxDistance: number,
): number {
  let best = -1
  let bestSq = maxDistance * maxDistance
  for (let i = 0; i < count; i++) {
    if (!((facing[i] as number) > 0)) continue
    const dx = (screen[2 * i] as number) - x
    const dy = (screen[2 * i + 1] as number) - y
    const sq = dx * dx + dy * dy
    if (sq <= bestSq) {
      // Equal distance: keep the first, so the choice does not flicker.
      if (sq === bestSq && best !== -1) continue
      best = i
      bestSq = sq
    }
  }
  return best
}

/** A press that moved more than this (CSS px) is an orbit drag, not a click. */
export const CLICK_SLOP_PX = 5

/** Whether a press released at (x1, y1) after starting at (x0, y0) counts as a click. */
export function isClick(x0: number, y0: number, x1: number, y1: number, slop = CLICK_SLOP_PX): boolean {
  const dx = x1 - x0
  const dy = y1 - y0
  return dx * dx + dy * dy <= slop * slop
}
