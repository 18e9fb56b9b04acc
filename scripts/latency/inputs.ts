import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCsv } from '../dataset/csv'
import type { Dataset } from '../../src/shared/dataset/schema'
import { parseDataset } from '../../src/shared/dataset/validate'
import { greatCircleKm } from '../../src/shared/geo/distance'
import { fibreBoundMs } from '../../src/shared/latency/fibre'
import { measuredLookup, type MeasuredLookup, type MeasuredMatrix } from '../../src/shared/latency/measured'
import type { RegionPoint } from '../../src/shared/latency/routeCorrection'
import { countryPoints, type CountryPoint } from './countryPoints'

/** Raw calibration files, relative to the raw directory (../shared/data/raw, see its SOURCES.md §8). */
export const LATENCY_RAW_FILES = {
  ripe: 'latency/ripe-atlas-country-rtt-2025-04-19.csv',
  azureMatrix: 'latency/azure-inter-region-rtt-p95-2026-07-30.csv',
  azureCoords: 'latency/azure-regions-coords-curated.csv',
} as const

export class InputError extends Error {}

export interface RegionPair {
  a: string
  b: string
  distanceKm: number
  /** Mean of the two directions where both were measured. */
  rttMs: number
}

export interface CloudpingSet {
  sourceId: string
  matrix: MeasuredMatrix
  lookup: MeasuredLookup
  /** Regions of the matrix with their dataset coordinates. */
  regions: RegionPoint[]
  pairs: RegionPair[]
  /** The diagonal: a round trip inside one region. */
  sameRegion: { code: string; rttMs: number }[]
}

export interface RipePair {
  a: string
  b: string
  distanceKm: number
  meanMs: number
  replies: number
}

export interface RipeSet {
  /** Pairs of two countries, at the distance between their reference points. */
  pairs: RipePair[]
  /**
   * Rows of one country (a = b), at distance 0: probes reaching hosts of their
   * own country, the closest the data comes to a user reaching a region in
   * their own city. Filtered as the pairs are, fibre bound aside (it is 0).
   */
  sameCountry: RipePair[]
  points: Map<string, CountryPoint>
  /** Rows read and dropped, by reason, for the report. */
  dropped: Record<string, number>
}

export interface AzureSet {
  pairs: RegionPair[]
  regions: number
}

export function readDataset(file: string): Dataset {
  const check = parseDataset(readFileSync(file, 'utf8'))
  if (!check.ok) throw new InputError(`${file}: ${check.problems.slice(0, 5).join('; ')}`)
  return check.dataset
}

function readRaw(rawDir: string, file: string): string {
  try {
    return readFileSync(join(rawDir, file), 'utf8')
  } catch (error) {
    throw new InputError(`${file}: cannot be read from ${rawDir} (${error instanceof Error ? error.message : String(error)})`)
  }
}

function table(rawDir: string, file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readRaw(rawDir, file))
  if (!header) throw new InputError(`${file}: empty`)
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])))
}

function number(file: string, field: string, text: string | undefined): number {
  const value = Number(text)
  if (text === undefined || text.trim() === '' || !Number.isFinite(value)) throw new InputError(`${file}: ${field} "${text}" is not a number`)
  return value
}

/** The dataset's measured matrix (the cloudping P50 snapshot) as unordered pairs with distances. */
export function cloudpingSet(dataset: Dataset): CloudpingSet {
  const matrix = dataset.latency
  const lookup = measuredLookup(matrix)
  const coords = new Map(dataset.regions.map((r) => [r.code, r]))
  const regions: RegionPoint[] = matrix.regions.map((code) => {
    const r = coords.get(code)
    if (!r) throw new InputError(`latency.regions: ${code} has no coordinates in the dataset`)
    return { code, lat: r.lat, lon: r.lon }
  })
  const pairs: RegionPair[] = []
  const sameRegion: CloudpingSet['sameRegion'] = []
  regions.forEach((a, i) => {
    const self = lookup.get(a.code, a.code)
    if (self !== null) sameRegion.push({ code: a.code, rttMs: self })
    for (const b of regions.slice(i + 1)) {
      const rttMs = lookup.symmetric(a.code, b.code)
      if (rttMs !== null) pairs.push({ a: a.code, b: b.code, distanceKm: greatCircleKm(a, b), rttMs })
    }
  })
  const sourceId = matrix.sources[0]
  if (!sourceId) throw new InputError('latency.sources: empty')
  return { sourceId, matrix, lookup, regions, pairs, sameRegion }
}

/** SOURCES.md §8: replies from fewer probes than this are too noisy to use. */
export const RIPE_MIN_REPLIES = 1000
/**
 * A country whose reference cities lie farther than this (RMS) from their
 * mean is not one point at the scale of the pairs we fit: the US, Canada,
 * Australia, Brazil, China, India, South Africa and Vietnam.
 */
export const RIPE_MAX_SPREAD_KM = 500

/**
 * RIPE Atlas country-pair means, filtered as SOURCES.md §8 suggests: real
 * country codes only, at least RIPE_MIN_REPLIES replies, both countries with
 * a compact reference point, and not faster than light in fibre (anycast or
 * misregistered targets). Same-country rows are kept apart (sameCountry).
 */
export function ripeSet(rawDir: string, dataset: Dataset): RipeSet {
  const file = LATENCY_RAW_FILES.ripe
  const points = countryPoints(dataset)
  const dropped: Record<string, number> = {}
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1)
  const pairs: RipePair[] = []
  const sameCountry: RipePair[] = []
  for (const row of table(rawDir, file)) {
    const a = row.cty1 ?? ''
    const b = row.cty2 ?? ''
    if (!/^[A-Z]{2}$/.test(a) || !/^[A-Z]{2}$/.test(b)) {
      drop('pseudo country code (None, Unknown)')
      continue
    }
    const replies = number(file, 'rtt_cnt', row.rtt_cnt)
    if (replies < RIPE_MIN_REPLIES) {
      drop(`fewer than ${RIPE_MIN_REPLIES} replies`)
      continue
    }
    const pa = points.get(a)
    const pb = points.get(b)
    if (!pa || !pb) {
      drop('a country without a dataset city')
      continue
    }
    if (pa.spreadKm > RIPE_MAX_SPREAD_KM || pb.spreadKm > RIPE_MAX_SPREAD_KM) {
      drop(`a country spread over more than ${RIPE_MAX_SPREAD_KM} km`)
      continue
    }
    const meanMs = number(file, 'rtt_avg', row.rtt_avg)
    if (a === b) {
      sameCountry.push({ a, b, distanceKm: 0, meanMs, replies })
      continue
    }
    const pair = { a, b, distanceKm: greatCircleKm(pa, pb), meanMs, replies }
    if (pair.meanMs < fibreBoundMs(pair.distanceKm)) {
      drop('faster than light in fibre')
      continue
    }
    pairs.push(pair)
  }
  return { pairs, sameCountry, points, dropped }
}

/** The Azure P95 matrix as unordered pairs (mean of both directions) with curated coordinates. */
export function azureSet(rawDir: string): AzureSet {
  const coordsFile = LATENCY_RAW_FILES.azureCoords
  const coords = new Map(
    table(rawDir, coordsFile).map((r) => [
      r.display_name ?? '',
      { lat: number(coordsFile, 'lat', r.lat), lon: number(coordsFile, 'lon', r.lon) },
    ]),
  )
  const file = LATENCY_RAW_FILES.azureMatrix
  const rows = parseCsv(readRaw(rawDir, file))
  const header = (rows[0] ?? []).slice(1)
  const directed = new Map<string, number>()
  for (const row of rows.slice(1)) {
    const from = row[0] ?? ''
    if (!coords.has(from)) throw new InputError(`${file}: region "${from}" has no coordinates in ${coordsFile}`)
    header.forEach((to, i) => {
      const cell = row[i + 1]
      if (cell !== undefined && cell.trim() !== '') directed.set(`${from}\t${to}`, number(file, `${from}→${to}`, cell))
    })
  }
  const names = [...coords.keys()].sort()
  const pairs: RegionPair[] = []
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) {
      const values = [directed.get(`${a}\t${b}`), directed.get(`${b}\t${a}`)].filter((v): v is number => v !== undefined)
      const pa = coords.get(a)
      const pb = coords.get(b)
      if (values.length === 0 || !pa || !pb) continue
      pairs.push({ a, b, distanceKm: greatCircleKm(pa, pb), rttMs: values.reduce((s, v) => s + v, 0) / values.length })
    }
  })
  return { pairs, regions: names.length }
}
