import { azSummary, type AzSummary } from '../../../shared/azs'
import type { Dataset, Region } from '../../../shared/dataset/schema'
import { drillStateProblems, evaluateDrill, type DrillOutcome } from '../../../shared/drill/evaluate'
import type { DrillState } from '../../../shared/drill/schema'
import type { AppState } from '../store'
import { memoLast } from './memoLast'

/**
 * What the AZ view shows for the store's drill:
 * - `closed`: no drill, the view is closed;
 * - `missing`: the drill names a region the dataset lacks (a lesson made with another dataset);
 * - `unknown`: the region's AZ count is unknown or disputed: nothing is drawn, no drill is run;
 * - `invalid`: the drill names AZs the region does not have (listed in `problems`);
 * - `ready`: the AZs, the drill and its outcome.
 */
export type DrillView =
  | { kind: 'closed' }
  | { kind: 'missing'; code: string }
  | { kind: 'unknown'; region: Region }
  | { kind: 'invalid'; region: Region; summary: Exclude<AzSummary, { kind: 'unknown' }>; problems: string[] }
  | {
      kind: 'ready'
      region: Region
      summary: Exclude<AzSummary, { kind: 'unknown' }>
      drill: DrillState
      outcome: DrillOutcome
    }

const CLOSED: DrillView = { kind: 'closed' }

export const drillViewOf = memoLast((dataset: Dataset | null, drill: DrillState | null): DrillView => {
  if (!dataset || !drill) return CLOSED
  const region = dataset.regions.find((r) => r.code === drill.region)
  if (!region) return { kind: 'missing', code: drill.region }
  const summary = azSummary(region)
  if (summary.kind === 'unknown') return { kind: 'unknown', region }
  const problems = drillStateProblems(drill, summary.azs)
  if (problems.length > 0) return { kind: 'invalid', region, summary, problems }
  return { kind: 'ready', region, summary, drill, outcome: evaluateDrill(drill, summary.azs) }
})

/** The AZ view of the store's drill (drillViewOf). */
export function selectDrillView(state: Pick<AppState, 'dataset' | 'drill'>): DrillView {
  return drillViewOf(state.dataset, state.drill)
}
