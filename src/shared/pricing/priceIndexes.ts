import type { Dataset } from '../dataset/schema'
import { priceIndex, type PriceIndex } from './priceIndex'

/** The region every price index in the app is relative to. */
export const PRICE_INDEX_REFERENCE = 'us-east-1'

export type PriceIndexes = ReadonlyMap<string, PriceIndex | null>

const cache = new WeakMap<Pick<Dataset, 'prices' | 'regions'>, PriceIndexes>()

/**
 * Every region's price index against PRICE_INDEX_REFERENCE, computed once
 * per dataset (each index is a pass over the price rows): the table, the
 * markers, the legend, the comparison and the chooser all read this map.
 */
export function priceIndexesOf(dataset: Pick<Dataset, 'prices' | 'regions'>): PriceIndexes {
  let indexes = cache.get(dataset)
  if (!indexes) {
    indexes = new Map(dataset.regions.map((region) => [region.code, priceIndex(dataset, region.code, PRICE_INDEX_REFERENCE)]))
    cache.set(dataset, indexes)
  }
  return indexes
}
