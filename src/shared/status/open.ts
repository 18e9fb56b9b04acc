import type { Dataset } from '../dataset/schema'
import { regionStatus, type RegionCondition, type RegionStatusNow } from './current'

export type RegionStatuses = ReadonlyMap<string, RegionStatusNow>

const cache = new WeakMap<Pick<Dataset, 'regions' | 'statusEvents'>, RegionStatuses>()

/**
 * Every region's current status, worked out once per dataset. A dataset
 * without status events (one built before they existed) gives each region
 * its time-independent status only: announced or open.
 */
export function regionStatusesOf(dataset: Pick<Dataset, 'regions' | 'statusEvents'>): RegionStatuses {
  let statuses = cache.get(dataset)
  if (!statuses) {
    const events = dataset.statusEvents?.events ?? []
    statuses = new Map(dataset.regions.map((r) => [r.code, regionStatus(r, events)]))
    cache.set(dataset, statuses)
  }
  return statuses
}

/** An entry of any ranking marked open or not, with the condition and dated line to show next to it. */
export type MarkedOpen<T> = T & { open: boolean; condition: RegionCondition; statusLine: string | null }

/**
 * Marks each entry of a ranking (the latency ranking, the arcs' labels, a
 * comparison) open or not, keeping its order. A region the statuses do not
 * know counts as open: nothing is reported about it.
 */
export function markOpen<T extends { code: string }>(ranking: readonly T[], statuses: RegionStatuses): MarkedOpen<T>[] {
  return ranking.map((entry) => {
    const status = statuses.get(entry.code)
    return { ...entry, open: status?.open ?? true, condition: status?.condition ?? 'open', statusLine: status?.line ?? null }
  })
}

/**
 * The first open region of a ranking ordered nearest first: what "nearest
 * region" means. With `withoutOutage`, a degraded region is skipped too.
 * Null when no region of the ranking is open.
 */
export function nearestOpen<T extends { code: string }>(
  ranking: readonly T[],
  statuses: RegionStatuses,
  options: { withoutOutage?: boolean } = {},
): T | null {
  for (const entry of ranking) {
    const status = statuses.get(entry.code)
    if (status && !status.open) continue
    if (options.withoutOutage && status?.outage) continue
    return entry
  }
  return null
}
