import { z } from 'zod'
import { SourceSchema } from '../dataset/schema'
import { formatJsonPath } from '../dataset/problems'
import type { City } from './types'

/**
 * The bundled city list (`assets/data/cities.json`), written by
 * `npm run data:build` from GeoNames. Cities are tuples, not objects, to keep
 * the file small: `[name, countryCode, lat, lon, population]`.
 */
export const CITY_FILE_VERSION = 1

/** How many problems an error message lists before it only counts the rest. */
const LISTED_PROBLEMS = 5

export const CityTupleSchema = z.tuple([
  z.string().trim().min(1),
  z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'),
  z.number().min(-90).max(90),
  z.number().min(-180).max(180),
  z.int().nonnegative(),
])

export const CityFileSchema = z.object({
  schemaVersion: z.literal(CITY_FILE_VERSION),
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD or YYYY-MM'),
  sources: z.array(SourceSchema).min(1),
  /** Every city at or above this population is in the list, and no smaller one. */
  minPopulation: z.int().nonnegative(),
  cities: z.array(CityTupleSchema).min(1),
})

export type CityTuple = z.infer<typeof CityTupleSchema>
export type CityFile = z.infer<typeof CityFileSchema>

export class CityFileError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    const listed = problems.slice(0, LISTED_PROBLEMS)
    const more = problems.length - listed.length
    super(
      [
        'cities.json (the city list) cannot be used:',
        ...listed.map((p) => `  • ${p}`),
        ...(more > 0 ? [`  … and ${more} more`] : []),
      ].join('\n'),
    )
    this.name = 'CityFileError'
    this.problems = problems
  }
}

/** Validates the parsed city file and returns its cities; throws CityFileError naming each problem by JSON path. */
export function parseCityFile(json: unknown): City[] {
  const parsed = CityFileSchema.safeParse(json)
  if (!parsed.success) {
    throw new CityFileError(parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`))
  }
  const { cities, minPopulation } = parsed.data
  const small = cities.flatMap(([name, , , , population], i) =>
    population < minPopulation ? [`cities[${i}]: ${name} has ${population} inhabitants, below the minimum ${minPopulation}`] : [],
  )
  if (small.length) throw new CityFileError(small)
  return cities.map(([name, countryCode, lat, lon, population]) => ({ name, countryCode, lat, lon, population }))
}
