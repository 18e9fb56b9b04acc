import { rttBandIndex } from '../latency/bands'
import { createGridDistances } from './gridDistances'
import { cellCount, reachGrid, type ReachGrid } from './grid'
import type { ReachModel } from './model'
import { createNearestFinder, type NearestResult } from './nearest'

/** Marks a cell with no region to reach (an empty region set) in `bands` and `nearest`. */
export const NO_REGION = 255
/** Marks a cell with no region to reach in `rttTenthsMs`. */
export const NO_RTT = 0xffff
/** The largest round trip `rttTenthsMs` holds, in tenths of a ms (6,553.4 ms: no place on Earth is that far). */
const MAX_RTT_TENTHS = 0xfffe

/**
 * The reach surface of one set of regions: for every cell of the grid, the
 * estimated round trip to the nearest region of the set. Typed arrays, row by
 * row from the north (see ReachGrid), ready to upload as textures and to pass
 * between threads without copying.
 */
export interface ReachSurface {
  grid: ReachGrid
  /** The regions considered, in the order `nearest` counts them. */
  regionCodes: string[]
  /** Estimated RTT to the nearest region, in tenths of a millisecond, rounded; NO_RTT where there is none. */
  rttTenthsMs: Uint16Array
  /** Band of that RTT, 0 … 3 (see RTT_BANDS), from the unrounded estimate; NO_REGION where there is none. */
  bands: Uint8Array
  /** Position in regionCodes of the nearest region; NO_REGION where there is none. */
  nearest: Uint8Array
}

/** A round trip in the units of ReachSurface.rttTenthsMs. */
export function toTenthsMs(rttMs: number): number {
  return Number.isFinite(rttMs) ? Math.min(MAX_RTT_TENTHS, Math.max(0, Math.round(rttMs * 10))) : NO_RTT
}

function regionIndices(model: ReachModel, codes: readonly string[]): number[] {
  if (codes.length >= NO_REGION) throw new RangeError(`a reach surface holds at most ${NO_REGION - 1} regions, not ${codes.length}`)
  return codes.map((code) => {
    const i = model.indexOf(code)
    if (i < 0) throw new RangeError(`reach: unknown region "${code}"`)
    return i
  })
}

/**
 * The reach surface of the regions `codes` on `grid`. Every cell, land or sea:
 * the sea costs the same to compute, the renderer already masks it with the
 * land texture at whatever resolution it draws, and no island smaller than a
 * cell is lost to a coarse land mask.
 */
export function computeReachSurface(model: ReachModel, codes: readonly string[], grid: ReachGrid = reachGrid()): ReachSurface {
  const targets = regionIndices(model, codes)
  const cells = cellCount(grid)
  const surface: ReachSurface = {
    grid,
    regionCodes: [...codes],
    rttTenthsMs: new Uint16Array(cells),
    bands: new Uint8Array(cells),
    nearest: new Uint8Array(cells),
  }
  const distances = createGridDistances(grid, model.regions)
  const nearest = createNearestFinder(model, targets)
  const km = new Float64Array(model.regions.length)
  const found: NearestResult = { rttMs: 0, target: -1 }
  for (let row = 0, cell = 0; row < grid.height; row += 1) {
    for (let col = 0; col < grid.width; col += 1, cell += 1) {
      distances(row, col, km)
      nearest(km, found)
      const none = found.target < 0
      surface.rttTenthsMs[cell] = toTenthsMs(found.rttMs)
      surface.bands[cell] = none ? NO_REGION : rttBandIndex(found.rttMs)
      surface.nearest[cell] = none ? NO_REGION : found.target
    }
  }
  return surface
}
