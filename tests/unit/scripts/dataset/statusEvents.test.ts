import { describe, expect, it } from 'vitest'
import { buildStatusEvents, referencesOf } from '../../../../scripts/dataset/statusEvents'
import { HAVE_RAW, RAW_DIR } from '../../fixtures/rawInputs'
import { committedDataset, committedSource } from '../../fixtures/committedDataset'

describe('the status events of the committed dataset', () => {
  const events = committedDataset().statusEvents?.events ?? []

  it("has the March 2026 damage to me-central-1 and me-south-1, with AWS's recovery outlook", () => {
    expect(events.filter((e) => e.region === 'me-central-1' && e.azId === 'mec1-az2' && e.date === '2026-03-01')).toHaveLength(1)
    const outlook = events.find((e) => e.region === 'me-central-1' && e.date === '2026-04-30')
    expect(outlook?.effect).toBe('unavailable')
    expect(outlook?.event).toMatch(/several months/)
    expect(events.some((e) => e.region === 'me-south-1' && e.date === '2026-03-24' && e.effect === 'unavailable')).toBe(true)
  })

  it("has the European Sovereign Cloud's general availability and the announced regions' expected dates", () => {
    expect(events.find((e) => e.region === 'eusc-de-east-1')).toMatchObject({ date: '2026-01-15', effect: 'available' })
    expect(events.find((e) => e.region === 'sa-west-1' && e.date === '2025-05-27')?.event).toMatch(/second half of 2026/)
    expect(events.find((e) => e.region === 'me-west-1' && e.date === '2024-03-04')?.event).toMatch(/expected to open in 2026/)
  })

  it('has no event without an address it was read from, and credits both event files', () => {
    for (const e of events) {
      expect(e.references.length, `${e.region} ${e.date}`).toBeGreaterThan(0)
      for (const ref of e.references) expect(ref.url.trim()).not.toBe('')
    }
    expect(committedDataset().statusEvents?.sources).toEqual(['region-status-events', 'status-events-added'])
    expect(committedSource('region-status-events').licence).toBeTruthy()
  })

  it('keeps low-confidence events, which the app shows as reported', () => {
    expect(events.filter((e) => e.confidence === 'low').map((e) => e.region).sort()).toEqual(['me-west-1', 'sa-west-1'])
  })
})

describe.skipIf(!HAVE_RAW)('buildStatusEvents', () => {
  it('leaves out Local Zone and service milestones and regions outside the dataset, saying why', () => {
    const inDataset = new Set(committedDataset().regions.map((r) => r.code))
    const { skipped } = buildStatusEvents(RAW_DIR, inDataset, () => false)
    expect(skipped).toHaveLength(4)
    expect(skipped.filter((s) => /Local Zone/.test(s))).toHaveLength(2)
    expect(skipped.some((s) => /us-south-1/.test(s) && /not in the AWS SDK/.test(s))).toBe(true)
    expect(skipped.some((s) => /CloudFront/.test(s))).toBe(true)
  })
})

describe('referencesOf', () => {
  it('pairs addresses with titles when their counts match, else gives each the whole title', () => {
    expect(referencesOf('https://a ; https://b', 'A; B')).toEqual([
      { url: 'https://a', title: 'A' },
      { url: 'https://b', title: 'B' },
    ])
    expect(referencesOf('https://a ; https://b', 'One title')).toEqual([
      { url: 'https://a', title: 'One title' },
      { url: 'https://b', title: 'One title' },
    ])
    expect(referencesOf('', 'Nothing')).toEqual([])
  })
})
