import { describe, expect, it } from 'vitest'
import type { StatusEvent } from '../../../../src/shared/dataset/schema'
import { regionStatus } from '../../../../src/shared/status'
import { committedDataset } from '../../fixtures/committedDataset'

const ref = [{ url: 'https://example.org/report', title: 'A report' }]
const event = (over: Partial<StatusEvent>): StatusEvent => ({
  region: 'xx-test-1',
  azId: null,
  date: '2026-03-01',
  event: 'something happened',
  effect: 'degraded',
  confidence: 'high',
  references: ref,
  ...over,
})
const region = { code: 'xx-test-1', status: 'available' as const, azCount: 3 }

describe('regionStatus', () => {
  it('says how many AZs are reported out of service, and since when', () => {
    const status = regionStatus(region, [
      event({ azId: 'xxt1-az1', effect: 'unavailable', date: '2026-03-01' }),
      event({ azId: 'xxt1-az2', effect: 'unavailable', date: '2026-03-02' }),
    ])
    expect(status).toMatchObject({ condition: 'degraded', open: true, outage: true, since: '2026-03-01' })
    expect(status.azs).toEqual({ unavailable: 2, degraded: 0, total: 3 })
    expect(status.line).toBe('2 of 3 AZs reported out of service since 2026-03-01')
    expect(status.latest?.references).toEqual(ref)
  })

  it('calls a region out of service when its latest region-wide event says so, dating it from the first trouble', () => {
    const status = regionStatus(region, [
      event({ azId: 'xxt1-az2', effect: 'unavailable', date: '2026-03-01' }),
      event({ effect: 'unavailable', date: '2026-03-03' }),
    ])
    expect(status).toMatchObject({ condition: 'out-of-service', open: false, outage: true, since: '2026-03-01' })
    expect(status.line).toBe('Region reported out of service since 2026-03-01 (1 of 3 AZs reported out of service)')
    expect(status.events).toHaveLength(2)
  })

  it('clears an AZ whose latest event says it is available again', () => {
    const status = regionStatus(region, [
      event({ azId: 'xxt1-az4', effect: 'degraded', date: '2026-05-07' }),
      event({ azId: 'xxt1-az4', effect: 'available', date: '2026-05-08' }),
    ])
    expect(status).toMatchObject({ condition: 'open', open: true, outage: false, line: null })
  })

  it('reads the events known at a date only', () => {
    const events = [event({ effect: 'unavailable', date: '2026-03-03' }), event({ effect: 'available', date: '2026-06-01' })]
    expect(regionStatus(region, events, '2026-04-01').condition).toBe('out-of-service')
    expect(regionStatus(region, events, '2026-07-01').condition).toBe('open')
    expect(regionStatus(region, events, '2026-02-01').condition).toBe('open')
  })

  it('keeps an announced region announced until an event says it is available', () => {
    const announced = { ...region, status: 'announced' as const }
    const events = [event({ effect: 'announced', date: '2025-05-27', confidence: 'low' })]
    const status = regionStatus(announced, events)
    expect(status).toMatchObject({ condition: 'announced', open: false, outage: false, since: '2025-05-27', lowConfidence: true })
    expect(status.line).toBe('Announced, not open yet (first announced 2025-05-27) (a single low-confidence report)')
    expect(regionStatus(announced, [...events, event({ effect: 'available', date: '2026-10-01' })]).condition).toBe('open')
  })

  it('ignores the events of other regions, and says nothing about a region without events', () => {
    const status = regionStatus(region, [event({ region: 'yy-test-1', effect: 'unavailable' })])
    expect(status).toMatchObject({ condition: 'open', since: null, line: null, events: [] })
  })

  it('puts an unknown AZ count as no total', () => {
    const status = regionStatus({ ...region, azCount: null }, [event({ azId: 'xxt1-az1', effect: 'unavailable' })])
    expect(status.line).toBe('1 AZ reported out of service since 2026-03-01')
  })
})

describe('the status of the committed dataset', () => {
  const statusOf = (code: string) => {
    const d = committedDataset()
    const r = d.regions.find((x) => x.code === code)!
    return regionStatus(r, d.statusEvents?.events ?? [])
  }

  it('has me-central-1 (UAE) and me-south-1 (Bahrain) out of service since 2026-03-01', () => {
    for (const code of ['me-central-1', 'me-south-1']) {
      const s = statusOf(code)
      expect(s, code).toMatchObject({ condition: 'out-of-service', open: false, since: '2026-03-01' })
      expect(s.line, code).toMatch(/^Region reported out of service since 2026-03-01/)
    }
    expect(statusOf('me-central-1').line).toMatch(/1 of 3 AZs reported out of service, 2 more reported degraded/)
  })

  it('has the announced regions not open, the sovereign cloud open, and us-east-1 open after its thermal event', () => {
    expect(statusOf('me-west-1').condition).toBe('announced')
    expect(statusOf('sa-west-1').condition).toBe('announced')
    expect(statusOf('eusc-de-east-1')).toMatchObject({ condition: 'open', since: '2026-01-15' })
    expect(statusOf('us-east-1').condition).toBe('open')
  })
})
