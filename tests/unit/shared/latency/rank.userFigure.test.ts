import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo'
import {
  basisText,
  createRegionRanker,
  fibreBoundMs,
  measuredLookup,
  rankRegions,
  type LatencyParams,
  type MeasuredMatrix,
  type RegionPoint,
} from '../../../../src/shared/latency'
import { loadCliInputs } from '../../../../scripts/latency/cli'

const { dataset, model } = loadCliInputs()
const lookup = measuredLookup(dataset.latency)
const rank = createRegionRanker(dataset.regions, model.params, dataset.latency)
const where = new Map(dataset.regions.map((r) => [r.code, r]))
const at = (code: string) => {
  const r = where.get(code)
  if (!r) throw new Error(`${code} missing from the dataset`)
  return r
}

describe('a user standing in a region’s city', () => {
  it('does not get Frankfurt’s measured figure to London, but that round trip plus the access path, and says so', () => {
    const frankfurt = at('eu-central-1')
    const london = rank({ lat: frankfurt.lat, lon: frankfurt.lon }).find((r) => r.code === 'eu-west-2')
    const measured = lookup.get('eu-central-1', 'eu-west-2')
    if (!london || measured === null) throw new Error('eu-central-1 → eu-west-2 is not ranked or not measured')
    expect(london.basis).toBe('estimated')
    expect(london.rttMs).not.toBe(measured)
    expect(london.rttMs).toBeGreaterThanOrEqual(measured + model.params.internet.accessMs)
    expect(london.lowMs).toBeLessThan(london.rttMs)
    expect(london.highMs).toBeGreaterThan(london.rttMs)
    expect(basisText(london)).toBe('estimate, based on the measured eu-central-1→eu-west-2 round trip plus the access path')
  })

  it('gets, from every measured region’s own site, figures that are never the bare measurement nor zero wide, nor below the fibre bound', () => {
    for (const code of dataset.latency.regions) {
      const site = at(code)
      for (const origin of [{ lat: site.lat, lon: site.lon }, { lat: site.lat, lon: site.lon, regionCode: code }]) {
        for (const r of rank(origin)) {
          const measured = lookup.get(code, r.code)
          expect(r.basis, `${code} → ${r.code}`).toBe('estimated')
          expect(r.path).toBe('internet')
          if (measured !== null) {
            expect(r.basedOn, `${code} → ${r.code}`).toEqual({ kind: 'measured-route', from: code })
            expect(r.rttMs, `${code} → ${r.code}`).toBeGreaterThan(measured)
          }
          expect(r.lowMs, `${code} → ${r.code}`).toBeLessThan(r.rttMs)
          expect(r.highMs, `${code} → ${r.code}`).toBeGreaterThan(r.rttMs)
          expect(r.lowMs, `${code} → ${r.code}`).toBeGreaterThanOrEqual(fibreBoundMs(greatCircleKm(site, at(r.code))))
        }
      }
    }
  })

  it('reaches its own region in the access path plus the region’s own measured round trip', () => {
    const frankfurt = at('eu-central-1')
    const own = rank({ lat: frankfurt.lat, lon: frankfurt.lon }).find((r) => r.code === 'eu-central-1')
    const inside = lookup.get('eu-central-1', 'eu-central-1')
    if (!own || inside === null) throw new Error('eu-central-1 has no measured round trip inside it')
    expect(own.rttMs).toBeCloseTo(inside + model.params.internet.accessMs, 9)
    expect(basisText(own)).toBe('estimate, based on the measured round trip inside eu-central-1 plus the access path')
  })

  it('keeps the measured inter-region figures for the backbone: the matrix and network', () => {
    const frankfurt = at('eu-central-1')
    const london = rank({ lat: frankfurt.lat, lon: frankfurt.lon }, { path: 'backbone' }).find((r) => r.code === 'eu-west-2')
    expect(london?.basis).toBe('measured')
    expect(london?.rttMs).toBe(lookup.get('eu-central-1', 'eu-west-2'))
    if (london) expect(basisText(london)).toBe('measured eu-central-1→eu-west-2 round trip')
  })
})

describe('user figures anywhere', () => {
  const origins = [
    { lat: 0, lon: 0 },
    { lat: 52.52, lon: 13.405 }, // Berlin
    { lat: -1.2833, lon: 36.8167 }, // Nairobi
    { lat: -33.87, lon: 151.21 },
    { lat: 89.9, lon: 180 },
  ]

  it('are never zero wide, never below the fibre bound, and say what they rest on', () => {
    for (const origin of origins) {
      for (const r of rank(origin)) {
        expect(r.lowMs).toBeGreaterThanOrEqual(fibreBoundMs(greatCircleKm(origin, at(r.code))))
        expect(r.lowMs).toBeLessThan(r.rttMs)
        expect(r.highMs).toBeGreaterThan(r.rttMs)
        expect(basisText(r)).toMatch(/^estimate[ ,].*access path$/)
      }
    }
  })

  it('name the nearby region whose measured routes they follow', () => {
    // Paris, a few km from eu-west-3's coordinates but not on them.
    const toTokyo = rank({ lat: 48.87, lon: 2.33 }).find((r) => r.code === 'ap-northeast-1')
    expect(toTokyo?.basedOn).toEqual({ kind: 'route-corrected', anchor: 'eu-west-3' })
  })
})

describe('the access path with hand-set parameters', () => {
  const KM_PER_DEGREE = greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })
  const regions: RegionPoint[] = [
    { code: 'xx-west-1', lat: 0, lon: 0 },
    { code: 'xx-east-1', lat: 0, lon: 1000 / KM_PER_DEGREE },
  ]
  const measured: MeasuredMatrix = {
    regions: ['xx-west-1', 'xx-east-1'],
    rttMs: [
      [1, 12],
      [12, 1],
    ],
  }

  it('keeps a user’s band around the figure even with the smallest access path and the narrowest band', () => {
    const tight: LatencyParams = { ...model.params, internet: { pathPremium: 1, accessMs: 0.5, band: { low: 0.999, high: 1.001 } } }
    for (const r of rankRegions({ lat: 0, lon: 0 }, regions, tight, measured)) {
      expect(r.lowMs).toBeLessThan(r.rttMs)
      expect(r.highMs).toBeGreaterThan(r.rttMs)
    }
    const own = rankRegions({ lat: 0, lon: 0 }, regions, tight, measured).find((r) => r.code === 'xx-west-1')
    expect(own?.rttMs).toBeCloseTo(1.5, 9)
  })

  it('carries a measured route over to the public internet by the ratio of the two curves', () => {
    const ranked = rankRegions({ lat: 0, lon: 0 }, regions, model.params, measured)
    const east = ranked.find((r) => r.code === 'xx-east-1')
    const backbone = rankRegions({ lat: 0, lon: 0 }, regions, model.params, measured, { path: 'backbone' }).find(
      (r) => r.code === 'xx-east-1',
    )
    expect(backbone?.rttMs).toBe(12)
    const { overheadMs } = model.params.backbone
    const { pathPremium, accessMs } = model.params.internet
    // route: 12 ms scaled by internet/backbone at 1,000 km, where both curves share the overhead.
    const backboneModel = rankRegions({ lat: 0, lon: 0 }, regions, model.params, undefined, { path: 'backbone' }).find(
      (r) => r.code === 'xx-east-1',
    )
    const propagation = (backboneModel?.rttMs ?? 0) - overheadMs
    const ratio = (overheadMs + pathPremium * propagation) / (overheadMs + propagation)
    expect(east?.rttMs).toBeCloseTo(12 * ratio + accessMs, 6)
  })
})
