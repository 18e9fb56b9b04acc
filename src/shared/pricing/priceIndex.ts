import type { Ec2Price } from '../dataset/schema'
import { comparableRows, dateBasis, type DateBasis } from './compare'
import { sheetsById, type PricesInput } from './sheets'

/** Fewer compared instance types than this and the index says too little: null. */
export const MIN_TYPES_COMPARED = 3

export interface PriceIndex {
  /** Geometric mean of region price ÷ reference price; 1 = same prices, 1.1 = 10 % dearer. */
  index: number
  /** The instance types that entered the mean, sorted. */
  typesCompared: string[]
  /** The sheets whose rows were compared, sorted. */
  sheetIds: string[]
  /** The dates of those sheets and whether they differ: an index that mixes dates says so. */
  basis: DateBasis
}

type SheetTable = ReturnType<typeof sheetsById>

/** USD rows of one region, by instance type. */
function usdRowsByType(dataset: PricesInput, sheets: SheetTable, region: string): Map<string, Ec2Price[]> {
  const byType = new Map<string, Ec2Price[]>()
  for (const row of dataset.prices.ec2) {
    if (row.region !== region || sheets.get(row.sheet)?.sheet.currency !== 'USD') continue
    const rows = byType.get(row.instanceType)
    if (rows) rows.push(row)
    else byType.set(row.instanceType, [row])
  }
  return byType
}

/**
 * How dear `region`'s EC2 on-demand Linux prices are compared with
 * `reference`'s, as one number.
 *
 * Definition: over the instance types that BOTH regions have a USD price for,
 * the geometric mean of (region price ÷ reference price). For each type the
 * two prices come from the same sheet when one sheet has both (the newest
 * such sheet), so they describe the same date; otherwise from each region's
 * newest USD sheet. A type that either side lacks is left out, never guessed.
 * The geometric mean weighs a cheap and a dear type alike (a 10 % premium
 * on t3.micro counts as much as on r7i.large) and is symmetric: if A is 1.25
 * against B, B is 0.8 against A.
 *
 * Only USD prices enter: a region priced in CNY (the China regions) has no
 * USD rows and gets null rather than a comparison across currencies, and so
 * does any region with fewer than MIN_TYPES_COMPARED comparable types.
 */
export function priceIndex(dataset: PricesInput, region: string, reference = 'us-east-1'): PriceIndex | null {
  const sheets = sheetsById(dataset)
  const own = usdRowsByType(dataset, sheets, region)
  const ref = usdRowsByType(dataset, sheets, reference)
  const typesCompared: string[] = []
  const sheetIds = new Set<string>()
  let logSum = 0
  for (const [type, rows] of own) {
    const refRows = ref.get(type)
    if (!refRows) continue
    const pair = comparableRows(rows, refRows, sheets)
    if (!pair) continue
    const [a, b] = pair
    logSum += Math.log(a.perHour / b.perHour)
    typesCompared.push(type)
    sheetIds.add(a.sheet).add(b.sheet)
  }
  if (typesCompared.length < MIN_TYPES_COMPARED) return null
  const ids = [...sheetIds].sort()
  return {
    index: Math.exp(logSum / typesCompared.length),
    typesCompared: typesCompared.sort(),
    sheetIds: ids,
    basis: dateBasis(ids.map((id) => ({ asOf: sheets.get(id)?.sheet.asOf ?? '' }))),
  }
}
