import { describe, expect, it } from 'vitest'
import { CLICK_SLOP_PX, isClick, pickNearest } from '../../../../src/renderer/globe/picking'

describe('pickNearest', () => {
  const screen = new Float32Array([100, 100, 110, 100, 300, 300])
  const facing = new Float32Array([0.5, 0.5, 0.5])

  it('picks the nearest marker within the radius', () => {
    expect(pickNearest(screen, facing, 3, 107, 101, 12)).toBe(1)
    expect(pickNearest(screen, facing, 3, 101, 99, 12)).toBe(0)
    expect(pickNearest(screen, facing, 3, 305, 296, 12)).toBe(2)
  })

  it('returns -1 when nothing is within the radius', () => {
    expect(pickNearest(screen, facing, 3, 200, 200, 12)).toBe(-1)
    expect(pickNearest(screen, facing, 3, 100, 113, 12)).toBe(-1)
  })

  it('ignores markers behind the globe even under the pointer', () => {
    const behind = new Float32Array([-0.2, 0.5, 0])
    expect(pickNearest(screen, behind, 3, 100, 100, 12)).toBe(1)
    expect(pickNearest(screen, behind, 3, 300, 300, 12)).toBe(-1)
  })

  it('keeps the first of two markers at the same distance', () => {
    expect(pickNearest(screen, facing, 3, 105, 100, 12)).toBe(0)
  })

  it('only looks at the first `count` markers', () => {
    expect(pickNearest(screen, facing, 2, 300, 300, 12)).toBe(-1)
  })
})

describe('isClick', () => {
  it('counts a press released where it started, or nearly, as a click', () => {
    expect(isClick(10, 10, 10, 10)).toBe(true)
    expect(isClick(10, 10, 13, 14)).toBe(true)
  })

  it('counts a press that moved beyond the slop as a drag', () => {
    expect(isClick(10, 10, 10 + CLICK_SLOP_PX + 1, 10)).toBe(false)
    expect(isClick(10, 10, 40, 60)).toBe(false)
  })
})
