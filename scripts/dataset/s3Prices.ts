import type { PriceSheet, S3Price } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { parseDecimal, roundSignificant, shiftDecimal } from './decimal'
import { Problems } from './errors'
import { acceptRegion, byRegionThen, type PriceContext } from './priceRows'
import { RAW_FILES, readRawText } from './rawFiles'
import { SOURCE_ID } from './sources'

const COLUMN = {
  first50: 'Standard Storage First 50 TB per GB Mo',
  next450: 'Standard Storage Next 450 TB per GB Mo',
  over500: 'Standard Storage Over 500 TB per GB Mo',
  get: 'GET and all other requests per Requests',
  put: 'PUT COPY/POST or LIST requests per Requests',
} as const

/**
 * The source prices requests per single request; the dataset gives them per
 * 1,000 requests, the unit AWS's price pages use. The conversion moves the
 * decimal point of the source text (0.0000004 → 0.0004) instead of multiplying
 * binary floats, so no rounding noise enters the file.
 */
const REQUESTS_PER_UNIT_EXPONENT = 3

export interface S3Sheet {
  sheet: PriceSheet
  s3: S3Price[]
}

export function buildS3Prices(rawDir: string, context: PriceContext): S3Sheet {
  const file = RAW_FILES.s3Prices
  const sheet: PriceSheet = { id: 's3-2024-09-25', source: SOURCE_ID.s3Prices, asOf: '2024-09-25', currency: 'USD' }
  const records = readCsvRecords(readRawText(rawDir, file), file, ['region_code', ...Object.values(COLUMN)])
  const problems = new Problems()
  const rows: S3Price[] = []
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const region = field(record, 'region_code')
    const where = `${file} data row ${index + 1} (${region})`
    if (!acceptRegion(region, where, context, problems)) return
    if (seen.has(region)) problems.add(`${where}: region ${region} is listed twice`)
    seen.add(region)
    const price = (column: string, convert: (text: string) => number | null) => {
      const text = field(record, column)
      if (text === '') return null
      const value = convert(text)
      if (value !== null && value > 0) return value
      problems.add(`${where}: "${column}" is "${text}", not a positive number`)
      return null
    }
    const perGbMonth = (text: string) => {
      const n = parseDecimal(text)
      return n === null ? null : roundSignificant(n)
    }
    const per1000 = (text: string) => shiftDecimal(text, REQUESTS_PER_UNIT_EXPONENT)
    rows.push({
      sheet: sheet.id,
      region,
      first50TBPerGBMonth: price(COLUMN.first50, perGbMonth),
      next450TBPerGBMonth: price(COLUMN.next450, perGbMonth),
      over500TBPerGBMonth: price(COLUMN.over500, perGbMonth),
      getPer1000: price(COLUMN.get, per1000),
      putPer1000: price(COLUMN.put, per1000),
    })
  })
  problems.throwIfAny()
  rows.sort(byRegionThen<S3Price>(() => ''))
  return { sheet: { ...sheet, covers: { regions: rows.map((r) => r.region), instanceTypes: [] } }, s3: rows }
}

