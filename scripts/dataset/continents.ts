import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { CityFile } from '../../src/shared/cities/load'
import {
  CONTINENT_FILE_VERSION,
  ContinentCodeSchema,
  parseContinentFile,
  type ContinentCode,
  type ContinentFile,
} from '../../src/shared/continents'
import type { Source } from '../../src/shared/dataset/schema'
import { formatJsonPath } from '../../src/shared/dataset/validate'
import { BuildError, Problems } from './errors'
import { FILE_SOURCES, SOURCE_ID } from './sources'

/** The table lives in the project, one row per fact with where it was read: we compiled it from GeoNames. */
export const CONTINENTS_TABLE_FILE = fileURLToPath(new URL('../../data/country-continents.json', import.meta.url))

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')

const TableSchema = z.object({
  note: z.string().trim().min(1),
  asOf: isoDate,
  rows: z
    .array(
      z.object({
        countryCode: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'),
        country: z.string().trim().min(1),
        continent: ContinentCodeSchema,
        sourceUrl: z.url(),
        readOn: isoDate,
      }),
    )
    .min(1),
})

export type ContinentTable = z.infer<typeof TableSchema>

export function readContinentTable(file: string = CONTINENTS_TABLE_FILE): ContinentTable {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new BuildError([`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`])
  }
  const parsed = TableSchema.safeParse(value)
  if (!parsed.success) throw new BuildError(parsed.error.issues.map((i) => `${file}: ${formatJsonPath(i.path)}: ${i.message}`))
  return parsed.data
}

function continentSource(): Source {
  const source = FILE_SOURCES.find((s) => s.id === SOURCE_ID.geonamesCountryInfo)
  if (!source) throw new BuildError([`sources: no entry "${SOURCE_ID.geonamesCountryInfo}" for the continent table`])
  return source
}

/**
 * The continent file from the table, checked against the city list: a
 * country code listed twice, or a city whose country has no continent, is an
 * error (its people would silently drop out of every per-continent figure).
 */
export function buildContinentFile(table: ContinentTable, cities: CityFile, file = 'data/country-continents.json'): ContinentFile {
  const problems = new Problems()
  const source = continentSource()
  if (source.asOf !== table.asOf) problems.add(`${file}: dated ${table.asOf}, but its source entry says ${source.asOf}`)
  const continents: Record<string, ContinentCode> = {}
  table.rows.forEach((row, i) => {
    if (row.countryCode in continents) problems.add(`${file} rows[${i}]: country code ${row.countryCode} is listed twice`)
    continents[row.countryCode] = row.continent
  })
  const missing = [...new Set(cities.cities.map(([, countryCode]) => countryCode))].filter((code) => !(code in continents)).sort()
  if (missing.length) problems.add(`${file}: no continent for the country codes of the city list ${missing.join(', ')}`)
  problems.throwIfAny()
  const built: ContinentFile = {
    schemaVersion: CONTINENT_FILE_VERSION,
    asOf: table.asOf,
    sources: [source],
    continents: Object.fromEntries(Object.entries(continents).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }
  parseContinentFile(built)
  return built
}
