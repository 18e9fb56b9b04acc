import { regionStatusesOf, type RegionStatuses } from '../../../shared/status'
import type { AppState } from '../store'

const NO_STATUSES: RegionStatuses = new Map()

/**
 * Every region's current status (open, degraded, out of service, announced)
 * from the dataset's dated events, worked out once per dataset by
 * regionStatusesOf; empty before a dataset is loaded. The markers, the
 * facts, the rankings, the arcs' labels and the comparison read it.
 */
export function selectRegionStatuses(state: Pick<AppState, 'dataset'>): RegionStatuses {
  return state.dataset ? regionStatusesOf(state.dataset) : NO_STATUSES
}
