import type { Dataset, Region } from '../../../shared/dataset/schema'
import { drawnPositions, type DrawnPosition } from '../../../shared/regions'
import type { AppState } from '../store'
import { memoLast } from './memoLast'

/** Where the globe draws each region, and which regions are drawn as approximate. */
export interface RegionPlacement {
  /**
   * The dataset's regions, in its order, with lat/lon where the marker is
   * drawn: a placeholder point that would sit on another region's marker is
   * moved off it (us-gov-east-1 off us-east-2). The globe's layers draw these;
   * the latency model keeps the dataset's own coordinates.
   */
  regions: readonly Region[]
  /** Each region's drawn position, given point and whether it is approximate or offset. */
  byCode: ReadonlyMap<string, DrawnPosition>
}

const EMPTY: RegionPlacement = { regions: [], byCode: new Map() }

export const placementOf = memoLast((dataset: Dataset | null): RegionPlacement => {
  if (!dataset) return EMPTY
  const drawn = drawnPositions(dataset.regions)
  const byCode = new Map(drawn.map((p) => [p.code, p]))
  const regions = dataset.regions.map((region, i) => {
    const p = drawn[i]!
    return p.offset ? { ...region, lat: p.lat, lon: p.lon } : region
  })
  return { regions, byCode }
})

/** The regions as the globe draws them (placementOf). */
export function selectRegionPlacement(state: Pick<AppState, 'dataset'>): RegionPlacement {
  return placementOf(state.dataset)
}
