import { EARTH_RADIUS_KM, clampUnit, radians } from '../geo/constants'
import type { LatLon } from '../geo/distance'
import { cellLat, cellLon, type ReachGrid } from './grid'

export type GridDistances = (row: number, col: number, out: Float64Array) => void

/**
 * Great-circle distances from each grid cell's centre to a fixed list of
 * points, bit for bit what greatCircleKm(cell, point) returns: the same
 * haversine, with the terms that depend only on the row or only on the column
 * worked out once per row and column instead of once per cell. What is left
 * per cell and point is one multiply-add, a square root and an arcsine.
 */
export function createGridDistances(grid: ReachGrid, points: readonly LatLon[]): GridDistances {
  const n = points.length
  const rowSin = new Float64Array(grid.height * n)
  const rowCos = new Float64Array(grid.height * n)
  const colSin = new Float64Array(grid.width * n)
  for (let row = 0; row < grid.height; row += 1) {
    const phi1 = cellLat(grid, row) * radians
    points.forEach((p, i) => {
      const phi2 = p.lat * radians
      const dPhi = phi2 - phi1
      rowSin[row * n + i] = Math.sin(dPhi / 2) ** 2
      rowCos[row * n + i] = Math.cos(phi1) * Math.cos(phi2)
    })
  }
  for (let col = 0; col < grid.width; col += 1) {
    const lon = cellLon(grid, col)
    points.forEach((p, i) => {
      const dLambda = (p.lon - lon) * radians
      colSin[col * n + i] = Math.sin(dLambda / 2) ** 2
    })
  }
  return (row, col, out) => {
    const r = row * n
    const c = col * n
    for (let i = 0; i < n; i += 1) {
      const h = (rowSin[r + i] as number) + (rowCos[r + i] as number) * (colSin[c + i] as number)
      out[i] = 2 * Math.asin(Math.sqrt(clampUnit(h))) * EARTH_RADIUS_KM
    }
  }
}
