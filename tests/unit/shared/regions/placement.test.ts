import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo'
import { drawnPositions, MIN_MARKER_SEPARATION_KM, type PlacedRegion } from '../../../../src/shared/regions'
import { committedDataset } from '../../fixtures/committedDataset'

describe('drawnPositions', () => {
  it('moves us-gov-east-1 off us-east-2, whose point it shares, and flags it approximate and offset', () => {
    const d = committedDataset()
    const ohio = d.regions.find((r) => r.code === 'us-east-2')!
    const gov = d.regions.find((r) => r.code === 'us-gov-east-1')!
    expect([gov.lat, gov.lon]).toEqual([ohio.lat, ohio.lon])
    expect(gov.coordinatePrecision).toBe('approximate')
    const drawn = new Map(drawnPositions(d.regions).map((p) => [p.code, p]))
    expect(drawn.get('us-east-2')).toMatchObject({ lat: ohio.lat, lon: ohio.lon, approximate: false, offset: false })
    const moved = drawn.get('us-gov-east-1')!
    expect(moved).toMatchObject({ approximate: true, offset: true, precision: 'approximate', given: { lat: gov.lat, lon: gov.lon } })
    expect(greatCircleKm(moved, ohio)).toBeGreaterThanOrEqual(MIN_MARKER_SEPARATION_KM - 1e-6)
  })

  it('never draws two markers of the committed dataset closer than the minimum separation', () => {
    const drawn = drawnPositions(committedDataset().regions)
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i]!
        const b = drawn[j]!
        // Two precise regions are never moved; only a placeholder gives way.
        if (!a.approximate && !b.approximate) continue
        expect(greatCircleKm(a, b), `${a.code} / ${b.code}`).toBeGreaterThanOrEqual(MIN_MARKER_SEPARATION_KM - 1e-6)
      }
    }
  })

  it('flags every placeholder approximate, leaving it where it is when nothing is near', () => {
    const drawn = drawnPositions(committedDataset().regions)
    const bahrain = drawn.find((p) => p.code === 'me-south-1')
    expect(bahrain).toMatchObject({ approximate: true, offset: false, precision: 'country' })
    expect(drawn.filter((p) => p.approximate).map((p) => p.code).sort()).toEqual(
      committedDataset().regions.filter((r) => r.coordinatePrecision === 'approximate' || r.coordinatePrecision === 'country').map((r) => r.code).sort(),
    )
  })

  it('is deterministic and keeps the input order, whatever the order of precise and approximate regions', () => {
    const regions: PlacedRegion[] = [
      { code: 'b', lat: 10, lon: 179.9, coordinatePrecision: 'approximate' },
      { code: 'a', lat: 10, lon: 179.9, coordinatePrecision: 'city' },
      { code: 'c', lat: 10, lon: 179.9, coordinatePrecision: 'country' },
    ]
    const first = drawnPositions(regions)
    expect(first.map((p) => p.code)).toEqual(['b', 'a', 'c'])
    expect(drawnPositions(regions)).toEqual(first)
    expect(first[1]).toMatchObject({ lat: 10, lon: 179.9, offset: false })
    for (const p of first) expect(p.lon).toBeGreaterThanOrEqual(-180)
    expect(greatCircleKm(first[0]!, first[2]!)).toBeGreaterThanOrEqual(MIN_MARKER_SEPARATION_KM - 1e-6)
  })
})
