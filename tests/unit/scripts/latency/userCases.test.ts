import { describe, expect, it } from 'vitest'
import { userCases } from '../../../../scripts/latency/userCases'
import { REGIONS, syntheticRipe } from './fixtures'

const ripe = syntheticRipe()
const cases = userCases(ripe, REGIONS)
const key = (c: { userCountry: string; region: string }) => `${c.userCountry}→${c.region}`

describe('RIPE rows read as users reaching regions', () => {
  it('reads a row between two region countries both ways, and a row with one region country one way', () => {
    const bbDd = cases.filter((c) => c.row.a === 'BB' && c.row.b === 'DD').map(key)
    expect(bbDd.sort()).toEqual(['BB→xx-dd-1', 'DD→xx-bb-1'])
    expect(cases.filter((c) => c.row.a === 'AA' && c.row.b === 'BB').map(key)).toEqual(['AA→xx-bb-1'])
  })

  it('reads a same-country row as a user reaching their own country’s region, and drops rows that reach no region', () => {
    expect(cases.filter((c) => c.row.a === c.row.b).map(key).sort()).toEqual(['BB→xx-bb-1', 'DD→xx-dd-1', 'FF→xx-ff-1'])
    expect(cases.filter((c) => c.row.a === 'AA' && c.row.b === 'CC')).toEqual([])
    expect(cases.filter((c) => c.row.a === 'AA' && c.row.b === 'AA')).toEqual([])
  })

  it('puts the user at their country’s point and keeps the row’s mean as the measurement', () => {
    for (const c of cases) {
      const point = ripe.points.get(c.userCountry)
      expect(c.user).toEqual({ lat: point?.lat, lon: point?.lon })
      expect(c.meanMs).toBe(c.row.meanMs)
      expect([c.row.a, c.row.b]).toContain(c.userCountry)
    }
  })

  it('picks the country’s region nearest its point when it has several', () => {
    const two = [...REGIONS, { code: 'xx-bb-2', countryCode: 'BB', lat: 5, lon: REGIONS[0]!.lon }]
    const reached = userCases(ripe, two).filter((c) => c.userCountry === 'AA' && c.row.b === 'BB')
    expect(reached.map((c) => c.region)).toEqual(['xx-bb-1'])
  })
})
