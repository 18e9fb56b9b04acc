import { describe, expect, it } from 'vitest'
import { addObstacle, createLabelBoxes, declutter, placement } from '../../../../src/renderer/globe/declutter'

interface Box {
  x: number
  y: number
  w: number
  h: number
  priority: number
  altX?: number
}

function run(list: Box[], gap = 0, bounds?: { width: number; height: number }): number[] {
  const boxes = createLabelBoxes(list.length)
  boxes.count = list.length
  if (bounds) {
    boxes.width = bounds.width
    boxes.height = bounds.height
  }
  list.forEach((box, i) => {
    boxes.x[i] = box.x
    boxes.y[i] = box.y
    boxes.w[i] = box.w
    boxes.h[i] = box.h
    boxes.priority[i] = box.priority
    boxes.altX[i] = box.altX ?? Number.NaN
  })
  const shown = new Uint8Array(list.length)
  const count = declutter(boxes, shown, new Uint16Array(list.length), gap)
  expect(count).toBe([...shown].filter((value) => value !== placement.hidden).length)
  return [...shown]
}

describe('declutter', () => {
  it('shows every label when none overlap', () => {
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 1 },
        { x: 20, y: 0, w: 10, h: 10, priority: 1 },
        { x: 0, y: 20, w: 10, h: 10, priority: 1 },
      ]),
    ).toEqual([1, 1, 1])
  })

  it('hides the lower-priority label of two that overlap, whatever their order', () => {
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 1 },
        { x: 5, y: 5, w: 10, h: 10, priority: 2 },
      ]),
    ).toEqual([0, 1])
    expect(
      run([
        { x: 5, y: 5, w: 10, h: 10, priority: 2 },
        { x: 0, y: 0, w: 10, h: 10, priority: 1 },
      ]),
    ).toEqual([1, 0])
  })

  it('keeps the first of equal priorities, so the choice does not flicker', () => {
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 3 },
        { x: 5, y: 0, w: 10, h: 10, priority: 3 },
      ]),
    ).toEqual([1, 0])
  })

  it('lets a label that yields to a higher one free the way for a third', () => {
    // b loses to a; c overlaps only b, so c shows.
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 3 },
        { x: 8, y: 0, w: 10, h: 10, priority: 2 },
        { x: 16, y: 0, w: 10, h: 10, priority: 1 },
      ]),
    ).toEqual([1, 0, 1])
  })

  it('treats touching edges as free but keeps the gap when asked', () => {
    const touching = [
      { x: 0, y: 0, w: 10, h: 10, priority: 2 },
      { x: 10, y: 0, w: 10, h: 10, priority: 1 },
    ]
    expect(run(touching)).toEqual([1, 1])
    expect(run(touching, 2)).toEqual([1, 0])
  })

  it('moves a label to its fallback side before hiding it', () => {
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 2 },
        { x: 5, y: 0, w: 10, h: 10, priority: 1, altX: -20 },
      ]),
    ).toEqual([placement.preferred, placement.fallback])
    // A third label collides with the second one's fallback position, not its preferred one.
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: 3 },
        { x: 5, y: 0, w: 10, h: 10, priority: 2, altX: -20 },
        { x: -15, y: 0, w: 4, h: 10, priority: 1 },
      ]),
    ).toEqual([placement.preferred, placement.fallback, placement.hidden])
  })

  it('never shows a label marked -Infinity, even with room to spare', () => {
    expect(
      run([
        { x: 0, y: 0, w: 10, h: 10, priority: -Infinity },
        { x: 50, y: 0, w: 10, h: 10, priority: 0 },
      ]),
    ).toEqual([0, 1])
  })

  it('keeps labels inside the bounds, using the fallback side at the right edge', () => {
    const bounds = { width: 100, height: 50 }
    expect(
      run(
        [
          { x: 95, y: 10, w: 20, h: 10, priority: 1, altX: 60 },
          { x: 95, y: 30, w: 20, h: 10, priority: 1 },
          { x: 10, y: 45, w: 20, h: 10, priority: 1 },
        ],
        0,
        bounds,
      ),
    ).toEqual([placement.fallback, placement.hidden, placement.hidden])
  })

  it('returns nothing for no boxes', () => {
    expect(run([])).toEqual([])
  })

  it('never covers an obstacle, whatever the priority: the fallback side, else hidden', () => {
    const boxes = createLabelBoxes(2, 3)
    boxes.count = 2
    const place = (i: number, x: number, altX: number, y: number) => {
      boxes.x[i] = x
      boxes.altX[i] = altX
      boxes.y[i] = y
      boxes.w[i] = 40
      boxes.h[i] = 10
      boxes.priority[i] = 100
    }
    place(0, 10, -40, 0)
    place(1, 10, 60, 50)
    // A marker right of label 0's preferred box; one on each side of label 1.
    addObstacle(boxes, 30, 2, 6, 6)
    addObstacle(boxes, 20, 52, 6, 6)
    addObstacle(boxes, 80, 52, 6, 6)
    const shown = new Uint8Array(2)
    expect(declutter(boxes, shown, new Uint16Array(2))).toBe(1)
    expect([...shown]).toEqual([placement.fallback, placement.hidden])
  })

  it('ignores obstacles past its capacity', () => {
    const boxes = createLabelBoxes(1, 1)
    addObstacle(boxes, 0, 0, 1, 1)
    addObstacle(boxes, 5, 5, 1, 1)
    expect(boxes.obstacleCount).toBe(1)
  })
})
