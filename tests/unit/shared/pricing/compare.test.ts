import { describe, expect, it } from 'vitest'
import { compareEc2Prices, dateBasis, describeQuotePair, priceIndex } from '../../../../src/shared/pricing'
import { committedDataset } from '../../fixtures/committedDataset'

describe('price comparisons compare sheets of one date, or say they mix dates', () => {
  const d = committedDataset()

  it('compares Frankfurt with us-east-1 in the 2025-04-04 sheet that has both, though us-east-1 has a newer one', () => {
    const pair = compareEc2Prices(d, 'eu-central-1', 'us-east-1', 'c7i.large')
    expect(pair?.a.asOf).toBe('2025-04-04')
    expect(pair?.b.asOf).toBe('2025-04-04')
    expect(pair?.basis).toEqual({ dates: ['2025-04-04'], mixesDates: false, note: 'all from the 2025-04-04 price sheet' })
    expect(describeQuotePair(pair!)).toBe('$0.1019 vs $0.0893 (2025-04-04 sheet)')
  })

  it('says when the two prices come from sheets of different dates', () => {
    const basis = dateBasis([{ asOf: '2025-04-04' }, { asOf: '2026-07-20' }])
    expect(basis).toEqual({ dates: ['2025-04-04', '2026-07-20'], mixesDates: true, note: 'mixes price sheets of 2025-04-04 and 2026-07-20' })
  })

  it("gives the price index the dates it rests on: Frankfurt's index against us-east-1 uses one date", () => {
    const index = priceIndex(d, 'eu-central-1')
    expect(index?.basis.mixesDates).toBe(false)
    expect(index?.basis.dates).toEqual(['2025-04-04'])
    expect(index?.typesCompared).toContain('c6i.xlarge')
    expect(Math.round(((index?.index ?? 0) - 1) * 100)).toBe(17)
  })

  it('returns null when either region has no USD price for the type', () => {
    expect(compareEc2Prices(d, 'cn-north-1', 'us-east-1', 't3.micro')).toBeNull()
  })
})
