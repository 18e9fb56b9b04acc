import { describe, expect, it } from 'vitest'
import { azSummary, azSummaryText } from '../../../../src/shared/azs/summary'

describe('azSummary', () => {
  it('lists the AZ IDs where AWS publishes them: use1-az1 … use1-az6 for us-east-1', () => {
    const ids = ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6']
    const summary = azSummary({ azCount: 6, azIds: ids })
    expect(summary).toEqual({ kind: 'ids', count: 6, azs: ids.map((id) => ({ key: id, label: id })), countDiffers: false })
    expect(azSummaryText(summary)).toBe('6 AZs: use1-az1, use1-az2, use1-az3, use1-az4, use1-az5, use1-az6')
  })

  it('numbers the AZs when only their count is known (GovCloud, China, announced regions)', () => {
    const summary = azSummary({ azCount: 3, azIds: [] })
    expect(summary).toEqual({
      kind: 'count-only',
      count: 3,
      azs: [
        { key: 'az-1', label: 'AZ 1' },
        { key: 'az-2', label: 'AZ 2' },
        { key: 'az-3', label: 'AZ 3' },
      ],
    })
    expect(azSummaryText(summary)).toBe('AZ 1…3, IDs not published')
  })

  it('says the count is unknown instead of drawing a guess', () => {
    expect(azSummary({ azCount: null, azIds: [] })).toEqual({ kind: 'unknown' })
    expect(azSummaryText({ kind: 'unknown' })).toBe('AZ count unknown')
  })

  it('flags a stated count that differs from the published IDs, and keeps the IDs', () => {
    expect(azSummary({ azCount: 2, azIds: ['usw1-az1', 'usw1-az2', 'usw1-az3'] })).toMatchObject({ kind: 'ids', count: 3, countDiffers: true })
  })
})
