import type { Ec2Price } from '../dataset/schema'
import { formatPrice } from './format'
import { isNewer, sheetRef, sheetsById, type PricesInput, type SheetRef } from './sheets'
import type { Ec2Quote } from './ec2Sheet'

type SheetTable = ReturnType<typeof sheetsById>

/** Which dates a comparison rests on, and the words that say so. */
export interface DateBasis {
  /** The distinct as-of dates of the sheets compared, oldest first. */
  dates: string[]
  mixesDates: boolean
  /** "both from the 2025-04-04 price sheet" or "mixes price sheets of 2025-04-04 and 2026-07-20". */
  note: string
}

export function dateBasis(refs: readonly Pick<SheetRef, 'asOf'>[]): DateBasis {
  const dates = [...new Set(refs.map((r) => r.asOf))].sort()
  if (dates.length <= 1) return { dates, mixesDates: false, note: dates[0] ? `all from the ${dates[0]} price sheet` : 'no price sheet' }
  const list = dates.length === 2 ? `${dates[0]} and ${dates[1]}` : `${dates.slice(0, -1).join(', ')} and ${dates.at(-1)}`
  return { dates, mixesDates: true, note: `mixes price sheets of ${list}` }
}

function newest(rows: readonly Ec2Price[], sheets: SheetTable): Ec2Price | null {
  let best: Ec2Price | null = null
  for (const row of rows) {
    const entry = sheets.get(row.sheet)
    const bestEntry = best ? sheets.get(best.sheet) : undefined
    if (entry && (!bestEntry || isNewer(entry, bestEntry))) best = row
  }
  return best
}

/**
 * The two rows to compare for one instance type: from the newest sheet that
 * has both, so both prices describe the same date; failing that, each side's
 * newest row (and the comparison says it mixes dates). Rows of sheets in
 * another currency than `currency` never enter.
 */
export function comparableRows(
  own: readonly Ec2Price[],
  ref: readonly Ec2Price[],
  sheets: SheetTable,
): [Ec2Price, Ec2Price] | null {
  const refBySheet = new Map(ref.map((row) => [row.sheet, row]))
  const shared = newest(
    own.filter((row) => refBySheet.has(row.sheet)),
    sheets,
  )
  const sharedRef = shared ? refBySheet.get(shared.sheet) : undefined
  if (shared && sharedRef) return [shared, sharedRef]
  const a = newest(own, sheets)
  const b = newest(ref, sheets)
  return a && b ? [a, b] : null
}

export interface QuotePair {
  a: Ec2Quote
  b: Ec2Quote
  /** a ÷ b. */
  ratio: number
  basis: DateBasis
}

/**
 * One instance type's USD price in two regions, compared as the chooser's
 * worked example and Compare do: the same sheet when one sheet has both,
 * otherwise each region's newest, saying that the dates differ.
 */
export function compareEc2Prices(dataset: PricesInput, regionA: string, regionB: string, instanceType: string): QuotePair | null {
  const sheets = sheetsById(dataset)
  const usd = (region: string) =>
    dataset.prices.ec2.filter(
      (r) => r.region === region && r.instanceType === instanceType && sheets.get(r.sheet)?.sheet.currency === 'USD',
    )
  const pair = comparableRows(usd(regionA), usd(regionB), sheets)
  if (!pair) return null
  const [rowA, rowB] = pair
  const quote = (row: Ec2Price): Ec2Quote => ({ ...sheetRef(sheets.get(row.sheet)!.sheet), perHour: row.perHour })
  const a = quote(rowA)
  const b = quote(rowB)
  return { a, b, ratio: a.perHour / b.perHour, basis: dateBasis([a, b]) }
}

/** "$0.1019 vs $0.085 (2025-04-04 sheet)" or "… (mixes price sheets of 2025-04-04 and 2026-07-20)", with the one rounding rule. */
export function describeQuotePair(pair: QuotePair): string {
  const when = pair.basis.mixesDates ? pair.basis.note : `${pair.basis.dates[0]} sheet`
  return `${formatPrice(pair.a.perHour, pair.a.currency)} vs ${formatPrice(pair.b.perHour, pair.b.currency)} (${when})`
}
