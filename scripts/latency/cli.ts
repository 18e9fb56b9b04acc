import { readFileSync } from 'node:fs'
import { createCityIndex, parseCityFile, type CityIndex } from '../../src/shared/cities'
import type { Dataset } from '../../src/shared/dataset/schema'
import { parseDataset } from '../../src/shared/dataset/validate'
import { parseLatencyModel, type LatencyModelFile } from '../../src/shared/latency/modelFile'
import type { RttPath } from '../../src/shared/latency/params'
import { basisText } from '../../src/shared/latency/basisText'
import { createRegionRanker, type ExplainedRegion } from '../../src/shared/latency/rank'
import { rankEdges, type RankedEdge } from '../../src/shared/edges/rank'
import { CITIES_FILE, DATASET_FILE, MODEL_FILE } from './paths'
import { KNOWN_PLACES, placeIndex, type Place, type PlaceIndex } from './places'
import { formatTable } from './table'

export const USAGE =
  'latency [--json] [--edges] [--path internet|backbone] --from <lat>,<lon> | --from "<city>" [--from ...]'

/** How many edge locations `--edges` lists per origin, nearest first. */
export const EDGES_PER_ORIGIN = 10

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export interface CliInputs {
  dataset: Dataset
  model: LatencyModelFile
  /** The bundled city list; without it, names resolve to region and edge-location cities only. */
  cities?: CityIndex
}

/** Exit codes: 0 done, 1 the bundled data could not be read, 2 a bad argument. */
export const EXIT_OK = 0
export const EXIT_DATA = 1
export const EXIT_USAGE = 2

class UsageError extends Error {}

interface Options {
  json: boolean
  edges: boolean
  path: RttPath
  from: string[]
  help: boolean
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, edges: false, path: 'internet', from: [], help: false }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1)
      const next = argv[i + 1]
      // "-33.9,18.4" is a value; "--json" is not.
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`)
      i += 1
      return next
    }
    if (flag === '--json' && eq < 0) options.json = true
    else if (flag === '--edges' && eq < 0) options.edges = true
    else if ((flag === '--help' || flag === '-h') && eq < 0) options.help = true
    else if (flag === '--from') options.from.push(takeValue())
    else if (flag === '--path') {
      const value = takeValue()
      if (value !== 'internet' && value !== 'backbone') throw new UsageError(`--path must be internet or backbone, not "${value}"`)
      options.path = value
    } else throw new UsageError(`unknown argument "${arg}"`)
  }
  if (!options.help && options.from.length === 0) throw new UsageError('at least one --from is needed')
  return options
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
/** A value that starts like a number and has a comma is meant as coordinates, however malformed. */
const LOOKS_LIKE_COORDINATES = /^[+-]?[\d.]/

/** "<lat>,<lon>" in decimal degrees, or a place name from the bundled data. */
export function resolveOrigin(value: string, places: PlaceIndex): Place {
  const text = value.trim()
  if (text === '') throw new UsageError('--from needs a value')
  if (text.includes(',') && LOOKS_LIKE_COORDINATES.test(text)) {
    const parts = text.split(',').map((p) => p.trim())
    const [latText, lonText] = parts
    if (parts.length !== 2 || !latText || !lonText || !NUMBER.test(latText) || !NUMBER.test(lonText)) {
      throw new UsageError(`--from "${value}": expected <lat>,<lon> in decimal degrees`)
    }
    const lat = Number(latText)
    const lon = Number(lonText)
    if (lat < -90 || lat > 90) throw new UsageError(`--from "${value}": latitude ${lat} is outside -90..90`)
    if (lon < -180 || lon > 180) throw new UsageError(`--from "${value}": longitude ${lon} is outside -180..180`)
    return { lat, lon, label: `${lat}, ${lon}` }
  }
  const place = places.find(text)
  if (!place) {
    throw new UsageError(
      `--from "${value}": unknown place (known: ${KNOWN_PLACES}; or give <lat>,<lon>)`,
    )
  }
  return place
}

export function loadCliInputs(datasetFile = DATASET_FILE, modelFile = MODEL_FILE, citiesFile = CITIES_FILE): CliInputs {
  const dataset = parseDataset(readFileSync(datasetFile, 'utf8'))
  if (!dataset.ok) throw new Error(`${datasetFile}: ${dataset.problems[0] ?? 'invalid'}`)
  const model = parseLatencyModel(readFileSync(modelFile, 'utf8'))
  if (!model.ok) throw new Error(`${modelFile}: ${model.problems[0] ?? 'invalid'}`)
  let cities: CityIndex
  try {
    cities = createCityIndex(parseCityFile(JSON.parse(readFileSync(citiesFile, 'utf8'))))
  } catch (error) {
    throw new Error(`${citiesFile}: ${(error as Error).message.split('\n').join(' ')}`, { cause: error })
  }
  return { dataset: dataset.dataset, model: model.model, cities }
}

const tenth = (x: number) => Math.round(x * 10) / 10

function jsonRegion(r: ExplainedRegion) {
  return {
    code: r.code,
    rttMs: tenth(r.rttMs),
    lowMs: tenth(r.lowMs),
    highMs: tenth(r.highMs),
    basis: r.basis,
    basedOn: basisText(r),
  }
}

function jsonEdge(r: RankedEdge) {
  const { city, countryCode, kind, lat, lon } = r.edge
  return { city, countryCode, kind, lat, lon, rttMs: tenth(r.rttMs), lowMs: tenth(r.lowMs), highMs: tenth(r.highMs) }
}

/**
 * `npm run -s latency -- …`: every dataset region ranked by estimated RTT
 * from each origin, as JSON (one array, one entry per origin) or as a table.
 * A bad argument: one line on stderr, exit code 2.
 */
export function runCli(argv: readonly string[], io: CliIo, load: () => CliInputs = () => loadCliInputs()): number {
  let options: Options
  try {
    options = parseArgs(argv)
  } catch (error) {
    io.err(`latency: ${(error as Error).message} (usage: ${USAGE})\n`)
    return EXIT_USAGE
  }
  if (options.help) {
    io.out(`usage: ${USAGE}\n`)
    return EXIT_OK
  }
  let inputs: CliInputs
  try {
    inputs = load()
  } catch (error) {
    io.err(`latency: cannot load the bundled data: ${(error as Error).message}\n`)
    return EXIT_DATA
  }
  const places = placeIndex(inputs.dataset, inputs.cities)
  let origins: Place[]
  try {
    origins = options.from.map((value) => resolveOrigin(value, places))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`latency: ${error.message}\n`)
    return EXIT_USAGE
  }
  const rank = createRegionRanker(inputs.dataset.regions, inputs.model.params, inputs.dataset.latency)
  const results = origins.map((origin) => ({ origin, regions: rank(origin, { path: options.path }) }))
  // Edges only when asked: without --edges the output stays what scripts already parse.
  const edgesOf = (origin: Place) =>
    rankEdges(origin, inputs.dataset.edgeLocations.items, inputs.model.params, { limit: EDGES_PER_ORIGIN })
  if (options.json) {
    const json = results.map(({ origin, regions }) => ({
      from: { lat: origin.lat, lon: origin.lon },
      regions: regions.map(jsonRegion),
      ...(options.edges ? { edges: edgesOf(origin).map(jsonEdge) } : {}),
    }))
    io.out(`${JSON.stringify(json)}\n`)
  } else {
    const withEdges = options.edges ? results.map((r) => ({ ...r, edges: edgesOf(r.origin) })) : results
    io.out(formatTable(withEdges, inputs.dataset, inputs.model, options.path))
  }
  return EXIT_OK
}
