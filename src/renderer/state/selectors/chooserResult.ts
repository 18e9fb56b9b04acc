import { chooserFacts, chooseFromDataset, type ChooserFacts, type ChooserResult } from '../../../shared/chooser'
import type { Residency } from '../../../shared/chooser/residency'
import type { ChooserWeights } from '../../../shared/chooser/score'
import type { Dataset } from '../../../shared/dataset/schema'
import type { UserLocation } from '../../../shared/settings/schema'
import type { AppState } from '../store'
import { latencyRankingOf } from './latencyRanking'
import { memoLast } from './memoLast'

/** How many of the chooser's best regions the globe highlights. */
export const TOP_COUNT = 3

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

/**
 * The chooser's ranking for the constraints and weights; null before a
 * dataset is loaded. The panel, the globe's top three and the legend share
 * one computation per change, and a result can be compared by identity to
 * see whether anything moved.
 */
export const chooserResultOf = memoLast(
  (
    dataset: Dataset | null,
    residency: Residency,
    requiredServices: readonly string[],
    location: UserLocation | null,
    weights: ChooserWeights,
    excludeOutages: boolean,
  ): ChooserResult | null =>
    dataset
      ? chooseFromDataset(dataset, factsFor(dataset), {
          residency,
          requiredServices,
          weights,
          latency: latencyRankingOf(dataset, location),
          excludeReportedOutages: excludeOutages,
        })
      : null,
)

/** The store fields the chooser's result depends on, and nothing else. */
export type ChooserInputs = Pick<
  AppState,
  'dataset' | 'residency' | 'requiredServices' | 'userLocation' | 'chooserWeights' | 'excludeOutages'
>

/** The chooser's result for the store's constraints and weights (chooserResultOf). */
export function selectChooserResult(state: ChooserInputs): ChooserResult | null {
  return chooserResultOf(
    state.dataset,
    state.residency,
    state.requiredServices,
    state.userLocation,
    state.chooserWeights,
    state.excludeOutages,
  )
}
