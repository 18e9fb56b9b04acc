import { describe, expect, it } from 'vitest'
import { loadCliInputs } from '../../../../scripts/latency/cli'
import { CACHE_ASSUMPTION, requestPath } from '../../../../src/shared/edges/requestPath'
import { makeEdgeLocation } from '../../fixtures/dataset'

const { dataset, model } = loadCliInputs()
const params = model.params
const region = (code: string) => {
  const r = dataset.regions.find((x) => x.code === code)
  if (!r) throw new Error(`no region ${code}`)
  return r
}
const NAIROBI = { lat: -1.2833, lon: 36.8167 }

describe('requestPath', () => {
  it('answers a hit at the nearest edge location: pin → edge, one internet leg', () => {
    const path = requestPath({ from: NAIROBI, items: dataset.edgeLocations.items, origin: region('eu-west-1'), params, outcome: 'hit' })
    expect(path?.stops.map((s) => [s.kind, s.label])).toEqual([['viewer', 'you'], ['edge', 'Nairobi']])
    expect(path?.legs).toHaveLength(1)
    expect(path?.legs[0]).toMatchObject({ path: 'internet', basis: 'estimated' })
    expect(path?.total.rttMs).toBe(path?.legs[0]?.rttMs)
    expect(path?.explanation).toMatch(/cache hit is answered at the edge location in Nairobi/)
  })

  it('sends a miss on to the regional edge cache nearest that edge and then to the origin region', () => {
    const path = requestPath({
      from: NAIROBI, items: dataset.edgeLocations.items, origin: region('eu-west-1'), params, measured: dataset.latency, outcome: 'miss',
    })
    expect(path?.stops.map((s) => s.kind)).toEqual(['viewer', 'edge', 'regional-edge-cache', 'origin'])
    expect(path?.stops.map((s) => s.label)).toEqual(['you', 'Nairobi', 'Mumbai', 'eu-west-1'])
    expect(path?.legs.map((l) => [l.path, l.basis])).toEqual([
      ['internet', 'estimated'],
      ['backbone', 'estimated'],
      ['backbone', 'measured'],
    ])
    // The cache in Mumbai sits in ap-south-1: its leg to eu-west-1 is the measured matrix value.
    const measuredIndex = (code: string) => dataset.latency.regions.indexOf(code)
    expect(path?.legs[2]?.rttMs).toBe(dataset.latency.rttMs[measuredIndex('ap-south-1')]?.[measuredIndex('eu-west-1')])
    const sum = path?.legs.reduce((s, l) => s + l.rttMs, 0)
    expect(path?.total.rttMs).toBeCloseTo(sum ?? 0, 9)
    expect(path?.total.rttMs).toBeGreaterThan(path?.legs[0]?.rttMs ?? Infinity)
    expect(path?.assumption).toBe(CACHE_ASSUMPTION)
  })

  it('estimates the last leg when the matrix lacks the pair', () => {
    const items = [
      makeEdgeLocation({ lat: 0, lon: 1 }),
      makeEdgeLocation({ id: 'rec-zz-south-1', code: null, kind: 'regional-edge-cache', region: 'zz-south-1', lat: 0, lon: 2 }),
    ]
    const path = requestPath({ from: { lat: 0, lon: 0 }, items, origin: { code: 'zz-north-1', lat: 10, lon: 2 }, params, measured: dataset.latency, outcome: 'miss' })
    expect(path?.legs[2]?.basis).toBe('estimated')
  })

  it('has no path without an edge location, nor a miss path without a regional edge cache', () => {
    expect(requestPath({ from: NAIROBI, items: [], origin: region('eu-west-1'), params, outcome: 'hit' })).toBeNull()
    expect(requestPath({ from: NAIROBI, items: [makeEdgeLocation()], origin: region('eu-west-1'), params, outcome: 'miss' })).toBeNull()
  })
})
