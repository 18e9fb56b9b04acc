import { MIN_TYPES_COMPARED, PRICE_INDEX_REFERENCE, type PriceIndex } from '../../shared/pricing'

/** What the number means, in the words the table's tooltip and the comparison use. */
export const PRICE_INDEX_DEFINITION =
  `EC2 on-demand Linux prices relative to ${PRICE_INDEX_REFERENCE}: the geometric mean of the price ratios ` +
  `over the instance types both regions offer (1.00× = the same prices, 1.10× = 10 % dearer). ` +
  `Unknown where fewer than ${MIN_TYPES_COMPARED} types can be compared or prices are not in US dollars.`

/** "1.09×", or "unknown". Two decimals: the sheets do not support more. */
export function priceIndexText(index: PriceIndex | null | undefined): string {
  return index ? `${index.index.toFixed(2)}×` : 'unknown'
}
