import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Ec2Price, Prices } from '../../../../src/shared/dataset/schema'
import { parseDataset } from '../../../../src/shared/dataset/validate'
import {
  HOURS_PER_MONTH,
  ec2PriceSheetFor,
  monthlyCost,
  priceIndex,
  priceIndexesOf,
  s3Tiers,
  type PricesInput,
} from '../../../../src/shared/pricing'

const TYPES = ['t3.micro', 't3.medium', 'm5.large', 'c7g.large']
const BASE: Record<string, number> = { 't3.micro': 0.0104, 't3.medium': 0.0416, 'm5.large': 0.096, 'c7g.large': 0.0725 }

function rows(sheet: string, region: string, factor: number, types = TYPES): Ec2Price[] {
  return types.map((instanceType) => ({ sheet, region, instanceType, perHour: (BASE[instanceType] ?? 0) * factor }))
}

/** Two USD sheets of different dates and one CNY sheet, over a handful of made-up regions. */
function fixture(ec2: Ec2Price[], s3: Prices['s3'] = []): PricesInput {
  return {
    prices: {
      sources: ['old', 'new'],
      sheets: [
        { id: 'usd-old', source: 'old', asOf: '2025-04-04', currency: 'USD' },
        { id: 'usd-new', source: 'new', asOf: '2026-07-20', currency: 'USD' },
        { id: 'cny', source: 'new', asOf: '2026-07-20', currency: 'CNY' },
      ],
      instanceTypes: TYPES.map((type) => ({ type, vcpu: 2, memoryGiB: 4 })),
      ec2,
      s3,
    },
  }
}

const datasetFile = new URL('../../../../assets/data/infrastructure.json', import.meta.url)
const check = parseDataset(readFileSync(datasetFile, 'utf8'))
if (!check.ok) throw new Error(check.problems.join('\n'))
const real = check.dataset

describe('the EC2 prices shown for a region', () => {
  it('takes each type from the newest USD sheet that has a row for it, with that sheet', () => {
    const data = fixture([...rows('usd-old', 'xx-east-1', 1), ...rows('usd-new', 'xx-east-1', 1.2, ['m5.large'])])
    const lines = ec2PriceSheetFor(data, 'xx-east-1')
    const m5 = lines.find((line) => line.type === 'm5.large')
    const micro = lines.find((line) => line.type === 't3.micro')
    expect(m5?.usd).toEqual({ sheetId: 'usd-new', sourceId: 'new', asOf: '2026-07-20', currency: 'USD', perHour: 0.096 * 1.2 })
    expect(micro?.usd).toEqual({ sheetId: 'usd-old', sourceId: 'old', asOf: '2025-04-04', currency: 'USD', perHour: 0.0104 })
  })

  it('lists every instance type, with null for a type no sheet prices in that region', () => {
    const lines = ec2PriceSheetFor(fixture(rows('usd-old', 'xx-east-1', 1, ['t3.micro'])), 'xx-east-1')
    expect(lines.map((line) => line.type)).toEqual(TYPES)
    expect(lines.filter((line) => line.usd === null).map((line) => line.type)).toEqual(['t3.medium', 'm5.large', 'c7g.large'])
  })

  it('keeps CNY prices apart from USD ones', () => {
    const lines = ec2PriceSheetFor(fixture(rows('cny', 'cn-north-1', 7)), 'cn-north-1')
    expect(lines.every((line) => line.usd === null)).toBe(true)
    expect(lines[0]?.cny).toMatchObject({ currency: 'CNY', sheetId: 'cny', perHour: 0.0104 * 7 })
  })

  it('prices m8g.large in us-gov-west-1 from the only sheet that has it', () => {
    const m8g = ec2PriceSheetFor(real, 'us-gov-west-1').find((line) => line.type === 'm8g.large')
    expect(m8g?.usd?.sheetId).toBe('ec2-karpenter-2026-07-20')
  })
})

describe('the price index', () => {
  it('is exactly 1 for the reference region itself', () => {
    expect(priceIndex(real, 'us-east-1')?.index).toBe(1)
  })

  it('is 1.1 for a region whose prices are all 10 % higher', () => {
    const data = fixture([...rows('usd-old', 'us-east-1', 1), ...rows('usd-old', 'xx-dear-1', 1.1)])
    const index = priceIndex(data, 'xx-dear-1')
    expect(index?.index).toBeCloseTo(1.1, 12)
    expect(index?.typesCompared).toEqual([...TYPES].sort())
    expect(index?.sheetIds).toEqual(['usd-old'])
  })

  it('is the reciprocal when the two regions swap roles', () => {
    const data = fixture([...rows('usd-old', 'us-east-1', 1), ...rows('usd-old', 'xx-dear-1', 1.25)])
    expect(priceIndex(data, 'us-east-1', 'xx-dear-1')?.index).toBeCloseTo(0.8, 12)
  })

  it('ignores instance types that one side lacks', () => {
    const data = fixture([
      ...rows('usd-old', 'us-east-1', 1, ['t3.micro', 't3.medium', 'm5.large']),
      ...rows('usd-old', 'xx-dear-1', 1.1, ['t3.medium', 'm5.large', 'c7g.large']),
      // t3.micro only in the reference, c7g.large only in the region: neither may count.
      { sheet: 'usd-old', region: 'xx-dear-1', instanceType: 'r7i.large', perHour: 5 },
    ])
    expect(priceIndex(data, 'xx-dear-1')).toBeNull()
    const wider = fixture([
      ...rows('usd-old', 'us-east-1', 1),
      ...rows('usd-old', 'xx-dear-1', 1.1, ['t3.medium', 'm5.large', 'c7g.large']),
      { sheet: 'usd-old', region: 'xx-dear-1', instanceType: 'r7i.large', perHour: 5 },
    ])
    const index = priceIndex(wider, 'xx-dear-1')
    expect(index?.typesCompared).toEqual(['c7g.large', 'm5.large', 't3.medium'])
    expect(index?.index).toBeCloseTo(1.1, 12)
  })

  it('compares prices from the same sheet when one sheet has both', () => {
    const data = fixture([
      ...rows('usd-old', 'us-east-1', 1),
      ...rows('usd-new', 'us-east-1', 2),
      ...rows('usd-old', 'xx-dear-1', 1.1),
    ])
    // The newer reference sheet has doubled prices; mixing dates would give 0.55.
    expect(priceIndex(data, 'xx-dear-1')).toMatchObject({ sheetIds: ['usd-old'] })
    expect(priceIndex(data, 'xx-dear-1')?.index).toBeCloseTo(1.1, 12)
  })

  it('falls back to each side’s newest sheet when no sheet has both', () => {
    const data = fixture([...rows('usd-new', 'us-east-1', 1), ...rows('usd-old', 'xx-dear-1', 1.1)])
    expect(priceIndex(data, 'xx-dear-1')).toMatchObject({ sheetIds: ['usd-new', 'usd-old'] })
  })

  it('never lets CNY prices in: a region priced only in CNY has no index', () => {
    const data = fixture([...rows('usd-old', 'us-east-1', 1), ...rows('cny', 'cn-north-1', 1)])
    expect(priceIndex(data, 'cn-north-1')).toBeNull()
    expect(priceIndex(real, 'cn-north-1')).toBeNull()
  })

  it('is null for fewer than three comparable types, and for a region with no prices', () => {
    const data = fixture([...rows('usd-old', 'us-east-1', 1), ...rows('usd-old', 'xx-dear-1', 1.1, ['t3.micro', 'm5.large'])])
    expect(priceIndex(data, 'xx-dear-1')).toBeNull()
    expect(priceIndex(real, 'me-west-1')).toBeNull()
  })

  it('finds São Paulo dearer than N. Virginia in the shipped data', () => {
    const index = priceIndex(real, 'sa-east-1')
    expect(index?.index).toBeGreaterThan(1)
    expect(index?.typesCompared.length).toBeGreaterThanOrEqual(3)
  })

  it('is worked out once per dataset for every region, and agrees with priceIndex', () => {
    const indexes = priceIndexesOf(real)
    expect(priceIndexesOf(real)).toBe(indexes)
    expect([...indexes.keys()]).toEqual(real.regions.map((r) => r.code))
    for (const region of real.regions) expect(indexes.get(region.code)).toEqual(priceIndex(real, region.code))
  })
})

describe('monthly cost', () => {
  it('runs a price for 730 hours, as AWS does', () => {
    expect(HOURS_PER_MONTH).toBe(730)
    const microPerHour = ec2PriceSheetFor(real, 'us-east-1').find((line) => line.type === 't3.micro')?.usd?.perHour
    expect(microPerHour).toBe(0.0104)
    expect(monthlyCost(microPerHour ?? 0)).toBeCloseTo(7.59, 2)
  })
})

describe('S3 tiers', () => {
  it('gives the three storage tiers with their bounds, keeping an unknown tier null', () => {
    const data = fixture(
      [],
      [
        {
          sheet: 'usd-old',
          region: 'xx-east-1',
          first50TBPerGBMonth: 0.023,
          next450TBPerGBMonth: null,
          over500TBPerGBMonth: 0.021,
          getPer1000: 0.0004,
          putPer1000: 0.005,
        },
      ],
    )
    expect(s3Tiers(data, 'xx-east-1')).toEqual({
      sheetId: 'usd-old',
      sourceId: 'old',
      asOf: '2025-04-04',
      currency: 'USD',
      tiers: [
        { fromTB: 0, toTB: 50, perGBMonth: 0.023 },
        { fromTB: 50, toTB: 500, perGBMonth: null },
        { fromTB: 500, toTB: null, perGBMonth: 0.021 },
      ],
      getPer1000: 0.0004,
      putPer1000: 0.005,
    })
  })

  it('is null for a region no sheet prices', () => {
    expect(s3Tiers(fixture([]), 'xx-east-1')).toBeNull()
    expect(s3Tiers(real, 'cn-north-1')).toBeNull()
  })

  it('finds the shipped us-east-1 first tier', () => {
    expect(s3Tiers(real, 'us-east-1')?.tiers[0]?.perGBMonth).toBe(0.023)
  })
})
