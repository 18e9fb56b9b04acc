import type { Problems } from './errors'
import type { KnownRegions } from './knownRegions'

/** What the price readers need to know about regions. */
export interface PriceContext {
  known: KnownRegions
  /** Dataset region code → partition. */
  partitionOf: ReadonlyMap<string, string>
  warn: (message: string) => void
}

/**
 * Decides whether a price row's region belongs in the dataset. A code the AWS
 * SDK does not know is an error (a typo or a stale file); a known region that
 * the dataset leaves out (an ISO region, say) is skipped and reported.
 */
export function acceptRegion(code: string, where: string, context: PriceContext, problems: Problems): boolean {
  if (!context.known.has(code)) {
    problems.add(`${where}: region "${code}" is not in the AWS SDK partitions list`)
    return false
  }
  if (!context.partitionOf.has(code)) {
    context.warn(`${where}: region ${code} is not in the dataset; the row is skipped`)
    return false
  }
  return true
}

/** Sorts rows by region code, then by a second key, for a stable file. */
export function byRegionThen<T extends { region: string }>(key: (row: T) => string) {
  return (a: T, b: T): number => compare(a.region, b.region) || compare(key(a), key(b))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
