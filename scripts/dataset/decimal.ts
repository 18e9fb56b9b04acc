/**
 * Number handling for figures read as text. `Number('')` is 0 and
 * `parseFloat('8 GiB')` is 8, so every figure goes through a strict pattern
 * instead: text that is not a plain decimal is reported, never coerced.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/** Significant digits kept after arithmetic, enough for any price and free of float noise. */
export const SIGNIFICANT_DIGITS = 10

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim())
}

/** The number a plain decimal text denotes, or null when the text is not one. */
export function parseDecimal(text: string): number | null {
  const t = text.trim()
  if (!DECIMAL.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/**
 * Multiplies a decimal text by 10^places by moving its decimal point, so that
 * 0.0000004 × 1000 is exactly 0.0004 rather than 0.00039999999999999996.
 * Returns null when the text is not a plain decimal.
 */
export function shiftDecimal(text: string, places: number): number | null {
  const match = DECIMAL.exec(text.trim())
  if (!match || !Number.isInteger(places)) return null
  const [, sign = '', whole = '', fraction = ''] = match
  let digits = whole + fraction
  let point = whole.length + places
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const shifted = `${sign}${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`
  return roundSignificant(Number(shifted))
}

/** Rounds to SIGNIFICANT_DIGITS significant digits, dropping binary floating-point noise. */
export function roundSignificant(value: number, digits = SIGNIFICANT_DIGITS): number {
  if (value === 0 || !Number.isFinite(value)) return value
  return Number(value.toPrecision(digits))
}

/** Rounds to a fixed number of decimals (e.g. 1 for 0.1 ms). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return roundSignificant(Math.round(value * factor) / factor)
}
