import { createRegionRanker, type ExplainedRegion, type RegionRanker } from '../../../shared/latency/rank'
import type { Dataset } from '../../../shared/dataset/schema'
import type { UserLocation } from '../../../shared/settings/schema'
import { latencyModel } from '../latencyModel'
import type { AppState } from '../store'
import { memoLast } from './memoLast'

const rankers = new WeakMap<Dataset, RegionRanker>()

/** One ranker per dataset: the route table is prepared once, ranking a point is then cheap. */
export function rankerFor(dataset: Dataset): RegionRanker {
  let ranker = rankers.get(dataset)
  if (!ranker) {
    const l = dataset.latency
    ranker = createRegionRanker(dataset.regions, latencyModel.params, { regions: l.regions, rttMs: l.rttMs })
    rankers.set(dataset, ranker)
  }
  return ranker
}

const NO_RANKING: readonly ExplainedRegion[] = []

/**
 * Every region ranked by estimated round trip from the location, nearest
 * first, each saying what its figure rests on (basisText); empty without a
 * dataset or a location. The latency arcs, the latency panel, the comparison
 * and the chooser all read this one ranking (the first three marked open or
 * not by selectMarkedRanking).
 */
export const latencyRankingOf = memoLast(
  (dataset: Dataset | null, location: UserLocation | null): readonly ExplainedRegion[] =>
    dataset && location ? rankerFor(dataset)({ lat: location.lat, lon: location.lon }) : NO_RANKING,
)

/** The ranking from the user's location (latencyRankingOf). */
export function selectLatencyRanking(state: Pick<AppState, 'dataset' | 'userLocation'>): readonly ExplainedRegion[] {
  return latencyRankingOf(state.dataset, state.userLocation)
}
