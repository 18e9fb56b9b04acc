import type { Currency } from '../../shared/dataset/schema'

const symbols: Record<Currency, string> = { USD: '$', CNY: '¥' }

/** "$7.59": a monthly amount, to the cent. */
export function moneyText(amount: number, currency: Currency): string {
  return `${symbols[currency]}${amount.toFixed(2)}`
}

/**
 * "$0.0104": a per-hour (or per-GB) price as the sheets give it, to four
 * decimals below a dollar and trailing zeros dropped past the cents.
 */
export function hourlyText(amount: number, currency: Currency): string {
  const digits = amount >= 1 ? 3 : 4
  const fixed = amount.toFixed(digits).replace(/(\.\d\d\d*?)0+$/, '$1')
  return `${symbols[currency]}${fixed}`
}
