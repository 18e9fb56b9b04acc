/**
 * The latitude/longitude grid a reach surface is computed on: equal steps in
 * both directions, cells stored row by row from the north row down and, in
 * each row, from 180°W eastwards: the layout of the globe's equirectangular
 * land texture, so a surface uploads as a texture as it is.
 */
export interface ReachGrid {
  /** Degrees per cell, in latitude and in longitude. */
  stepDeg: number
  /** Columns: 360 / stepDeg. */
  width: number
  /** Rows: 180 / stepDeg. */
  height: number
}

/** Half a degree: about 55 km at the equator, finer than a pixel of the whole globe on a projector. */
export const DEFAULT_GRID_STEP_DEG = 0.5

/** How far 360 / step may be from a whole number and still count as one (floating-point steps such as 0.1). */
const WHOLE = 1e-9

/** The grid of `stepDeg` degrees; the step must divide 180 into a whole number of rows. */
export function reachGrid(stepDeg: number = DEFAULT_GRID_STEP_DEG): ReachGrid {
  const height = Math.round(180 / stepDeg)
  if (!Number.isFinite(stepDeg) || stepDeg <= 0 || stepDeg > 180 || Math.abs(height * stepDeg - 180) > WHOLE * 180) {
    throw new RangeError(`a reach grid step must divide 180° into whole rows, not ${stepDeg}°`)
  }
  return { stepDeg, width: 2 * height, height }
}

/** Latitude of a row's cell centres (row 0 is the northernmost). */
export function cellLat(grid: ReachGrid, row: number): number {
  return 90 - (row + 0.5) * grid.stepDeg
}

/** Longitude of a column's cell centres (column 0 starts at 180°W). */
export function cellLon(grid: ReachGrid, col: number): number {
  return -180 + (col + 0.5) * grid.stepDeg
}

export function cellCount(grid: ReachGrid): number {
  return grid.width * grid.height
}
