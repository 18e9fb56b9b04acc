import type { Currency, PriceSheet } from '../dataset/schema'
import { newestRow, sheetsById, type PricesInput, type SheetRef } from './sheets'
import type { Ec2Quote } from './ec2Sheet'

/**
 * Whether an instance type has a price in a region, and if not, why: a price
 * absent from a sheet says only that the sheet lacks it ("not in the
 * 2025-04-04 price sheet"), never that AWS does not offer it. "Not offered"
 * needs a source that says so (prices.notOffered).
 */
export type Ec2PriceStatus =
  | { kind: 'priced'; quote: Ec2Quote }
  | {
      kind: 'not-in-sheet'
      /** The newest sheet in the currency: the one the text names. */
      sheet: SheetRef
      /** Whether that sheet covers the region at all, or covers it but lists no price for the type. */
      reason: 'region-not-covered' | 'type-not-listed'
      text: string
    }
  | { kind: 'not-offered'; sources: string[]; text: string }
  | { kind: 'no-sheet'; text: string }

function covers(sheet: PriceSheet, rows: PricesInput['prices']['ec2'], region: string): boolean {
  // A sheet of an older dataset has no `covers`: the regions it has rows for stand in.
  return sheet.covers ? sheet.covers.regions.includes(region) : rows.some((r) => r.sheet === sheet.id && r.region === region)
}

export function ec2PriceStatus(dataset: PricesInput, region: string, instanceType: string, currency: Currency = 'USD'): Ec2PriceStatus {
  const stated = dataset.prices.notOffered?.find((r) => r.region === region && r.instanceType === instanceType)
  if (stated) return { kind: 'not-offered', sources: [...stated.sources], text: `not offered in ${region} (per ${stated.sources.join(', ')})` }
  const sheets = sheetsById(dataset)
  const rows = dataset.prices.ec2.filter((r) => r.region === region && r.instanceType === instanceType)
  const found = newestRow(rows, sheets, currency)
  if (found) return { kind: 'priced', quote: { ...found.ref, perHour: found.row.perHour } }

  const ec2Sheets = [...sheets.values()]
    .filter(({ sheet }) => sheet.currency === currency && dataset.prices.ec2.some((r) => r.sheet === sheet.id))
    .sort((a, b) => (a.sheet.asOf < b.sheet.asOf ? 1 : a.sheet.asOf > b.sheet.asOf ? -1 : a.order - b.order))
  const covering = ec2Sheets.find(({ sheet }) => covers(sheet, dataset.prices.ec2, region))
  const named = covering ?? ec2Sheets[0]
  if (!named) return { kind: 'no-sheet', text: `no ${currency} price sheet in the dataset` }
  const { sheet } = named
  return {
    kind: 'not-in-sheet',
    sheet: { sheetId: sheet.id, sourceId: sheet.source, asOf: sheet.asOf, currency: sheet.currency },
    reason: covering ? 'type-not-listed' : 'region-not-covered',
    text: `not in the ${sheet.asOf} price sheet`,
  }
}
