import { useMemo } from 'react'
import { LatencyModelFileSchema, createRegionRanker, type RankedRegion, type RegionRanker } from '../../shared/latency'
import type { Dataset } from '../../shared/dataset/schema'
import modelJson from '../../../assets/data/latency-model.json'
import { useAppStore } from './store'

/**
 * The latency model shipped with the app, validated once. It is small and
 * bundled with the code; the dataset (large, validated by main) is not.
 */
export const latencyModel = LatencyModelFileSchema.parse(modelJson)

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

/** Every region ranked by estimated RTT from the user's location; empty without a location. */
export function useLatencyRanking(): RankedRegion[] {
  const dataset = useAppStore((s) => s.dataset)
  const location = useAppStore((s) => s.userLocation)
  return useMemo(() => {
    if (!dataset || !location) return []
    return rankerFor(dataset)({ lat: location.lat, lon: location.lon })
  }, [dataset, location])
}
