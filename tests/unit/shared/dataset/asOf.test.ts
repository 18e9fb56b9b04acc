import { describe, expect, it } from 'vitest'
import { datasetDates, describeDatasetDates } from '../../../../src/shared/dataset/asOf'
import { committedDataset } from '../../fixtures/committedDataset'
import { makeDataset } from '../../fixtures/dataset'

describe('datasetDates', () => {
  it('gives each layer of the committed dataset its own as-of date, prices per sheet', () => {
    const dates = datasetDates(committedDataset())
    const byKey = new Map(dates.layers.map((l) => [l.key, l]))
    expect(byKey.get('latency')?.asOf).toBe('2025-05-29')
    expect(byKey.get('prices/s3-2024-09-25')).toMatchObject({ asOf: '2024-09-25', label: 'S3 prices in USD, sheet of 2024-09-25' })
    expect(byKey.get('prices/ec2-2025-04-04')).toMatchObject({ asOf: '2025-04-04', label: 'EC2 prices in USD, sheet of 2025-04-04' })
    expect(byKey.get('prices/ec2-karpenter-2026-07-20')?.asOf).toBe('2026-07-20')
    expect(byKey.get('regions')?.asOf).toBe('2026-11-27')
    expect(byKey.get('regions')?.sourceIds).toContain('aws-sdk-partitions')
    // A launch post cited for one field of one region does not date the whole layer.
    expect(byKey.get('regions')?.sourceIds).not.toContain('aws-blog-china-regions')
    expect(byKey.get('statusEvents')?.asOf).toBe('2026-12-04')
    expect(dates.oldest.key).toBe('prices/s3-2024-09-25')
    expect(dates.newest.asOf).toBe('2026-12-04')
  })

  it('describes the range as newest and oldest, never one date for all', () => {
    expect(describeDatasetDates(datasetDates(committedDataset()))).toBe(
      'Newest data 2026-12-04 (Region status events), oldest 2024-09-25 (S3 prices in USD, sheet of 2024-09-25)',
    )
  })

  it('works on a dataset without status events, and says "all data as of" when every layer has one date', () => {
    const d = makeDataset()
    for (const s of d.sources) s.asOf = '2025-01-01'
    d.prices.sheets[0]!.asOf = '2025-01-01'
    const dates = datasetDates(d)
    expect(dates.layers.some((l) => l.layer === 'statusEvents')).toBe(false)
    expect(describeDatasetDates(dates)).toBe('All data as of 2025-01-01')
  })
})
