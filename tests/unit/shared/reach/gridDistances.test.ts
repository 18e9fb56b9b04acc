import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo/distance'
import { cellLat, cellLon, reachGrid } from '../../../../src/shared/reach/grid'
import { createGridDistances } from '../../../../src/shared/reach/gridDistances'
import { dataset } from '../../fixtures/reach'

describe('grid distances', () => {
  it('are what greatCircleKm gives, bit for bit, for every cell and region', () => {
    const grid = reachGrid(7.5)
    const points = [...dataset.regions, { lat: 90, lon: 0 }, { lat: -90, lon: 180 }, { lat: 0, lon: -180 }, { lat: 12.3, lon: 179.99 }]
    const distances = createGridDistances(grid, points)
    const out = new Float64Array(points.length)
    const different: string[] = []
    for (let row = 0; row < grid.height; row += 1) {
      for (let col = 0; col < grid.width; col += 1) {
        distances(row, col, out)
        const cell = { lat: cellLat(grid, row), lon: cellLon(grid, col) }
        points.forEach((p, i) => {
          if (out[i] !== greatCircleKm(cell, p)) different.push(`${row},${col} → ${i}: ${out[i]} vs ${greatCircleKm(cell, p)}`)
        })
      }
    }
    expect(different).toEqual([])
  })

  it('measure across the antimeridian the short way', () => {
    const grid = reachGrid(1)
    const out = new Float64Array(1)
    createGridDistances(grid, [{ lat: 0.5, lon: 179.5 }])(89, 0, out)
    // Cell (0.5°N, 179.5°W) is 1° of longitude from 179.5°E.
    expect(out[0]).toBeCloseTo(greatCircleKm({ lat: 0.5, lon: 0 }, { lat: 0.5, lon: 1 }), 9)
  })
})
