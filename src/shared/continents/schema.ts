import { z } from 'zod'
import { SourceSchema } from '../dataset/schema'
import { formatJsonPath } from '../dataset/problems'

/**
 * Continents as GeoNames codes them (countryInfo.txt): each country on one
 * continent. `assets/data/continents.json`, written by `npm run data:build`
 * from data/country-continents.json, maps every country code to one.
 */
export const CONTINENT_CODES = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'] as const

export const ContinentCodeSchema = z.enum(CONTINENT_CODES)
export type ContinentCode = z.infer<typeof ContinentCodeSchema>

export const CONTINENT_NAMES: Readonly<Record<ContinentCode, string>> = {
  AF: 'Africa',
  AN: 'Antarctica',
  AS: 'Asia',
  EU: 'Europe',
  NA: 'North America',
  OC: 'Oceania',
  SA: 'South America',
}

export const CONTINENT_FILE_VERSION = 1

export const ContinentFileSchema = z.object({
  schemaVersion: z.literal(CONTINENT_FILE_VERSION),
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD or YYYY-MM'),
  sources: z.array(SourceSchema).min(1),
  /** ISO 3166-1 alpha-2 country code → continent. */
  continents: z.record(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'), ContinentCodeSchema),
})

export type ContinentFile = z.infer<typeof ContinentFileSchema>

/** The continent of a country code, or null when the table has none. */
export type ContinentOf = (countryCode: string) => ContinentCode | null

export class ContinentFileError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(`continents.json (the country → continent table) cannot be used: ${problems.slice(0, 5).join('; ')}`)
    this.name = 'ContinentFileError'
    this.problems = problems
  }
}

/** Validates the parsed continent file; throws ContinentFileError naming each problem by JSON path. */
export function parseContinentFile(json: unknown): ContinentFile {
  const parsed = ContinentFileSchema.safeParse(json)
  if (!parsed.success) throw new ContinentFileError(parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`))
  return parsed.data
}

export function continentLookup(file: ContinentFile): ContinentOf {
  const table = new Map(Object.entries(file.continents))
  return (countryCode) => table.get(countryCode) ?? null
}
