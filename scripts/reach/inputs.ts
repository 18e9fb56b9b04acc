import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CityFileSchema, parseCityFile } from '../../src/shared/cities/load'
import type { City } from '../../src/shared/cities/types'
import { continentLookup, parseContinentFile, type ContinentOf } from '../../src/shared/continents'
import type { Dataset } from '../../src/shared/dataset/schema'
import { parseDataset } from '../../src/shared/dataset/validate'
import { parseLatencyModel, type LatencyModelFile } from '../../src/shared/latency/modelFile'
import { CITIES_FILE, DATASET_FILE, MODEL_FILE, REPO } from '../latency/paths'

export const CONTINENTS_FILE = resolve(REPO, 'assets', 'data', 'continents.json')

/** The bundled data the reach command reads. */
export interface ReachInputs {
  dataset: Dataset
  model: LatencyModelFile
  cities: City[]
  /** What the city list is: its threshold and date, for the population basis. */
  cityList: { minPopulation: number; asOf: string; count: number }
  continentOf: ContinentOf
}

export interface ReachFiles {
  dataset: string
  model: string
  cities: string
  continents: string
}

const DEFAULT_FILES: ReachFiles = { dataset: DATASET_FILE, model: MODEL_FILE, cities: CITIES_FILE, continents: CONTINENTS_FILE }

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Reads and validates the bundled files; throws an Error naming the file at fault, on one line. */
export function loadReachInputs(files: ReachFiles = DEFAULT_FILES): ReachInputs {
  const oneLine = (file: string, error: unknown) =>
    new Error(`${file}: ${(error instanceof Error ? error.message : String(error)).split('\n').join(' ')}`, { cause: error })
  const dataset = parseDataset(readFileSync(files.dataset, 'utf8'))
  if (!dataset.ok) throw new Error(`${files.dataset}: ${dataset.problems[0] ?? 'invalid'}`)
  const model = parseLatencyModel(readFileSync(files.model, 'utf8'))
  if (!model.ok) throw new Error(`${files.model}: ${model.problems[0] ?? 'invalid'}`)
  let cities: City[]
  let cityList: ReachInputs['cityList']
  try {
    const json = readJson(files.cities)
    cities = parseCityFile(json)
    const file = CityFileSchema.parse(json)
    cityList = { minPopulation: file.minPopulation, asOf: file.asOf, count: cities.length }
  } catch (error) {
    throw oneLine(files.cities, error)
  }
  let continentOf: ContinentOf
  try {
    continentOf = continentLookup(parseContinentFile(readJson(files.continents)))
  } catch (error) {
    throw oneLine(files.continents, error)
  }
  return { dataset: dataset.dataset, model: model.model, cities, cityList, continentOf }
}
