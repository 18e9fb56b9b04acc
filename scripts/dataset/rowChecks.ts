import { ConfidenceSchema, type Confidence } from '../../src/shared/dataset/schema'
import { field, type CsvRecord } from './csv'
import { parseDecimal } from './decimal'
import type { Problems } from './errors'
import { cityPointProblem, type GeoNamesIndex } from './geonames'

/** Where a row sits, for a problem that names the file, the line and the row. */
export interface RowAt {
  file: string
  line: number
  /** A short name of the row (a zone name, a city). */
  label: string
}

export function at(row: RowAt): string {
  return `${row.file} line ${row.line}${row.label ? ` (${row.label})` : ''}`
}

const APPROXIMATE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** A date cell: YYYY, YYYY-MM or YYYY-MM-DD; blank or "undated…" is null; anything else is undefined (an error). */
export function readApproximateDate(text: string): string | null | undefined {
  if (text === '' || /^undated\b/.test(text)) return null
  return APPROXIMATE_DATE.test(text) ? text : undefined
}

export function readConfidence(record: CsvRecord, row: RowAt, problems: Problems): Confidence | null {
  const parsed = ConfidenceSchema.safeParse(field(record, 'confidence'))
  if (parsed.success) return parsed.data
  problems.add(`${at(row)}: confidence "${field(record, 'confidence')}" is not one of ${ConfidenceSchema.options.join(', ')}`)
  return null
}

export type Place = { lat: number; lon: number }

/**
 * The row's coordinates: both blank is "no place" (null), allowed only where
 * the caller says so; otherwise both must be decimals in range and the point
 * a GeoNames city of the row's country. Undefined after a problem.
 */
export function readPlace(
  record: CsvRecord,
  row: RowAt,
  problems: Problems,
  options: { countryCode: string; geonames: GeoNamesIndex; mayBeBlank: boolean },
): Place | null | undefined {
  const latText = field(record, 'lat')
  const lonText = field(record, 'lon')
  if (latText === '' && lonText === '') {
    if (options.mayBeBlank) return null
    problems.add(`${at(row)}: no coordinates`)
    return undefined
  }
  const lat = parseDecimal(latText)
  const lon = parseDecimal(lonText)
  if (lat === null || lat < -90 || lat > 90 || lon === null || lon < -180 || lon > 180) {
    problems.add(`${at(row)}: coordinates "${latText}, ${lonText}" are not a latitude in [-90, 90] and a longitude in [-180, 180]`)
    return undefined
  }
  const problem = cityPointProblem(options.geonames, options.countryCode, lat, lon)
  if (problem) {
    problems.add(`${at(row)}: ${problem}`)
    return undefined
  }
  return { lat, lon }
}

/** The row's parent or host region, which must be a region of the dataset. */
export function readDatasetRegion(
  record: CsvRecord,
  column: string,
  row: RowAt,
  problems: Problems,
  inDataset: ReadonlySet<string>,
): string | null {
  const code = field(record, column)
  if (code === '') {
    problems.add(`${at(row)}: no ${column.replace(/_/g, ' ')}`)
    return null
  }
  if (!inDataset.has(code)) {
    problems.add(`${at(row)}: ${column.replace(/_/g, ' ')} "${code}" is not a region of the dataset`)
    return null
  }
  return code
}

export function readCountryCode(record: CsvRecord, column: string, row: RowAt, problems: Problems): string | null {
  const code = field(record, column)
  if (/^[A-Z]{2}$/.test(code)) return code
  problems.add(`${at(row)}: country "${code}" is not an ISO 3166-1 alpha-2 code`)
  return null
}
