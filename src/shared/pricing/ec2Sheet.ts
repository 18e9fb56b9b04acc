import type { Currency, InstanceType } from '../dataset/schema'
import { newestRow, sheetsById, type PricesInput, type SheetRef } from './sheets'

/** One on-demand Linux price per hour, in `currency`, with where it comes from. */
export interface Ec2Quote extends SheetRef {
  perHour: number
}

export interface Ec2PriceLine extends InstanceType {
  /** The newest USD sheet with a row for this region and type; null = unknown (not offered, or no source gives it). */
  usd: Ec2Quote | null
  /** The newest CNY sheet's row, kept apart: CNY prices are never compared with USD ones. */
  cny: Ec2Quote | null
}

/**
 * The EC2 prices to show for `region`: one line per instance type of the
 * dataset (in its order). Each currency is picked on its own: for each type,
 * the newest sheet in that currency that has a row for the region and type,
 * so different lines may come from different sheets and dates.
 */
export function ec2PriceSheetFor(dataset: PricesInput, region: string): Ec2PriceLine[] {
  const sheets = sheetsById(dataset)
  const rowsByType = new Map<string, typeof dataset.prices.ec2>()
  for (const row of dataset.prices.ec2) {
    if (row.region !== region) continue
    const rows = rowsByType.get(row.instanceType)
    if (rows) rows.push(row)
    else rowsByType.set(row.instanceType, [row])
  }
  return dataset.prices.instanceTypes.map((instanceType) => {
    const rows = rowsByType.get(instanceType.type) ?? []
    const quote = (currency: Currency): Ec2Quote | null => {
      const found = newestRow(rows, sheets, currency)
      return found ? { ...found.ref, perHour: found.row.perHour } : null
    }
    return { ...instanceType, usd: quote('USD'), cny: quote('CNY') }
  })
}
