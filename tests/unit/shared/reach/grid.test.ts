import { describe, expect, it } from 'vitest'
import { DEFAULT_GRID_STEP_DEG, cellCount, cellLat, cellLon, reachGrid } from '../../../../src/shared/reach/grid'

describe('the reach grid', () => {
  it('is 720 × 360 cells at the default half degree', () => {
    expect(DEFAULT_GRID_STEP_DEG).toBe(0.5)
    const grid = reachGrid()
    expect(grid).toEqual({ stepDeg: 0.5, width: 720, height: 360 })
    expect(cellCount(grid)).toBe(259_200)
  })

  it('runs rows from the north and columns from 180°W, at cell centres', () => {
    const grid = reachGrid(0.5)
    expect(cellLat(grid, 0)).toBe(89.75)
    expect(cellLat(grid, grid.height - 1)).toBe(-89.75)
    expect(cellLon(grid, 0)).toBe(-179.75)
    expect(cellLon(grid, grid.width - 1)).toBe(179.75)
  })

  it('takes finer steps that divide 180° into whole rows', () => {
    expect(reachGrid(0.25)).toEqual({ stepDeg: 0.25, width: 1440, height: 720 })
    expect(reachGrid(0.1)).toMatchObject({ width: 3600, height: 1800 })
    expect(reachGrid(90)).toMatchObject({ width: 4, height: 2 })
  })

  it.each([0, -1, 0.7, 200, Number.NaN, Number.POSITIVE_INFINITY])('refuses a step of %s°', (step) => {
    expect(() => reachGrid(step)).toThrow(RangeError)
  })
})
