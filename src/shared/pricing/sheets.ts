import type { Currency, Dataset, PriceSheet } from '../dataset/schema'

/** The facts a shown price carries with it: which sheet, which source, which date, which currency. */
export interface SheetRef {
  sheetId: string
  sourceId: string
  asOf: string
  currency: Currency
}

export type PricesInput = Pick<Dataset, 'prices'>

export function sheetRef(sheet: PriceSheet): SheetRef {
  return { sheetId: sheet.id, sourceId: sheet.source, asOf: sheet.asOf, currency: sheet.currency }
}

/**
 * The sheets by id. The order of `prices.sheets` is kept as the tie-break
 * between sheets of the same as-of date, so that a choice is reproducible.
 */
export function sheetsById(dataset: PricesInput): Map<string, { sheet: PriceSheet; order: number }> {
  return new Map(dataset.prices.sheets.map((sheet, order) => [sheet.id, { sheet, order }]))
}

/**
 * True when sheet `a` should be preferred to sheet `b`: a later as-of date,
 * or the same date and listed first. Dates are ISO (YYYY-MM or YYYY-MM-DD),
 * so they compare as strings.
 */
export function isNewer(a: { sheet: PriceSheet; order: number }, b: { sheet: PriceSheet; order: number }): boolean {
  if (a.sheet.asOf !== b.sheet.asOf) return a.sheet.asOf > b.sheet.asOf
  return a.order < b.order
}

/**
 * The row from the newest sheet among `rows` whose sheet is in `currency`;
 * null when there is none. Rows naming an unknown sheet are ignored: their
 * date and currency are unknown.
 */
export function newestRow<T extends { sheet: string }>(
  rows: readonly T[],
  sheets: ReadonlyMap<string, { sheet: PriceSheet; order: number }>,
  currency: Currency,
): { row: T; ref: SheetRef } | null {
  let best: { row: T; entry: { sheet: PriceSheet; order: number } } | null = null
  for (const row of rows) {
    const entry = sheets.get(row.sheet)
    if (!entry || entry.sheet.currency !== currency) continue
    if (!best || isNewer(entry, best.entry)) best = { row, entry }
  }
  return best ? { row: best.row, ref: sheetRef(best.entry.sheet) } : null
}
