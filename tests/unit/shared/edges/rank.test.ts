import { describe, expect, it } from 'vitest'
import { loadCliInputs } from '../../../../scripts/latency/cli'
import { rankEdges } from '../../../../src/shared/edges/rank'
import { createRegionRanker } from '../../../../src/shared/latency/rank'
import { fibreBoundMs } from '../../../../src/shared/latency/fibre'
import { makeEdgeLocation } from '../../fixtures/dataset'

const { dataset, model } = loadCliInputs()
const params = model.params
const NAIROBI = { lat: -1.2833, lon: 36.8167 }

const items = [
  makeEdgeLocation({ id: 'AAA', city: 'Near', lat: 0, lon: 1 }),
  makeEdgeLocation({ id: 'BBB', city: 'Far', lat: 0, lon: 20 }),
  makeEdgeLocation({ id: 'CCC', city: 'Middle', lat: 0, lon: 5 }),
  makeEdgeLocation({ id: 'rec-xx-east-1', code: null, city: 'Cache', lat: 0, lon: 0.5, kind: 'regional-edge-cache', region: 'xx-east-1' }),
  makeEdgeLocation({ id: 'pop-here-xx', code: null, city: 'Here', lat: 0, lon: 0.1, kind: 'pop-city' }),
]

describe('rankEdges', () => {
  it('ranks edge locations nearest first, each with an estimate inside its band, never below the fibre bound', () => {
    const ranked = rankEdges({ lat: 0, lon: 0 }, items, params)
    expect(ranked.map((r) => r.edge.city)).toEqual(['Near', 'Middle', 'Far'])
    for (const r of ranked) {
      expect(r.lowMs).toBeLessThanOrEqual(r.rttMs)
      expect(r.highMs).toBeGreaterThan(r.rttMs)
      expect(r.lowMs).toBeGreaterThanOrEqual(fibreBoundMs(r.distanceKm))
    }
    expect(ranked[0]?.rttMs).toBeLessThan(ranked[1]?.rttMs ?? 0)
  })

  it('leaves out regional edge caches and listed PoP cities unless asked, and honours a limit', () => {
    expect(rankEdges({ lat: 0, lon: 0 }, items, params, { kinds: ['edge', 'pop-city', 'regional-edge-cache'] }).map((r) => r.edge.city))
      .toEqual(['Here', 'Cache', 'Near', 'Middle', 'Far'])
    expect(rankEdges({ lat: 0, lon: 0 }, items, params, { limit: 2 })).toHaveLength(2)
    expect(rankEdges({ lat: 0, lon: 0 }, [], params)).toEqual([])
  })

  it('gives a band that is never zero wide, even at the edge location itself', () => {
    const [here] = rankEdges({ lat: 0, lon: 1 }, items, params)
    expect(here?.distanceKm).toBeLessThan(1e-6)
    expect((here?.highMs ?? 0) - (here?.lowMs ?? 0)).toBeGreaterThan(1)
  })

  it('finds the Nairobi edge location nearest from Nairobi, with a round trip below the one to af-south-1', () => {
    const [nearest] = rankEdges(NAIROBI, dataset.edgeLocations.items, params)
    expect(nearest?.edge).toMatchObject({ city: 'Nairobi', countryCode: 'KE', kind: 'edge' })
    const capeTown = createRegionRanker(dataset.regions, params, dataset.latency)(NAIROBI).find((r) => r.code === 'af-south-1')
    expect(nearest?.rttMs).toBeLessThan(capeTown?.rttMs ?? 0)
  })
})
