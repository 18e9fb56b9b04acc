import { describe, expect, it } from 'vitest'
import {
  createRegionRanker,
  estimateAtDistance,
  rankRegions,
  type MeasuredMatrix,
  type LatencyParams,
  type RegionPoint,
} from '../../../../src/shared/latency'
import { greatCircleKm } from '../../../../src/shared/geo'
import { loadCliInputs } from '../../../../scripts/latency/cli'

const { dataset, model } = loadCliInputs()
const params = model.params

/** Three regions on the equator, 1,000 km apart, and a measured matrix for the first two. */
const KM_PER_DEGREE = greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })
const lonAt = (km: number) => km / KM_PER_DEGREE
const regions: RegionPoint[] = [
  { code: 'xx-west-1', lat: 0, lon: 0 },
  { code: 'xx-central-1', lat: 0, lon: lonAt(1000) },
  { code: 'xx-east-1', lat: 0, lon: lonAt(2000) },
]
const measured: MeasuredMatrix = {
  regions: ['xx-west-1', 'xx-central-1'],
  rttMs: [
    [2, 30],
    [31, 3],
  ],
}

describe('ranking regions from a point', () => {
  it('lists every region once, sorted by RTT, all estimated without a matrix', () => {
    const ranked = rankRegions({ lat: 0, lon: lonAt(2100) }, regions, params)
    expect(ranked.map((r) => r.code)).toEqual(['xx-east-1', 'xx-central-1', 'xx-west-1'])
    expect(ranked.every((r) => r.basis === 'estimated')).toBe(true)
    for (let i = 1; i < ranked.length; i += 1) expect(ranked[i]?.rttMs).toBeGreaterThanOrEqual(ranked[i - 1]?.rttMs ?? 0)
  })

  it('estimates a shorter RTT to a nearer region', () => {
    const [near, , far] = rankRegions({ lat: 0, lon: lonAt(-100) }, regions, params)
    expect(near?.code).toBe('xx-west-1')
    expect(far?.code).toBe('xx-east-1')
    expect((far?.rttMs ?? 0) - (near?.rttMs ?? 0)).toBeGreaterThan(10)
  })

  it('reports measured figures from a region on the backbone, with both directions as the band', () => {
    const ranked = rankRegions({ lat: 0, lon: 0, regionCode: 'xx-west-1' }, regions, params, measured, { path: 'backbone' })
    const central = ranked.find((r) => r.code === 'xx-central-1')
    expect(central).toEqual({
      code: 'xx-central-1',
      rttMs: 30,
      lowMs: 30,
      highMs: 31,
      basis: 'measured',
      path: 'backbone',
      basedOn: { kind: 'measured', from: 'xx-west-1' },
    })
    expect(ranked.find((r) => r.code === 'xx-west-1')).toMatchObject({ rttMs: 2, basis: 'measured' })
    expect(ranked.find((r) => r.code === 'xx-east-1')?.basis).toBe('estimated')
  })

  it('treats a point within a kilometre of a measured region as that region', () => {
    const ranked = rankRegions({ lat: 0.001, lon: lonAt(1000) }, regions, params, measured, { path: 'backbone' })
    expect(ranked.find((r) => r.code === 'xx-west-1')).toMatchObject({ rttMs: 31, basis: 'measured' })
    const user = rankRegions({ lat: 0.001, lon: lonAt(1000) }, regions, params, measured)
    expect(user.find((r) => r.code === 'xx-west-1')?.basedOn).toEqual({ kind: 'measured-route', from: 'xx-central-1' })
    const away = rankRegions({ lat: 0.05, lon: lonAt(1000) }, regions, params, measured, { path: 'backbone' })
    expect(away.find((r) => r.code === 'xx-west-1')?.basis).toBe('estimated')
  })

  it('pulls an estimate towards the measured route of a nearby region', () => {
    // The matrix says xx-central-1 → xx-west-1 is much slower than distance suggests.
    const slow: MeasuredMatrix = { regions: measured.regions, rttMs: [[2, 60], [60, 3]] }
    const point = { lat: 0, lon: lonAt(1050) } // 50 km from xx-central-1
    const plain = rankRegions(point, regions, params).find((r) => r.code === 'xx-west-1')
    const corrected = rankRegions(point, regions, params, slow).find((r) => r.code === 'xx-west-1')
    expect(corrected?.basis).toBe('estimated')
    expect(corrected?.rttMs ?? 0).toBeGreaterThan((plain?.rttMs ?? 0) * 1.5)
    // The route part follows the measured 60 ms; a user's figure adds the access path to it.
    expect((corrected?.rttMs ?? 0) - params.internet.accessMs).toBeLessThan(60 * 1.1)
  })

  it('leaves the estimate to a region in the point’s own metro at a few ms, whatever the matrix says elsewhere', () => {
    const point = { lat: 0.05, lon: lonAt(1000) } // about 5.6 km from xx-central-1
    const km = greatCircleKm(point, regions[1] as RegionPoint)
    const host = rankRegions(point, regions, params, measured, { path: 'backbone' }).find((r) => r.code === 'xx-central-1')
    expect(host?.rttMs ?? 0).toBeLessThan(6)
    expect(host?.rttMs ?? 0).toBeCloseTo(estimateAtDistance(km, params, 'backbone').rttMs, 6)
    // A user there: the same few ms plus the access path.
    const own = rankRegions(point, regions, params, measured).find((r) => r.code === 'xx-central-1')
    expect(own?.rttMs ?? 0).toBeCloseTo(estimateAtDistance(km, params, 'internet').rttMs, 6)
  })

  it('uses the backbone path when asked, which is never slower than the internet path', () => {
    const point = { lat: 10, lon: 10 }
    const internet = rankRegions(point, regions, params, measured)
    const backbone = rankRegions(point, regions, params, measured, { path: 'backbone' })
    for (const r of backbone) expect(r.rttMs).toBeLessThanOrEqual(internet.find((i) => i.code === r.code)?.rttMs ?? 0)
  })
})

describe('ranking the dataset’s regions', () => {
  const rank = createRegionRanker(dataset.regions, params, dataset.latency)

  it('returns every dataset region for an origin anywhere on Earth', () => {
    const codes = dataset.regions.map((r) => r.code).sort()
    for (const origin of [{ lat: 0, lon: 0 }, { lat: 89.9, lon: 180 }, { lat: -89.9, lon: -180 }, { lat: 48.85, lon: 2.35 }]) {
      const ranked = rank(origin)
      expect(ranked.map((r) => r.code).sort()).toEqual(codes)
      for (const r of ranked) {
        expect(Number.isFinite(r.rttMs)).toBe(true)
        expect(r.lowMs).toBeLessThanOrEqual(r.rttMs)
        expect(r.highMs).toBeGreaterThanOrEqual(r.rttMs)
      }
    }
  })

  it('labels Frankfurt’s figures to other measured regions as measured on the backbone, equal to the matrix', () => {
    const region = dataset.regions.find((r) => r.code === 'eu-central-1')
    if (!region) throw new Error('eu-central-1 missing from the dataset')
    const ranked = rank({ lat: region.lat, lon: region.lon, regionCode: 'eu-central-1' }, { path: 'backbone' })
    const i = dataset.latency.regions.indexOf('eu-central-1')
    const j = dataset.latency.regions.indexOf('us-east-1')
    const toVirginia = ranked.find((r) => r.code === 'us-east-1')
    expect(toVirginia?.basis).toBe('measured')
    expect(toVirginia?.rttMs).toBe(dataset.latency.rttMs[i]?.[j])
    // No measurement to the sovereign cloud region: estimated.
    expect(ranked.find((r) => r.code === 'eusc-de-east-1')?.basis).toBe('estimated')
  })

  it('ranks hundreds of origins with one prepared ranker', () => {
    const results = Array.from({ length: 400 }, (_, i) => rank({ lat: -60 + ((i * 37) % 130), lon: -180 + ((i * 53) % 360) }))
    expect(results).toHaveLength(400)
    expect(results.every((r) => r.length === dataset.regions.length)).toBe(true)
  })
})

describe('parameters that make the internet premium 1', () => {
  it('give central estimates on the two paths that differ by the access path alone, away from measured regions', () => {
    const flat: LatencyParams = { ...params, internet: { pathPremium: 1, accessMs: 7, band: params.internet.band } }
    const a = rankRegions({ lat: 10, lon: 10 }, regions, flat, undefined, { path: 'internet' })
    const b = rankRegions({ lat: 10, lon: 10 }, regions, flat, undefined, { path: 'backbone' })
    expect(a.map((r) => r.code)).toEqual(b.map((r) => r.code))
    a.forEach((r, i) => expect(r.rttMs).toBeCloseTo((b[i]?.rttMs ?? 0) + 7, 9))
  })
})
