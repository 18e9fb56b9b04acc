import { describe, expect, it } from 'vitest'
import type { TimelineRegion } from '../../../../src/shared/timeline/shown'
import { ANNOUNCED, timelineSteps } from '../../../../src/shared/timeline/steps'
import { formatCountLine, launchCounts, summarizeStep, summarizeTimeline } from '../../../../src/shared/timeline/summary'
import { asOfYear, dataset } from '../../fixtures/reach'

const AS_OF = 2026
const regions: TimelineRegion[] = [
  { code: 'a-1', launchYear: 2006, status: 'available' },
  { code: 'b-1', launchYear: 2010, status: 'available' },
  { code: 'c-1', launchYear: 2010, status: 'available' },
  { code: 'd-1', launchYear: null, status: 'available' },
  { code: 'e-1', launchYear: AS_OF, status: 'available' },
  { code: 'f-1', launchYear: null, status: 'announced' },
]

describe('a step summary', () => {
  it('counts the regions shown and names the new ones', () => {
    expect(summarizeStep(regions, 2010, AS_OF)).toEqual({
      step: 2010,
      label: '2010',
      shown: ['a-1', 'b-1', 'c-1'],
      added: ['b-1', 'c-1'],
      undated: [],
    })
  })

  it('names a region of unknown launch year apart from the ones launched that year', () => {
    const today = summarizeStep(regions, AS_OF, AS_OF)
    expect(today.added).toEqual(['e-1'])
    expect(today.undated).toEqual(['d-1'])
    expect(today.shown).toHaveLength(5)
  })

  it('names the announced regions at the announced step', () => {
    expect(summarizeStep(regions, ANNOUNCED, AS_OF)).toMatchObject({ label: 'Announced', added: ['f-1'], undated: [] })
  })
})

describe('the count line', () => {
  it('reads "year: N regions, K new: …"', () => {
    expect(formatCountLine(summarizeStep(regions, 2010, AS_OF))).toBe('2010: 3 regions, 2 new: b-1, c-1')
  })

  it('speaks of one region in the singular, and says when none is new', () => {
    expect(formatCountLine(summarizeStep(regions, 2006, AS_OF))).toBe('2006: 1 region, 1 new: a-1')
    expect(formatCountLine(summarizeStep(regions, 2008, AS_OF))).toBe('2008: 1 region, none new')
  })

  it('says which regions are shown from today with their launch year unknown', () => {
    expect(formatCountLine(summarizeStep(regions, AS_OF, AS_OF))).toBe(
      '2026: 5 regions, 1 new: e-1; shown from today, launch year unknown: d-1',
    )
  })

  it('names regions as asked and adds the population reach of the step', () => {
    const line = formatCountLine(summarizeStep(regions, 2010, AS_OF), {
      name: (code) => code.toUpperCase(),
      reach: { share: 0.7849, withinMs: 50 },
    })
    expect(line).toBe('2010: 3 regions, 2 new: B-1, C-1 · 78 % of city dwellers within 50 ms')
  })

  it('speaks of announced regions at the last step', () => {
    expect(formatCountLine(summarizeStep(regions, ANNOUNCED, AS_OF))).toBe('Announced: 6 regions, 1 announced: f-1')
  })

  it('gives the real 2014 of the committed dataset', () => {
    const line = formatCountLine(summarizeStep(dataset.regions, 2014, asOfYear))
    const launched = dataset.regions.filter((r) => r.launchYear === 2014).map((r) => r.code)
    const total = dataset.regions.filter((r) => r.status === 'available' && r.launchYear !== null && r.launchYear <= 2014).length
    expect(line).toBe(`2014: ${total} regions, ${launched.length} new: ${launched.join(', ')}`)
  })
})

describe('the launch chart', () => {
  it('has one bar per step, adding up to every region', () => {
    const bars = launchCounts(regions, AS_OF)
    expect(bars.map((b) => b.step)).toEqual(timelineSteps(AS_OF))
    expect(bars.reduce((n, b) => n + b.added + b.undated, 0)).toBe(regions.length)
    expect(bars.find((b) => b.step === 2010)).toEqual({ step: 2010, label: '2010', added: 2, undated: 0, total: 3 })
    expect(bars.at(-1)).toEqual({ step: ANNOUNCED, label: 'Announced', added: 1, undated: 0, total: 6 })
  })

  it('counts every region of the committed dataset once, its total growing to all of them', () => {
    const bars = launchCounts(dataset.regions, asOfYear)
    expect(bars.reduce((n, b) => n + b.added + b.undated, 0)).toBe(dataset.regions.length)
    expect(bars.at(-1)?.total).toBe(dataset.regions.length)
    const summaries = summarizeTimeline(dataset.regions, asOfYear)
    for (const [i, bar] of bars.entries()) expect(bar.total).toBe(summaries[i]?.shown.length)
  })
})
