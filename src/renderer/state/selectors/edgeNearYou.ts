import type { Dataset } from '../../../shared/dataset/schema'
import { rankEdges, requestPath, type CacheOutcome, type RankedEdge, type RequestPath } from '../../../shared/edges'
import type { RankedRegion } from '../../../shared/latency'
import type { UserLocation } from '../../../shared/settings/schema'
import { nearestOpen, regionStatusesOf } from '../../../shared/status'
import { latencyModel } from '../latencyModel'
import type { AppState } from '../store'
import { latencyRankingOf } from './latencyRanking'
import { memoLast } from './memoLast'

/** How many edge locations the panel lists, nearest first (the latency command gives as many). */
export const NEAREST_EDGE_COUNT = 10

const NO_EDGES: readonly RankedEdge[] = []

/** The edge locations nearest the location, with the latency model's estimate for each; empty without one. */
export const nearestEdgesOf = memoLast(
  (dataset: Dataset | null, location: UserLocation | null): readonly RankedEdge[] =>
    dataset && location
      ? rankEdges(location, dataset.edgeLocations.items, latencyModel.params, { limit: NEAREST_EDGE_COUNT })
      : NO_EDGES,
)

/** The edge locations nearest the user (nearestEdgesOf). */
export function selectNearestEdges(state: Pick<AppState, 'dataset' | 'userLocation'>): readonly RankedEdge[] {
  return nearestEdgesOf(state.dataset, state.userLocation)
}

/** The three figures the edge panel sets side by side, from the user's location. */
export interface EdgeNearYou {
  edge: RankedEdge | null
  /** The nearest region open today (an announced one serves nobody yet). */
  nearestRegion: RankedRegion | null
  /** The selected region, when one is selected. */
  selectedRegion: RankedRegion | null
}

export const edgeNearYouOf = memoLast(
  (dataset: Dataset | null, location: UserLocation | null, selectedCode: string | null): EdgeNearYou => {
    const ranking = latencyRankingOf(dataset, location)
    return {
      edge: nearestEdgesOf(dataset, location)[0] ?? null,
      nearestRegion: dataset ? nearestOpen(ranking, regionStatusesOf(dataset)) : null,
      selectedRegion: ranking.find((r) => r.code === selectedCode) ?? null,
    }
  },
)

export function selectEdgeNearYou(state: Pick<AppState, 'dataset' | 'userLocation' | 'selectedCode'>): EdgeNearYou {
  return edgeNearYouOf(state.dataset, state.userLocation, state.selectedCode)
}

/** Where the request path's content comes from, and why that region. */
export interface PathOrigin {
  code: string
  /** The selected region, or (none selected, or not open) the nearest open region. */
  reason: 'selected' | 'nearest'
}

const originOf = memoLast(
  (dataset: Dataset | null, location: UserLocation | null, selectedCode: string | null): PathOrigin | null => {
    if (!dataset || !location) return null
    const statuses = regionStatusesOf(dataset)
    if (selectedCode && (statuses.get(selectedCode)?.open ?? false)) return { code: selectedCode, reason: 'selected' }
    const nearest = nearestOpen(latencyRankingOf(dataset, location), statuses)
    return nearest ? { code: nearest.code, reason: 'nearest' } : null
  },
)

export function selectPathOrigin(state: Pick<AppState, 'dataset' | 'userLocation' | 'selectedCode'>): PathOrigin | null {
  return originOf(state.dataset, state.userLocation, state.selectedCode)
}

/** The request path (requestPath) of a hit or a miss, or null when none is asked for or it cannot be drawn. */
export const requestPathOf = memoLast(
  (
    dataset: Dataset | null,
    location: UserLocation | null,
    origin: PathOrigin | null,
    outcome: CacheOutcome | null,
  ): RequestPath | null => {
    const region = origin && dataset?.regions.find((r) => r.code === origin.code)
    if (!dataset || !location || !region || !outcome) return null
    return requestPath({
      from: location,
      items: dataset.edgeLocations.items,
      origin: region,
      params: latencyModel.params,
      measured: { regions: dataset.latency.regions, rttMs: dataset.latency.rttMs },
      outcome,
    })
  },
)

/** The request path the store asks for (requestPath), from the user's location to the path's origin. */
export function selectRequestPath(
  state: Pick<AppState, 'dataset' | 'userLocation' | 'selectedCode' | 'requestPath'>,
): RequestPath | null {
  return requestPathOf(state.dataset, state.userLocation, selectPathOrigin(state), state.requestPath)
}
