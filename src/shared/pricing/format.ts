import type { Currency } from '../dataset/schema'

/**
 * The one rounding rule for money in InfraGlobe: round half away from zero on
 * the decimal value as written (0.10185 → 0.1019), never on the binary float
 * (whose 0.10185 is a hair below and rounds to 0.1018 with toFixed). Every
 * consumer (Prices, Compare, the chooser, exports) formats through here, so
 * one price reads the same everywhere.
 */

const SYMBOLS: Readonly<Record<Currency, string>> = { USD: '$', CNY: '¥' }

/** Float noise from arithmetic (0.1 + 0.2) is dropped at 12 significant digits before rounding. */
const NOISE_DIGITS = 12

/** The decimal digits of a finite number, without exponent: "0.10185", "74.3505". */
function plainDecimal(value: number): string {
  const text = String(Number(value.toPrecision(NOISE_DIGITS)))
  if (!/e/i.test(text)) return text
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '')
}

/**
 * `value` rounded to `places` decimal places, half away from zero, on its
 * decimal digits. Returns the text with exactly `places` decimals.
 */
export function roundDecimal(value: number, places: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`)
  const negative = value < 0
  const [whole = '0', fraction = ''] = plainDecimal(Math.abs(value)).split('.')
  const digits = (whole + fraction.padEnd(places + 1, '0')).split('').map(Number)
  const keep = whole.length + places
  let carry = (digits[keep] ?? 0) >= 5 ? 1 : 0
  const kept = digits.slice(0, keep)
  for (let i = kept.length - 1; i >= 0 && carry; i--) {
    const d = kept[i]! + carry
    kept[i] = d % 10
    carry = d >= 10 ? 1 : 0
  }
  if (carry) kept.unshift(1)
  const intLength = kept.length - places
  const intPart = kept.slice(0, intLength).join('').replace(/^0+(?=\d)/, '') || '0'
  const fracPart = kept.slice(intLength).join('')
  const text = places > 0 ? `${intPart}.${fracPart}` : intPart
  return negative && /[1-9]/.test(text) ? `-${text}` : text
}

/**
 * A unit price as the sheets give it (per hour, per GB-month, per 1,000
 * requests): four decimals below 1, three from 1 up, and trailing zeros past
 * the cents dropped. "$0.1019", "$0.0104", "$1.013", "¥0.7394".
 */
export function formatPrice(amount: number, currency: Currency): string {
  const rounded = roundDecimal(amount, Math.abs(amount) >= 1 ? 3 : 4).replace(/(\.\d\d\d*?)0+$/, '$1')
  return `${SYMBOLS[currency]}${rounded}`
}

/** An amount of money such as a month's cost, to the cent: "$74.35". */
export function formatAmount(amount: number, currency: Currency): string {
  return `${SYMBOLS[currency]}${roundDecimal(amount, 2)}`
}
