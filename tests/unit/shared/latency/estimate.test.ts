import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo'
import {
  FIBRE_KM_PER_MS,
  bandFactors,
  centralRttMs,
  estimateAtDistance,
  estimateRtt,
  fibreBoundMs,
  stretchAt,
  type LatencyParams,
  type RttPath,
} from '../../../../src/shared/latency'
import { loadCliInputs } from '../../../../scripts/latency/cli'

/** Round, hand-set parameters, so that expected values can be worked out by hand. */
const SIMPLE_PARAMS: LatencyParams = {
  backbone: { overheadMs: 2, stretchNear: 2, stretchFar: 1.5, halfDistanceKm: 5000 },
  internet: { pathPremium: 1.1, accessMs: 20, band: { low: 0.7, high: 1.5 } },
  routeCorrection: { lengthKm: 1000, priorWeight: 0.3, nearFraction: 0.5 },
  band: { quantiles: [0.05, 0.95], distanceOnly: { low: 0.8, high: 1.6 }, routeCorrected: { low: 0.9, high: 1.2 } },
}

const frankfurt = { lat: 50.1109, lon: 8.6821 }
const london = { lat: 51.5074, lon: -0.1278 }
const sydney = { lat: -33.8688, lon: 151.2093 }
const paths: RttPath[] = ['internet', 'backbone']
const committed = loadCliInputs().model.params
const parameterSets: [string, LatencyParams][] = [
  ['the committed parameters', committed],
  ['simple parameters', SIMPLE_PARAMS],
]
/** 0 km to half the Earth's circumference, denser at short range. */
const distances = [0, 0.5, 1, 5, 10, 25, 50, 100, 200, 400, 800, 1500, 3000, 6000, 10000, 15000, 20015]

describe('the fibre bound', () => {
  it('is the round trip at c / 1.47 along the great circle', () => {
    expect(FIBRE_KM_PER_MS).toBeCloseTo(203.94, 2)
    expect(fibreBoundMs(1000)).toBeCloseTo(9.807, 3)
    expect(fibreBoundMs(0)).toBe(0)
  })

  it('is zero, not negative, for a negative distance', () => {
    expect(fibreBoundMs(-5)).toBe(0)
  })
})

describe.each(parameterSets)('estimates with %s', (_name, params) => {
  it.each(paths)('grows with distance on the %s path, band edges included', (path) => {
    let previous = estimateAtDistance(distances[0] as number, params, path)
    for (const d of distances.slice(1)) {
      const next = estimateAtDistance(d, params, path)
      expect(next.rttMs).toBeGreaterThan(previous.rttMs)
      expect(next.lowMs).toBeGreaterThanOrEqual(previous.lowMs)
      expect(next.highMs).toBeGreaterThan(previous.highMs)
      previous = next
    }
  })

  it.each(paths)('never puts the estimate or its band below the fibre bound on the %s path', (path) => {
    for (const d of distances) {
      const e = estimateAtDistance(d, params, path)
      const bound = fibreBoundMs(d)
      expect(e.lowMs).toBeGreaterThanOrEqual(bound)
      expect(e.rttMs).toBeGreaterThanOrEqual(e.lowMs)
      expect(e.highMs).toBeGreaterThanOrEqual(e.rttMs)
    }
  })

  it('keeps the fibre bound even when a route correction pulls the estimate far down', () => {
    const e = estimateAtDistance(8000, params, 'backbone', Math.log(0.1), 1)
    expect(e.rttMs).toBeCloseTo(fibreBoundMs(8000), 9)
    expect(e.lowMs).toBeCloseTo(fibreBoundMs(8000), 9)
  })

  it('estimates a few ms between hosts in the same metro, and a user there the access path more', () => {
    for (const d of [0, 5, 20, 40]) {
      const e = estimateAtDistance(d, params, 'backbone')
      expect(e.rttMs).toBeGreaterThan(0.5)
      expect(e.rttMs).toBeLessThan(6)
      expect(estimateAtDistance(d, params, 'internet').rttMs).toBeGreaterThanOrEqual(e.rttMs + params.internet.accessMs)
    }
  })

  it('puts the internet estimate at or above the backbone estimate at every distance', () => {
    for (const d of distances) {
      expect(centralRttMs(d, params, 'internet')).toBeGreaterThanOrEqual(centralRttMs(d, params, 'backbone'))
      expect(estimateAtDistance(d, params, 'internet').highMs).toBeGreaterThan(estimateAtDistance(d, params, 'backbone').highMs)
    }
  })

  it('gives the same estimate in both directions', () => {
    const there = estimateRtt(frankfurt, sydney, params, 'internet')
    const back = estimateRtt(sydney, frankfurt, params, 'internet')
    expect(back.rttMs).toBeCloseTo(there.rttMs, 9)
  })
})

describe('the stretch curve', () => {
  it('runs from stretchNear at zero distance towards stretchFar, half-way at halfDistanceKm', () => {
    const curve = SIMPLE_PARAMS.backbone
    expect(stretchAt(0, curve)).toBeCloseTo(2, 12)
    expect(stretchAt(5000, curve)).toBeCloseTo(1.75, 12)
    expect(stretchAt(1e9, curve)).toBeCloseTo(1.5, 5)
  })

  it('computes overhead plus stretched fibre time by hand for simple parameters', () => {
    // 2 ms + 9.807 ms · 1.9167 (stretch at 1000 km) = 20.797 ms on the backbone
    const backbone = 2 + fibreBoundMs(1000) * (1.5 + (0.5 * 5000) / 6000)
    expect(centralRttMs(1000, SIMPLE_PARAMS, 'backbone')).toBeCloseTo(backbone, 9)
    expect(centralRttMs(1000, SIMPLE_PARAMS, 'internet')).toBeCloseTo(2 + 1.1 * (backbone - 2), 9)
  })
})

describe('the band', () => {
  it('interpolates its factors in log space by correction strength', () => {
    expect(bandFactors(SIMPLE_PARAMS, 0)).toEqual({ low: 0.8, high: 1.6 })
    const full = bandFactors(SIMPLE_PARAMS, 1)
    expect(full.low).toBeCloseTo(0.9, 12)
    expect(full.high).toBeCloseTo(1.2, 12)
    expect(bandFactors(SIMPLE_PARAMS, 0.5).high).toBeCloseTo(Math.sqrt(1.6 * 1.2), 12)
  })

  it('adds the access path to a user’s figure, with the user band around it, and nothing to the backbone', () => {
    const internet = estimateAtDistance(1000, SIMPLE_PARAMS, 'internet')
    const backbone = estimateAtDistance(1000, SIMPLE_PARAMS, 'backbone')
    expect(internet.rttMs).toBeCloseTo(centralRttMs(1000, SIMPLE_PARAMS, 'internet') + 20, 9)
    expect(internet.lowMs).toBeCloseTo(internet.rttMs * 0.7, 9)
    expect(internet.highMs).toBeCloseTo(internet.rttMs * 1.5, 9)
    expect(backbone.rttMs).toBeCloseTo(centralRttMs(1000, SIMPLE_PARAMS, 'backbone'), 9)
    expect(backbone.highMs).toBeCloseTo(backbone.rttMs * 1.6, 9)
  })

  it('keeps a user’s band as wide when route-corrected: the spread of users’ round trips is their access, not the route', () => {
    const d = 3000
    const corrected = estimateAtDistance(d, SIMPLE_PARAMS, 'internet', 0, 1)
    expect(corrected.lowMs / corrected.rttMs).toBeCloseTo(0.7, 9)
    expect(corrected.highMs / corrected.rttMs).toBeCloseTo(1.5, 9)
  })
})

describe('estimates between real cities with the committed parameters', () => {
  it('estimates London–Frankfurt within a plausible range around its measured AWS figure', () => {
    // cloudping measures eu-west-2 ↔ eu-central-1 at about 17.9 ms
    const e = estimateRtt(london, frankfurt, committed, 'backbone')
    expect(greatCircleKm(london, frankfurt)).toBeCloseTo(638, -1)
    expect(e.lowMs).toBeLessThan(17.9)
    expect(e.highMs).toBeGreaterThan(17.9)
  })

  it('estimates Frankfurt–Sydney between 1.3 and 2.2 times the fibre bound', () => {
    const e = estimateRtt(frankfurt, sydney, committed, 'internet')
    const bound = fibreBoundMs(greatCircleKm(frankfurt, sydney))
    expect(e.rttMs / bound).toBeGreaterThan(1.3)
    expect(e.rttMs / bound).toBeLessThan(2.2)
  })
})
