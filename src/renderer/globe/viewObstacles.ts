import type { Rect } from './framing'

/*
 * What lies over the globe and must not cover a scene's subject: the
 * presenter's caption, the legend, the first-start hint, a panel over the
 * globe (the AZ view). Each registers its
 * element while it is mounted (an effect's cleanup withdraws it); framing
 * asks for the free area that is left. One globe per window, so one list.
 */

/** What an obstacle is: presenting frames around the caption, the hint and panels, and folds the legend instead when it covers the subject or a panel. */
export type ObstacleRole = 'caption' | 'legend' | 'hint' | 'panel'

const obstacles = new Map<HTMLElement, ObstacleRole>()

/** Makes an element an obstacle to framing; returns the function that withdraws it. */
export function addViewObstacle(element: HTMLElement, role: ObstacleRole): () => void {
  obstacles.set(element, role)
  return () => {
    obstacles.delete(element)
  }
}

/** Space kept between the subject and an obstacle, CSS px. */
const GAP_PX = 10

/**
 * The largest rectangle of the canvas that no obstacle covers: each
 * obstacle is avoided by keeping to one of its four sides, and the
 * combination leaving the largest area wins. Obstacles that are hidden
 * (no box) or outside the canvas are ignored. `canvas` and the result are
 * in viewport px; the result is relative to the canvas's top left.
 */
export function freeAreaOf(canvas: Rect, boxes: readonly Rect[]): Rect {
  const width = canvas.right - canvas.left
  const height = canvas.bottom - canvas.top
  const local = boxes
    .map((box) => ({
      left: Math.max(0, box.left - canvas.left - GAP_PX),
      top: Math.max(0, box.top - canvas.top - GAP_PX),
      right: Math.min(width, box.right - canvas.left + GAP_PX),
      bottom: Math.min(height, box.bottom - canvas.top + GAP_PX),
    }))
    .filter((box) => box.right > box.left && box.bottom > box.top)
    .slice(0, 5)
  let best: Rect = { left: 0, top: 0, right: width, bottom: height }
  let bestArea = -1
  const choose = (index: number, rect: Rect): void => {
    if (rect.right <= rect.left || rect.bottom <= rect.top) return
    if (index === local.length) {
      const area = (rect.right - rect.left) * (rect.bottom - rect.top)
      if (area > bestArea) {
        bestArea = area
        best = rect
      }
      return
    }
    const box = local[index] as Rect
    const clear = box.right <= rect.left || box.left >= rect.right || box.bottom <= rect.top || box.top >= rect.bottom
    if (clear) return choose(index + 1, rect)
    choose(index + 1, { ...rect, bottom: Math.min(rect.bottom, box.top) })
    choose(index + 1, { ...rect, top: Math.max(rect.top, box.bottom) })
    choose(index + 1, { ...rect, right: Math.min(rect.right, box.left) })
    choose(index + 1, { ...rect, left: Math.max(rect.left, box.right) })
  }
  choose(0, { left: 0, top: 0, right: width, bottom: height })
  return bestArea < 0 ? { left: 0, top: 0, right: 0, bottom: 0 } : best
}

/**
 * The free area of a canvas now, from the obstacles of these roles on screen
 * and any `more` boxes (viewport px) such as what an obstacle will become
 * (canvas-relative px).
 */
export function freeArea(canvas: HTMLElement, roles: readonly ObstacleRole[] = ['caption', 'legend', 'hint', 'panel'], more: readonly Rect[] = []): Rect {
  return freeAreaOf(canvas.getBoundingClientRect(), [...more, ...obstacleBoxes(roles)])
}

/** Where the obstacles of these roles are on screen now (viewport px); hidden ones are left out. */
export function obstacleBoxes(roles: readonly ObstacleRole[]): DOMRect[] {
  const boxes: DOMRect[] = []
  for (const [element, role] of obstacles) {
    if (!roles.includes(role)) continue
    const box = element.getBoundingClientRect()
    if (box.width > 0 && box.height > 0) boxes.push(box)
  }
  return boxes
}
