import { greatCircleKm } from '../../../../src/shared/geo/distance'
import { fibreBoundMs } from '../../../../src/shared/latency/fibre'
import { measuredLookup, type MeasuredMatrix } from '../../../../src/shared/latency/measured'
import type { LatencyParams } from '../../../../src/shared/latency/params'
import type { CloudpingSet, RegionPair, RipePair, RipeSet } from '../../../../scripts/latency/inputs'
import type { CountryRegion } from '../../../../scripts/latency/userCases'

/**
 * A tiny synthetic world for the calibration scripts: six countries on the
 * equator, 1,000 km apart (AA at 0 km … FF at 5,000 km), three of them with a
 * measured region at their point, and RIPE-like rows between and within them
 * drawn from a known curve with a fixed wobble (no randomness).
 */
export const COUNTRIES = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF'] as const

const KM_PER_DEGREE = greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })
const lonAt = (km: number) => km / KM_PER_DEGREE
const pointOf = (i: number) => ({ lat: 0, lon: lonAt(i * 1000) })

export const REGIONS: CountryRegion[] = [
  { code: 'xx-bb-1', countryCode: 'BB', ...pointOf(1) },
  { code: 'xx-dd-1', countryCode: 'DD', ...pointOf(3) },
  { code: 'xx-ff-1', countryCode: 'FF', ...pointOf(5) },
]

/** Round backbone parameters; the internet side is a placeholder that the fits replace. */
export const BASE_PARAMS: LatencyParams = {
  backbone: { overheadMs: 2, stretchNear: 2, stretchFar: 1.5, halfDistanceKm: 5000 },
  internet: { pathPremium: 1, accessMs: 1, band: { low: 0.5, high: 2 } },
  routeCorrection: { lengthKm: 1000, priorWeight: 0.3, nearFraction: 0.5 },
  band: { quantiles: [0.05, 0.95], distanceOnly: { low: 0.8, high: 1.6 }, routeCorrected: { low: 0.9, high: 1.2 } },
}

const wobble = (i: number) => [1, 1.2, 0.85, 1.1, 0.9, 1.05, 0.95][i % 7] as number

export function syntheticCloudping(): CloudpingSet {
  const rtt = (a: number, b: number) => 2 + fibreBoundMs(greatCircleKm(REGIONS[a]!, REGIONS[b]!)) * 1.8 * wobble(a + b)
  const matrix: MeasuredMatrix = {
    regions: REGIONS.map((r) => r.code),
    rttMs: REGIONS.map((_, i) => REGIONS.map((__, j) => (i === j ? 2.5 : rtt(i, j)))),
  }
  const lookup = measuredLookup(matrix)
  const pairs: RegionPair[] = []
  REGIONS.forEach((a, i) =>
    REGIONS.slice(i + 1).forEach((b) =>
      pairs.push({ a: a.code, b: b.code, distanceKm: greatCircleKm(a, b), rttMs: lookup.symmetric(a.code, b.code) as number }),
    ),
  )
  return {
    sourceId: 'synthetic-matrix',
    matrix,
    lookup,
    regions: REGIONS.map(({ code, lat, lon }) => ({ code, lat, lon })),
    pairs,
    sameRegion: REGIONS.map((r) => ({ code: r.code, rttMs: 2.5 })),
  }
}

/** RIPE-like rows: mean = 18 ms + 1.1 × 1.8 × the fibre bound, wobbled; same-country rows 15 ms, wobbled. */
export function syntheticRipe(): RipeSet {
  const points = new Map(
    COUNTRIES.map((c, i) => [c, { countryCode: c, ...pointOf(i), cities: 1, spreadKm: 0 }] as const),
  )
  const pairs: RipePair[] = []
  const sameCountry: RipePair[] = []
  COUNTRIES.forEach((a, i) => {
    sameCountry.push({ a, b: a, distanceKm: 0, meanMs: 15 * wobble(i), replies: 5000 })
    COUNTRIES.slice(i + 1).forEach((b, k) => {
      const distanceKm = greatCircleKm(points.get(a)!, points.get(b)!)
      pairs.push({ a, b, distanceKm, meanMs: (18 + 1.1 * 1.8 * fibreBoundMs(distanceKm)) * wobble(i + k), replies: 5000 })
    })
  })
  return { pairs, sameCountry, points, dropped: {} }
}

/** The same rows with every row that involves `country` multiplied by `factor`. */
export function scaled(ripe: RipeSet, country: string, factor: number): RipeSet {
  const scale = (p: RipePair) => (p.a === country || p.b === country ? { ...p, meanMs: p.meanMs * factor } : p)
  return { ...ripe, pairs: ripe.pairs.map(scale), sameCountry: ripe.sameCountry.map(scale) }
}
