/**
 * Label boxes in screen space (CSS px), in parallel typed arrays so the frame
 * loop can reuse them without allocating. Arrays may be longer than `count`.
 */
export interface LabelBoxes {
  count: number
  /** The visible area (0, 0)–(width, height); a placement that leaves it is not used. 0 = unbounded. */
  width: number
  height: number
  /** Left edge of the preferred placement. */
  x: Float32Array
  /** Left edge of the fallback placement (same top), tried when the preferred one collides; NaN for none. */
  altX: Float32Array
  /** Top edge. */
  y: Float32Array
  w: Float32Array
  h: Float32Array
  /** Higher wins; -Infinity marks a box that must not be shown at all. */
  priority: Float32Array
  /**
   * What no label may cover, whatever its priority: the markers on screen
   * (a label over a neighbour's marker hides the marker and misleads) and
   * the annotations (the teacher's own words win over a region label).
   * Left, top, width, height in the same px; `obstacleCount` are in use.
   */
  obstacleCount: number
  ox: Float32Array
  oy: Float32Array
  ow: Float32Array
  oh: Float32Array
}

export function createLabelBoxes(capacity: number, obstacleCapacity = 0): LabelBoxes {
  return {
    obstacleCount: 0,
    ox: new Float32Array(obstacleCapacity),
    oy: new Float32Array(obstacleCapacity),
    ow: new Float32Array(obstacleCapacity),
    oh: new Float32Array(obstacleCapacity),
    count: 0,
    width: 0,
    height: 0,
    x: new Float32Array(capacity),
    altX: new Float32Array(capacity).fill(Number.NaN),
    y: new Float32Array(capacity),
    w: new Float32Array(capacity),
    h: new Float32Array(capacity),
    priority: new Float32Array(capacity),
  }
}

/** Values written into `shown`. */
export const placement = { hidden: 0, preferred: 1, fallback: 2 } as const

/**
 * Greedy de-cluttering: boxes are taken in priority order (ties keep index
 * order); each goes where it was preferred, else to its fallback position,
 * else stays hidden, so that no two shown boxes (grown by `gap` px on every
 * side) overlap and no shown box covers an obstacle. Writes a `placement` value per box into `shown` and returns
 * how many are shown. `order` is scratch space of at least `count` entries.
 *
 * Greedy is not optimal, but it is stable from frame to frame, never hides a
 * higher-priority label for a lower one, and costs O(n²) for the few dozen
 * labels a globe shows.
 */
export function declutter(boxes: LabelBoxes, shown: Uint8Array, order: Uint16Array, gap = 0): number {
  const { count, x, altX, priority } = boxes
  sortByPriority(priority, count, order)
  let shownCount = 0
  for (let i = 0; i < count; i++) shown[i] = placement.hidden
  for (let k = 0; k < count; k++) {
    const i = order[k] as number
    if ((priority[i] as number) === -Infinity) break
    const alternative = altX[i] as number
    if (isFree(boxes, shown, order, k, x[i] as number, gap)) shown[i] = placement.preferred
    else if (!Number.isNaN(alternative) && isFree(boxes, shown, order, k, alternative, gap)) {
      shown[i] = placement.fallback
    } else continue
    shownCount++
  }
  return shownCount
}

/** Adds an obstacle (markers, annotations) no label may cover; ignored past the arrays' capacity. */
export function addObstacle(boxes: LabelBoxes, left: number, top: number, width: number, height: number): void {
  const n = boxes.obstacleCount
  if (n >= boxes.ox.length) return
  boxes.ox[n] = left
  boxes.oy[n] = top
  boxes.ow[n] = width
  boxes.oh[n] = height
  boxes.obstacleCount = n + 1
}

/** Whether box order[k], with its left edge at `left`, stays in bounds, covers no obstacle and misses every box shown before it. */
function isFree(boxes: LabelBoxes, shown: Uint8Array, order: Uint16Array, k: number, left: number, gap: number): boolean {
  const { x, altX, y, w, h, width, height } = boxes
  const i = order[k] as number
  if (width > 0 && (left < 0 || left + (w[i] as number) > width)) return false
  if (height > 0 && ((y[i] as number) < 0 || (y[i] as number) + (h[i] as number) > height)) return false
  const top = (y[i] as number) - gap
  const right = left + (w[i] as number) + gap
  const bottom = (y[i] as number) + (h[i] as number) + gap
  const leftEdge = left - gap
  const { ox, oy, ow, oh, obstacleCount } = boxes
  const boxRight = left + (w[i] as number)
  const boxBottom = (y[i] as number) + (h[i] as number)
  for (let o = 0; o < obstacleCount; o++) {
    const obstacleLeft = ox[o] as number
    const obstacleTop = oy[o] as number
    if (boxRight > obstacleLeft && left < obstacleLeft + (ow[o] as number) && boxBottom > obstacleTop && (y[i] as number) < obstacleTop + (oh[o] as number)) {
      return false
    }
  }
  for (let m = 0; m < k; m++) {
    const j = order[m] as number
    const where = shown[j]
    if (where === placement.hidden) continue
    const jx = (where === placement.fallback ? altX[j] : x[j]) as number
    const overlaps =
      right > jx && leftEdge < jx + (w[j] as number) && bottom > (y[j] as number) && top < (y[j] as number) + (h[j] as number)
    if (overlaps) return false
  }
  return true
}

/** Stable insertion sort of indices by descending priority: no allocation, and fast for nearly sorted input. */
function sortByPriority(priority: Float32Array, count: number, order: Uint16Array): void {
  for (let i = 0; i < count; i++) order[i] = i
  for (let i = 1; i < count; i++) {
    const index = order[i] as number
    const p = priority[index] as number
    let j = i - 1
    while (j >= 0 && (priority[order[j] as number] as number) < p) {
      order[j + 1] = order[j] as number
      j--
    }
    order[j + 1] = index
  }
}
