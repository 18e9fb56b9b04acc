import type { ExplainedRegion } from '../../../shared/latency'
import { markOpen, nearestOpen, type MarkedOpen, type RegionStatuses } from '../../../shared/status'
import type { AppState } from '../store'
import { selectLatencyRanking } from './latencyRanking'
import { memoLast } from './memoLast'
import { selectRegionStatuses } from './regionStatuses'
import { selectShownLatencyRanking } from './timeline'

export type MarkedRegion = MarkedOpen<ExplainedRegion>

/** The latency ranking with each region marked open or not, and what "nearest region" means. */
export interface MarkedRanking {
  /** Every region, nearest first, each marked open or not with its dated status line. */
  entries: readonly MarkedRegion[]
  /** The nearest region that is open (announced and out-of-service regions skipped); null when none is. */
  nearestOpen: MarkedRegion | null
  /** Regions nearer than the nearest open one, which cannot be used now. */
  closedBefore: readonly MarkedRegion[]
}

const EMPTY: MarkedRanking = { entries: [], nearestOpen: null, closedBefore: [] }

/** markOpen over the ranking, once per ranking and dataset. */
export const markedRankingOf = memoLast((ranking: readonly ExplainedRegion[], statuses: RegionStatuses): MarkedRanking => {
  if (ranking.length === 0) return EMPTY
  const entries = markOpen(ranking, statuses)
  const nearest = nearestOpen(entries, statuses)
  const at = nearest ? entries.indexOf(nearest) : entries.length
  return { entries, nearestOpen: nearest, closedBefore: entries.slice(0, at) }
})

/**
 * The ranking from the user's location, marked open or not (markedRankingOf),
 * so an announced region nearer than every open one is never the "nearest
 * region". Today's regions: what stays on today's data reads it.
 */
export function selectMarkedRanking(state: Pick<AppState, 'dataset' | 'userLocation'>): MarkedRanking {
  return markedRankingOf(selectLatencyRanking(state), selectRegionStatuses(state))
}

/**
 * The marked ranking among the regions on the globe at the time-lapse's year
 * (today: every region): what the latency panel lists, so its list and its
 * "nearest open region" follow the year as the arcs do.
 */
export function selectShownMarkedRanking(state: Pick<AppState, 'dataset' | 'userLocation' | 'year'>): MarkedRanking {
  return markedRankingOf(selectShownLatencyRanking(state), selectRegionStatuses(state))
}
