import type { Region } from '../../shared/dataset/schema'
import type { PriceIndexes } from '../../shared/pricing'

export type SortKey = 'code' | 'name' | 'country' | 'launchYear' | 'azCount' | 'priceIndex' | 'status'
export type SortDirection = 'ascending' | 'descending'

export interface SortOrder {
  key: SortKey
  direction: SortDirection
}

export const DEFAULT_SORT: SortOrder = { key: 'code', direction: 'ascending' }

// Numeric collation keeps "ap-southeast-2" before "ap-southeast-10"; base
// sensitivity sorts "São Paulo" with the S's, not after Z.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

type SortValue = string | number | null

const NO_PRICES: PriceIndexes = new Map()

const valueOf: Record<SortKey, (r: Region, prices: PriceIndexes) => SortValue> = {
  code: (r) => r.code,
  name: (r) => r.name,
  country: (r) => r.country,
  launchYear: (r) => r.launchYear,
  azCount: (r) => r.azCount,
  priceIndex: (r, prices) => prices.get(r.code)?.index ?? null,
  status: (r) => r.status,
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/**
 * Sorts a copy of the regions. Unknown values (a null launch year, AZ
 * count or price index) go last in both directions: flipping the order should bring the
 * other end of the known values to the top, not a block of "unknown".
 * Ties fall back to the region code so the order is stable and predictable.
 */
export function sortRegions(regions: readonly Region[], order: SortOrder, prices: PriceIndexes = NO_PRICES): Region[] {
  const sign = order.direction === 'ascending' ? 1 : -1
  const value = valueOf[order.key]
  return [...regions].sort((a, b) => {
    const va = value(a, prices)
    const vb = value(b, prices)
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1
    } else {
      const byKey = compareValues(va, vb)
      if (byKey !== 0) return sign * byKey
    }
    return collator.compare(a.code, b.code)
  })
}

/** Clicking the sorted column flips it; clicking another column sorts it ascending. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' }
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}
