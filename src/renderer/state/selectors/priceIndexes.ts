import { priceIndexesOf, type PriceIndexes } from '../../../shared/pricing'
import type { AppState } from '../store'

const NO_PRICES: PriceIndexes = new Map()

/**
 * Every region's price index against the reference region, for the loaded
 * dataset (computed once per dataset by priceIndexesOf); empty before one is
 * loaded. The table, the markers, the comparison and the chooser read it.
 */
export function selectPriceIndexes(state: Pick<AppState, 'dataset'>): PriceIndexes {
  return state.dataset ? priceIndexesOf(state.dataset) : NO_PRICES
}
