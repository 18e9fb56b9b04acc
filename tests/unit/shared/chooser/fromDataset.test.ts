import { describe, expect, it } from 'vitest'
import { chooseFromDataset, chooseRegions, chooserFacts, type ChooserInput, type ChooserRegion } from '../../../../src/shared/chooser'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import type { RankedRegion } from '../../../../src/shared/latency'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

const region = (code: string, countryCode: string, status?: ChooserRegion['status']): ChooserRegion => ({
  code,
  countryCode,
  country: countryCode === 'DE' ? 'Germany' : countryCode,
  partition: 'aws',
  ...(status ? { status } : {}),
})

function input(regions: ChooserRegion[], overrides: Partial<ChooserInput> = {}): ChooserInput {
  return {
    regions,
    residency: { kind: 'any' },
    requiredServices: [],
    servicesOf: () => new Set(['ec2']),
    rttOf: () => 20,
    priceIndexOf: () => 1,
    weights: { proximity: 0.5, price: 0.5 },
    ...overrides,
  }
}

describe('chooseRegions and announced regions', () => {
  it('never ranks an announced region, and says it is not open yet', () => {
    const result = chooseRegions(input([region('de-open-1', 'DE'), region('de-soon-1', 'DE', 'announced')]))
    expect(result.ranked.map((r) => r.code)).toEqual(['de-open-1'])
    expect(result.excluded).toEqual([{ code: 'de-soon-1', because: 'not-open', reason: 'announced, not open yet' }])
  })

  it('does not count announced regions in the relax advice', () => {
    const result = chooseRegions(
      input([region('de-open-1', 'DE'), region('sa-soon-1', 'SA', 'announced')], {
        residency: { kind: 'country', countryCode: 'SA' },
      }),
    )
    expect(result.ranked).toEqual([])
    expect(result.relax?.constraint).toBe('residency')
    expect(result.relax?.remaining).toBe(1)
    expect(result.relax?.message).toBe('No region is in SA. Dropping the residency constraint leaves 1 region.')
  })
})

describe('chooseRegions exclusion wording', () => {
  it('names the country of a country constraint in the exclusion reason', () => {
    const result = chooseRegions(
      input([region('de-open-1', 'DE'), region('us-open-1', 'US')], { residency: { kind: 'country', countryCode: 'DE' } }),
    )
    expect(result.excluded).toEqual([
      {
        code: 'us-open-1',
        because: 'residency',
        reason: 'outside the residency constraint (data must stay in Germany)',
      },
    ])
  })
})

describe('chooseRegions proximity wording', () => {
  it('says whether a round trip is estimated or measured when the caller knows', () => {
    const estimated = chooseRegions(input([region('de-open-1', 'DE')], { rttBasisOf: () => 'estimated', rttOf: () => 11.6 }))
    expect(estimated.ranked[0]?.reasons).toContain('12 ms from you (estimated)')
    const measured = chooseRegions(input([region('de-open-1', 'DE')], { rttBasisOf: () => 'measured' }))
    expect(measured.ranked[0]?.reasons).toContain('20 ms from you (measured)')
  })
})

/** Two German regions (one without a service list), Ireland and the US, with EC2 prices for the index. */
function germanDataset(): Dataset {
  const base = makeDataset()
  const rows = (region: string, factor: number) =>
    (['t3.micro', 't3.small', 'm5.large'] as const).map((instanceType, i) => ({
      sheet: 'ec2-2025',
      region,
      instanceType,
      perHour: (i + 1) * 0.01 * factor,
    }))
  return {
    ...base,
    regions: [
      ...base.regions,
      makeRegion({ code: 'us-east-1', countryCode: 'US', country: 'United States', city: 'Ashburn', azIds: [] }),
      makeRegion({ code: 'eusc-de-east-1', partition: 'aws-eusc', city: 'Brandenburg', azIds: [] }),
    ],
    services: {
      sources: base.services.sources,
      catalogue: [
        { id: 'amazon-ec2', name: 'Amazon EC2', url: null },
        { id: 'amazon-braket', name: 'Amazon Braket', url: null },
      ],
      byRegion: { 'eu-central-1': ['amazon-ec2'], 'eu-west-1': ['amazon-ec2', 'amazon-braket'], 'us-east-1': ['amazon-ec2'] },
    },
    prices: { ...base.prices, ec2: [...rows('us-east-1', 1), ...rows('eu-central-1', 1.17), ...rows('eu-west-1', 1.1)] },
  }
}

const latency = (pairs: [string, number][]): RankedRegion[] =>
  pairs.map(([code, rttMs]) => ({ code, rttMs, lowMs: rttMs * 0.8, highMs: rttMs * 1.2, basis: 'estimated' }))

describe('chooseFromDataset', () => {
  it('reads the services, the price index against us-east-1 and the user round trips from the dataset', () => {
    const dataset = germanDataset()
    const facts = chooserFacts(dataset)
    expect(facts.priceIndex.get('eu-central-1')).toBeCloseTo(1.17, 10)
    expect(facts.priceIndex.get('eusc-de-east-1')).toBeNull()
    expect(facts.services.has('eusc-de-east-1')).toBe(false)

    const result = chooseFromDataset(dataset, facts, {
      residency: { kind: 'any' },
      requiredServices: ['amazon-ec2'],
      weights: { proximity: 1, price: 0 },
      latency: latency([
        ['eu-central-1', 12],
        ['eu-west-1', 25],
        ['us-east-1', 95],
        ['eusc-de-east-1', 14],
      ]),
    })
    expect(result.ranked.map((r) => r.code)).toEqual(['eu-central-1', 'eu-west-1', 'us-east-1'])
    expect(result.ranked[0]?.reasons).toEqual([
      'offers the required service ✓',
      '12 ms from you (estimated)',
      '17 % dearer than us-east-1',
    ])
    expect(result.excluded).toEqual([
      { code: 'eusc-de-east-1', because: 'services-unknown', reason: expect.stringContaining('service list unknown') as string },
    ])
  })

  it('names the missing service in the relax advice by its catalogue name', () => {
    const dataset = germanDataset()
    const result = chooseFromDataset(dataset, chooserFacts(dataset), {
      residency: { kind: 'country', countryCode: 'DE' },
      requiredServices: ['amazon-braket'],
      weights: { proximity: 0.5, price: 0.5 },
      latency: [],
    })
    expect(result.ranked).toEqual([])
    expect(result.relax?.constraint).toBe('services')
    // eusc-de-east-1 has no service list in this dataset: it is never said to lack Amazon Braket.
    expect(result.relax?.message).toContain('None of those with a known service list offers Amazon Braket.')
    expect(result.relax?.message).toContain('The service list of eusc-de-east-1 is unknown')
  })

  it('leaves proximity unknown without a location', () => {
    const dataset = germanDataset()
    const result = chooseFromDataset(dataset, chooserFacts(dataset), {
      residency: { kind: 'eu-eea' },
      requiredServices: [],
      weights: { proximity: 1, price: 0 },
      latency: [],
    })
    expect(result.ranked.every((r) => r.factors.proximity === null && r.rttMs === null)).toBe(true)
  })
})
