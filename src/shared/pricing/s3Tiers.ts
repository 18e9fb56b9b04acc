import type { Currency } from '../dataset/schema'
import { newestRow, sheetsById, type PricesInput, type SheetRef } from './sheets'

/** One storage tier of S3 Standard: the part of a month's storage from `fromTB` up to `toTB` (null = no upper bound). */
export interface S3Tier {
  fromTB: number
  toTB: number | null
  /** Per GB-month in the sheet's currency; null = unknown. */
  perGBMonth: number | null
}

export interface S3Prices extends SheetRef {
  tiers: S3Tier[]
  getPer1000: number | null
  putPer1000: number | null
}

/**
 * S3 Standard prices for `region` from the newest sheet in `currency` that
 * has a row for it; null when no sheet has one (unknown).
 */
export function s3Tiers(dataset: PricesInput, region: string, currency: Currency = 'USD'): S3Prices | null {
  const rows = dataset.prices.s3.filter((row) => row.region === region)
  const found = newestRow(rows, sheetsById(dataset), currency)
  if (!found) return null
  const { row, ref } = found
  return {
    ...ref,
    tiers: [
      { fromTB: 0, toTB: 50, perGBMonth: row.first50TBPerGBMonth },
      { fromTB: 50, toTB: 500, perGBMonth: row.next450TBPerGBMonth },
      { fromTB: 500, toTB: null, perGBMonth: row.over500TBPerGBMonth },
    ],
    getPer1000: row.getPer1000,
    putPer1000: row.putPer1000,
  }
}
