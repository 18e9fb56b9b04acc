import type { Currency, Dataset } from '../../shared/dataset/schema'
import { ec2PriceSheetFor, ec2PriceStatus, type Ec2Quote } from '../../shared/pricing'
import { markBest } from './compareDiff'
import { hourlyText } from './money'

export interface Ec2Cell {
  /** "$0.0104", or which sheet lacks it ("not in the 2025-04-04 price sheet"). */
  text: string
  quote: Ec2Quote | null
  /** Cheapest of the compared regions for this type (USD only: CNY is never compared with USD). */
  best: boolean
  /** The price comes from another sheet than most of this region's column: its date is shown beside it. */
  ownDate: boolean
}

export interface Ec2Line {
  type: string
  vcpu: number
  memoryGiB: number
  cells: Ec2Cell[]
}

export interface Ec2Column {
  code: string
  /** The as-of dates of the sheets this column's prices come from, newest first. */
  asOf: string[]
  /** The currency most of the column is in (USD, or CNY for the China regions). */
  currency: Currency | null
  /** Lines with a price, of all lines. */
  priced: number
}

export interface Ec2Comparison {
  columns: Ec2Column[]
  lines: Ec2Line[]
}

/**
 * The EC2 on-demand Linux price sheets of the compared regions, side by
 * side: one line per instance type of the dataset, one column per region.
 * Each region shows USD where a USD sheet has the row, else CNY; the
 * cheapest USD price of a line is marked.
 */
export function ec2Comparison(dataset: Dataset, codes: readonly string[]): Ec2Comparison {
  const sheets = codes.map((code) => ec2PriceSheetFor(dataset, code))
  const quotes = sheets.map((sheet) => sheet.map((line) => line.usd ?? line.cny))
  const columns = codes.map((code, c): Ec2Column => {
    const own = (quotes[c] ?? []).filter((q): q is Ec2Quote => q !== null)
    const dates = [...new Set(own.map((q) => q.asOf))].sort().reverse()
    const currencies = own.map((q) => q.currency)
    const usd = currencies.filter((x) => x === 'USD').length
    return {
      code,
      asOf: dates,
      currency: own.length === 0 ? null : usd >= own.length - usd ? 'USD' : 'CNY',
      priced: own.length,
    }
  })
  // The date most of a column's prices share: the header says it once, a price from another date says its own.
  const commonDate = quotes.map((column) => {
    const counts = new Map<string, number>()
    for (const q of column) if (q) counts.set(q.asOf, (counts.get(q.asOf) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  })
  const lines = dataset.prices.instanceTypes.map((instanceType, t): Ec2Line => {
    const row = quotes.map((q) => q[t] ?? null)
    const best = markBest(
      row.map((q) => (q && q.currency === 'USD' ? q.perHour : null)),
      'lower',
    )
    return {
      type: instanceType.type,
      vcpu: instanceType.vcpu,
      memoryGiB: instanceType.memoryGiB,
      cells: row.map((quote, c) => ({
        text: quote ? hourlyText(quote.perHour, quote.currency) : missingText(dataset, codes[c]!, instanceType.type, columns[c]!.currency),
        quote,
        best: best[c] ?? false,
        ownDate: quote !== null && quote.asOf !== commonDate[c],
      })),
    }
  })
  return { columns, lines }
}

/** Why a cell has no price: the sheet of the column's currency that lacks it. */
function missingText(dataset: Dataset, code: string, type: string, currency: Currency | null): string {
  const status = ec2PriceStatus(dataset, code, type, currency ?? 'USD')
  return status.kind === 'priced' ? 'unknown' : status.text
}
