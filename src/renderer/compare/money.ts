import type { Currency } from '../../shared/dataset/schema'
import { formatAmount, formatPrice } from '../../shared/pricing'

/**
 * Money in the comparison, through the one rounding rule of shared/pricing
 * (format.ts), so a price reads the same here as in Prices and the chooser.
 */

/** "$7.59": a monthly amount, to the cent. */
export function moneyText(amount: number, currency: Currency): string {
  return formatAmount(amount, currency)
}

/** "$0.0104": a per-hour (or per-GB) price as the sheets give it. */
export function hourlyText(amount: number, currency: Currency): string {
  return formatPrice(amount, currency)
}
