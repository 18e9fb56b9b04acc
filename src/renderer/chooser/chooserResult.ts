import { chooserFacts, chooseFromDataset, type ChooserFacts, type ChooserResult } from '../../shared/chooser'
import type { Dataset } from '../../shared/dataset/schema'
import type { RankedRegion } from '../../shared/latency'
import type { UserLocation } from '../../shared/settings/schema'
import { rankerFor } from '../state/latencyRanking'
import type { AppState } from '../state/store'

/** The store fields the chooser's result depends on, and nothing else. */
export type ChooserInputs = Pick<AppState, 'dataset' | 'residency' | 'requiredServices' | 'userLocation' | 'chooserWeights'>

const factsByDataset = new WeakMap<Dataset, ChooserFacts>()

/** Services, price indexes and service names of a dataset, worked out once per dataset. */
export function factsFor(dataset: Dataset): ChooserFacts {
  let facts = factsByDataset.get(dataset)
  if (!facts) {
    facts = chooserFacts(dataset)
    factsByDataset.set(dataset, facts)
  }
  return facts
}

let lastLatency: { dataset: Dataset; location: UserLocation | null; ranking: readonly RankedRegion[] } | null = null

/** Every region's estimated round trip from the location; empty without one. */
export function latencyFrom(dataset: Dataset, location: UserLocation | null): readonly RankedRegion[] {
  if (lastLatency?.dataset === dataset && lastLatency.location === location) return lastLatency.ranking
  const ranking = location ? rankerFor(dataset)({ lat: location.lat, lon: location.lon }) : []
  lastLatency = { dataset, location, ranking }
  return ranking
}

let last: { inputs: ChooserInputs; result: ChooserResult | null } | null = null

function sameInputs(a: ChooserInputs, b: ChooserInputs): boolean {
  return (
    a.dataset === b.dataset &&
    a.residency === b.residency &&
    a.requiredServices === b.requiredServices &&
    a.userLocation === b.userLocation &&
    a.chooserWeights === b.chooserWeights
  )
}

/**
 * The chooser's ranking for the store's current constraints and weights;
 * null before a dataset is loaded. Memoised on its inputs (by identity, as
 * the store replaces a value whenever it changes), so the panel, the globe
 * markers and the table all share one computation per change, and a result
 * can be compared by identity to see whether anything moved.
 */
export function chooserResult(state: ChooserInputs): ChooserResult | null {
  if (last && sameInputs(last.inputs, state)) return last.result
  const { dataset } = state
  const result = dataset
    ? chooseFromDataset(dataset, factsFor(dataset), {
        residency: state.residency,
        requiredServices: state.requiredServices,
        weights: state.chooserWeights,
        latency: latencyFrom(dataset, state.userLocation),
      })
    : null
  last = {
    inputs: {
      dataset: state.dataset,
      residency: state.residency,
      requiredServices: state.requiredServices,
      userLocation: state.userLocation,
      chooserWeights: state.chooserWeights,
    },
    result,
  }
  return result
}

/** How many of the chooser's best regions the globe highlights. */
export const TOP_COUNT = 3
