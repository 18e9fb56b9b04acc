import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { ec2PriceStatus } from '../../../../src/shared/pricing'
import { committedDataset } from '../../fixtures/committedDataset'
import { makeDataset } from '../../fixtures/dataset'

describe('ec2PriceStatus', () => {
  const d = committedDataset()

  it('gives the newest price where a sheet has one', () => {
    expect(ec2PriceStatus(d, 'eu-central-1', 'c6i.xlarge')).toEqual({
      kind: 'priced',
      quote: { sheetId: 'ec2-2025-04-04', sourceId: 'ec2-prices-2025-04', asOf: '2025-04-04', currency: 'USD', perHour: 0.194 },
    })
  })

  it('says "not in the 2025-04-04 price sheet" for a type the sheet lacks in a region it covers, never "not offered"', () => {
    const status = ec2PriceStatus(d, 'eu-central-2', 'c6i.xlarge')
    expect(status).toMatchObject({ kind: 'not-in-sheet', reason: 'type-not-listed', text: 'not in the 2025-04-04 price sheet' })
  })

  it('says the same for a region no USD sheet covers, naming the newest sheet', () => {
    expect(ec2PriceStatus(d, 'ap-southeast-6', 't3.micro')).toMatchObject({
      kind: 'not-in-sheet',
      reason: 'region-not-covered',
      text: 'not in the 2026-07-20 price sheet',
    })
  })

  it('says "not offered" only where a source states it, naming the source', () => {
    const stated: Dataset = makeDataset()
    stated.prices.notOffered = [{ region: 'eu-west-1', instanceType: 't3.micro', sources: ['prices'] }]
    expect(ec2PriceStatus(stated, 'eu-west-1', 't3.micro')).toEqual({ kind: 'not-offered', sources: ['prices'], text: 'not offered in eu-west-1 (per prices)' })
    expect(ec2PriceStatus(makeDataset(), 'eu-west-1', 't3.micro')).toMatchObject({ kind: 'not-in-sheet', text: 'not in the 2025-04-04 price sheet' })
  })

  it('keeps CNY prices apart: China has a CNY price and no USD one', () => {
    expect(ec2PriceStatus(d, 'cn-north-1', 'c6i.xlarge', 'CNY')).toMatchObject({ kind: 'priced', quote: { currency: 'CNY', perHour: 1.47874 } })
    expect(ec2PriceStatus(d, 'cn-north-1', 'c6i.xlarge', 'USD').kind).toBe('not-in-sheet')
  })
})
