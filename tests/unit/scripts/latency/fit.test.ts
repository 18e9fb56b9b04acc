import { describe, expect, it } from 'vitest'
import { propagationMs } from '../../../../src/shared/latency/curve'
import type { RttCurve } from '../../../../src/shared/latency/params'
import { fitCurve, fitInternetPremium, fitLinear, linearRttMs, type Observation } from '../../../../scripts/latency/fit'
import { nelderMead } from '../../../../scripts/latency/optimize'
import { errorFigures, median, quantile } from '../../../../scripts/latency/stats'

const truth: RttCurve = { overheadMs: 3, stretchNear: 2.2, stretchFar: 1.3, halfDistanceKm: 6000 }
const rtt = (d: number) => truth.overheadMs + propagationMs(d, truth)
const distances = Array.from({ length: 60 }, (_, i) => 50 + i * 300)

/** A fixed, symmetric pattern of ±15 % errors, so the fits are tested against noise without randomness. */
const wobble = (i: number) => [1, 1.15, 0.87, 1.05, 0.95][i % 5] as number

describe('fitting the backbone curve', () => {
  it('recovers the curve that generated noiseless data', () => {
    const fit = fitCurve([...distances.map((d) => ({ distanceKm: d, rttMs: rtt(d) })), { distanceKm: 0, rttMs: 3 }])
    for (const d of [0, 500, 3000, 12000]) {
      expect(fit.overheadMs + propagationMs(d, fit)).toBeCloseTo(rtt(d), 1)
    }
  })

  it('shrugs off a few wildly slow routes, as a median fit should', () => {
    const data: Observation[] = distances.map((d, i) => ({ distanceKm: d, rttMs: rtt(d) * (i % 10 === 0 ? 3 : wobble(i)) }))
    const fit = fitCurve(data)
    for (const d of [1000, 5000, 15000]) {
      expect((fit.overheadMs + propagationMs(d, fit)) / rtt(d)).toBeGreaterThan(0.9)
      expect((fit.overheadMs + propagationMs(d, fit)) / rtt(d)).toBeLessThan(1.1)
    }
  })

  it('keeps every parameter in its domain', () => {
    const fit = fitCurve(distances.map((d, i) => ({ distanceKm: d, rttMs: rtt(d) * wobble(i) })))
    expect(fit.overheadMs).toBeGreaterThanOrEqual(0)
    expect(fit.stretchFar).toBeGreaterThanOrEqual(1)
    expect(fit.stretchNear).toBeGreaterThanOrEqual(fit.stretchFar)
    expect(fit.halfDistanceKm).toBeGreaterThan(0)
  })
})

describe('fitting the internet premium', () => {
  it('recovers the slope and intercept of means built as intercept + slope · propagation', () => {
    const data = distances.map((d) => ({ distanceKm: d, rttMs: 20 + 1.08 * propagationMs(d, truth) }))
    const fit = fitInternetPremium(data, truth)
    expect(fit.slope).toBeCloseTo(1.08, 2)
    expect(fit.interceptMs).toBeCloseTo(20, 0)
  })
})

describe('the naive baseline', () => {
  it('is the least-squares straight line', () => {
    const fit = fitLinear([
      { distanceKm: 0, rttMs: 10 },
      { distanceKm: 1000, rttMs: 30 },
      { distanceKm: 2000, rttMs: 50 },
    ])
    expect(fit.interceptMs).toBeCloseTo(10, 9)
    expect(fit.msPerKm).toBeCloseTo(0.02, 12)
    expect(linearRttMs(fit, 500)).toBeCloseTo(20, 9)
  })
})

describe('the statistics', () => {
  it('interpolates quantiles between order statistics', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 12)
    expect(quantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12)
    expect(median([7])).toBe(7)
    expect(() => quantile([], 0.5)).toThrow()
  })

  it('scores errors in percent and counts measurements inside the band', () => {
    const f = errorFigures([
      { predictedMs: 110, lowMs: 90, highMs: 130, measuredMs: 100 },
      { predictedMs: 80, lowMs: 70, highMs: 90, measuredMs: 100 },
      { predictedMs: 100, lowMs: 95, highMs: 105, measuredMs: 100 },
    ])
    expect(f).toEqual({ n: 3, medianAbsPctError: 10, p90AbsPctError: 18, bandCoveragePct: 66.7, medianPctBias: 0 })
  })

  it('minimises a shifted quadratic bowl with Nelder–Mead', () => {
    const m = nelderMead((x) => ((x[0] as number) - 3) ** 2 + 10 * ((x[1] as number) + 1) ** 2, [0, 0])
    expect(m.x[0]).toBeCloseTo(3, 4)
    expect(m.x[1]).toBeCloseTo(-1, 4)
  })
})
