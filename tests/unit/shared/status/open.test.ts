import { describe, expect, it } from 'vitest'
import { markOpen, nearestOpen, regionStatusesOf } from '../../../../src/shared/status'
import { committedDataset } from '../../fixtures/committedDataset'
import { makeDataset } from '../../fixtures/dataset'

/** A ranking from Nairobi, nearest first, as the latency ranking orders it: me-west-1 comes first. */
const fromNairobi = [
  { code: 'me-west-1', rttMs: 66 },
  { code: 'me-central-1', rttMs: 70 },
  { code: 'me-south-1', rttMs: 74 },
  { code: 'af-south-1', rttMs: 80 },
  { code: 'eu-south-1', rttMs: 110 },
]

describe('open regions in a ranking', () => {
  const statuses = regionStatusesOf(committedDataset())

  it('marks announced and out-of-service regions as not open, keeping the order', () => {
    const marked = markOpen(fromNairobi, statuses)
    expect(marked.map((m) => [m.code, m.open, m.condition])).toEqual([
      ['me-west-1', false, 'announced'],
      ['me-central-1', false, 'out-of-service'],
      ['me-south-1', false, 'out-of-service'],
      ['af-south-1', true, 'open'],
      ['eu-south-1', true, 'open'],
    ])
    expect(marked[0]?.rttMs).toBe(66)
    expect(marked[1]?.statusLine).toMatch(/out of service since 2026-03-01/)
  })

  it('means by "nearest region" the nearest open one', () => {
    expect(nearestOpen(fromNairobi, statuses)?.code).toBe('af-south-1')
    expect(nearestOpen(fromNairobi.slice(0, 3), statuses)).toBeNull()
  })

  it('counts a region the statuses do not know as open, and a dataset without events as all open but the announced', () => {
    expect(markOpen([{ code: 'xx-none-1' }], statuses)[0]).toMatchObject({ open: true, condition: 'open', statusLine: null })
    const old = makeDataset()
    delete old.statusEvents
    expect([...regionStatusesOf(old).values()].every((s) => s.open)).toBe(true)
  })

  it('works each dataset out once', () => {
    expect(regionStatusesOf(committedDataset())).toBe(statuses)
  })
})

describe('nearestOpen without outages', () => {
  it('skips a degraded region too when asked', () => {
    const statuses = new Map([
      ['a-1', { region: 'a-1', condition: 'degraded' as const, open: true, outage: true, since: '2026-05-07', azs: { unavailable: 0, degraded: 1, total: 3 }, line: 'x', events: [], latest: null, lowConfidence: false }],
    ])
    const ranking = [{ code: 'a-1' }, { code: 'b-1' }]
    expect(nearestOpen(ranking, statuses)?.code).toBe('a-1')
    expect(nearestOpen(ranking, statuses, { withoutOutage: true })?.code).toBe('b-1')
  })
})
