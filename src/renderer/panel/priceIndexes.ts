import type { Dataset } from '../../shared/dataset/schema'
import { MIN_TYPES_COMPARED, priceIndex, type PriceIndex } from '../../shared/pricing'

/** The region every price index is relative to. */
export const PRICE_INDEX_REFERENCE = 'us-east-1'

/** What the number means, in the words the table's tooltip and the comparison use. */
export const PRICE_INDEX_DEFINITION =
  `EC2 on-demand Linux prices relative to ${PRICE_INDEX_REFERENCE}: the geometric mean of the price ratios ` +
  `over the instance types both regions offer (1.00× = the same prices, 1.10× = 10 % dearer). ` +
  `Unknown where fewer than ${MIN_TYPES_COMPARED} types can be compared or prices are not in US dollars.`

export type PriceIndexes = ReadonlyMap<string, PriceIndex | null>

const cache = new WeakMap<Pick<Dataset, 'prices'>, PriceIndexes>()

/**
 * Every region's price index, computed once per dataset: the table sorts by
 * it, the markers colour by it and the legend bins it, all from one map.
 */
export function priceIndexesFor(dataset: Pick<Dataset, 'prices' | 'regions'>): PriceIndexes {
  let indexes = cache.get(dataset)
  if (!indexes) {
    indexes = new Map(dataset.regions.map((region) => [region.code, priceIndex(dataset, region.code, PRICE_INDEX_REFERENCE)]))
    cache.set(dataset, indexes)
  }
  return indexes
}

/** "1.09×", or "unknown". Two decimals: the sheets do not support more. */
export function priceIndexText(index: PriceIndex | null | undefined): string {
  return index ? `${index.index.toFixed(2)}×` : 'unknown'
}
