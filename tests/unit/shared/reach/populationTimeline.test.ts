import { describe, expect, it } from 'vitest'
import {
  nearestOverTimeline,
  populationPlaces,
  populationReachOverTimeline,
} from '../../../../src/shared/reach/populationTimeline'
import { regionsShownAt } from '../../../../src/shared/timeline/shown'
import { ANNOUNCED, timelineSteps } from '../../../../src/shared/timeline/steps'
import { asOfYear, cities, continentOf, dataset, reachModel, samplePlaces } from '../../fixtures/reach'

describe('population places', () => {
  it('give every bundled city its continent', () => {
    const places = populationPlaces(cities, continentOf)
    expect(places).toHaveLength(cities.length)
    expect(places.filter((p) => p.continent === null)).toEqual([])
    const frankfurt = cities.findIndex((c) => c.name === 'Frankfurt am Main')
    expect(places[frankfurt]).toMatchObject({ continent: 'EU', population: cities[frankfurt]?.population })
  })
})

describe('population reach over the time-lapse', () => {
  const places = samplePlaces(25)
  const nearest = nearestOverTimeline(reachModel(), places, dataset.regions, asOfYear)
  const rows = populationReachOverTimeline(places, nearest, [50, 100])

  it('has one row per step, with the regions that step shows', () => {
    expect(rows.map((r) => r.step)).toEqual(timelineSteps(asOfYear))
    for (const row of rows) expect(row.regionCount).toBe(regionsShownAt(dataset.regions, row.step, asOfYear).length)
    expect(nearest.at(-1)?.regionCodes).toHaveLength(dataset.regions.length)
  })

  it('gives one share per threshold, in the order asked', () => {
    for (const row of rows) expect(row.shares.map((s) => s.withinMs)).toEqual([50, 100])
  })

  it('never loses share from one step to the next, and reaches more within 100 ms than within 50', () => {
    for (let i = 1; i < rows.length; i += 1) {
      for (const t of [0, 1]) expect(rows[i]?.shares[t]?.share).toBeGreaterThanOrEqual(rows[i - 1]?.shares[t]?.share as number)
    }
    for (const row of rows) expect(row.shares[1]?.share).toBeGreaterThanOrEqual(row.shares[0]?.share as number)
  })

  it('reaches far more city dwellers today than in 2006', () => {
    const share = (step: number | typeof ANNOUNCED) => rows.find((r) => r.step === step)?.shares[0]?.share ?? Number.NaN
    expect(share(2006)).toBeGreaterThan(0)
    expect(share(asOfYear)).toBeGreaterThan(2 * share(2006))
  })
})
