import { describe, expect, it } from 'vitest'
import {
  latencyRankingOf,
  shownLatencyRankingOf,
  timelineStepOf,
  yearViewOf,
} from '../../../../../src/renderer/state/selectors'
import { dataset } from '../../../fixtures/reach'

const paris = { lat: 48.8566, lon: 2.3522, label: 'Paris, FR', origin: 'search' } as const
const launchedBy = (year: number) =>
  dataset.regions.filter((r) => r.status === 'available' && r.launchYear !== null && r.launchYear <= year).map((r) => r.code)

describe('the year view', () => {
  it('shows every region and marks none new when no year is chosen (today)', () => {
    const view = yearViewOf(dataset, null)
    expect(view.step).toBeNull()
    expect(view.shown).toBeNull()
    expect(view.added.size).toBe(0)
    expect(view.summary).toBeNull()
    expect(view.asOfYear).toBe(Number(dataset.asOf.slice(0, 4)))
  })

  it('shows exactly the regions launched by 2010 and marks those launched in 2010 as new', () => {
    const view = yearViewOf(dataset, 2010)
    expect([...view.shown!].sort()).toEqual(launchedBy(2010).sort())
    expect([...view.added].sort()).toEqual(
      dataset.regions.filter((r) => r.launchYear === 2010 && r.status === 'available').map((r) => r.code).sort(),
    )
    expect(view.shown!.has('us-east-1')).toBe(true)
    expect(view.shown!.has('eu-central-1')).toBe(false)
  })

  it('keeps a region of unknown launch year and an announced one off the globe until today and the announced step', () => {
    const undated = { ...dataset.regions.find((r) => r.code === 'eu-west-1')!, code: 'xx-undated-1', launchYear: null }
    const data = { ...dataset, regions: [...dataset.regions, undated] }
    const asOf = yearViewOf(data, null).asOfYear!
    expect(yearViewOf(data, asOf - 1).shown!.has('xx-undated-1')).toBe(false)
    const today = yearViewOf(data, asOf)
    expect(today.shown!.has('xx-undated-1')).toBe(true)
    expect(today.summary!.undated).toContain('xx-undated-1')
    expect(today.shown!.has('me-west-1')).toBe(false)
    const announced = yearViewOf(data, 'announced')
    expect(announced.shown!.has('me-west-1')).toBe(true)
    expect(announced.added.has('me-west-1')).toBe(true)
    expect(announced.shown!.size).toBe(data.regions.length)
  })

  it('places a stored year outside the time-lapse at its nearest end', () => {
    expect(timelineStepOf(1999, 2026)).toBe(2006)
    expect(timelineStepOf(2031, 2026)).toBe(2026)
    expect(timelineStepOf(null, 2026)).toBeNull()
    expect(timelineStepOf('announced', 2026)).toBe('announced')
  })

  it('gives the same object for the same dataset and year, so subscribers do not redraw', () => {
    expect(yearViewOf(dataset, 2014)).toBe(yearViewOf(dataset, 2014))
  })
})

describe('the ranking at a year', () => {
  it('ranks only the regions open that year, in today’s order; today it is the whole ranking', () => {
    const all = latencyRankingOf(dataset, paris)
    const at2010 = shownLatencyRankingOf(dataset, paris, 2010)
    expect(at2010.map((r) => r.code)).toEqual(all.map((r) => r.code).filter((code) => launchedBy(2010).includes(code)))
    expect(at2010[0]?.code).toBe('eu-west-1')
    expect(shownLatencyRankingOf(dataset, paris, null)).toBe(all)
  })
})
