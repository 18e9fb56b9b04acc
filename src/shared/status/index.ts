/**
 * Dated region status: what a region is now, from its latest status events
 * (kept apart from its time-independent facts), and which regions of a
 * ranking are open.
 */
export { regionStatus, statusLine, type AzTally, type RegionCondition, type RegionStatusNow } from './current'
export { markOpen, nearestOpen, regionStatusesOf, type MarkedOpen, type RegionStatuses } from './open'
