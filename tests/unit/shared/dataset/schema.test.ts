import { describe, expect, it } from 'vitest'
import { DatasetSchema, RegionSchema } from '../../../../src/shared/dataset/schema'
import { checkDataset } from '../../../../src/shared/dataset/validate'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

function issuesOf(value: unknown): string[] {
  const result = DatasetSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('DatasetSchema', () => {
  it('accepts the minimal fixture dataset', () => {
    expect(issuesOf(makeDataset())).toEqual([])
  })

  it.each([90.0001, -90.5, 180])('rejects a latitude of %d', (lat) => {
    const d = makeDataset()
    d.regions[1]!.lat = lat
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^regions\.1\.lat: /)])
  })

  it('rejects a longitude beyond 180 degrees on an edge location', () => {
    const d = makeDataset()
    d.edgeLocations.items[0]!.lon = 181
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^edgeLocations\.items\.0\.lon: /)])
  })

  it.each([
    ['a latitude', (d: ReturnType<typeof makeDataset>) => (d.regions[0]!.lat = Infinity), /^regions\.0\.lat/],
    ['a latency', (d: ReturnType<typeof makeDataset>) => (d.latency.rttMs[0]![1] = Infinity), /^latency\.rttMs\.0\.1/],
    ['a price', (d: ReturnType<typeof makeDataset>) => (d.prices.ec2[0]!.perHour = Infinity), /^prices\.ec2\.0\.perHour/],
    ['a price that is NaN', (d: ReturnType<typeof makeDataset>) => (d.prices.ec2[0]!.perHour = NaN), /^prices\.ec2\.0\.perHour/],
  ])('rejects a non-finite number as %s', (_what, mutate, path) => {
    const d = makeDataset()
    mutate(d)
    const issues = issuesOf(d)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(path)
  })

  it('rejects values of the wrong type', () => {
    const region = { ...makeRegion(), lat: '50.11', optIn: 'no', launchYear: 2014.5, azIds: 'euc1-az1' }
    const paths = RegionSchema.safeParse(region).error?.issues.map((i) => i.path.join('.'))
    expect(paths?.sort()).toEqual(['azIds', 'lat', 'launchYear', 'optIn'])
  })

  it.each(['EU-central-1', 'eu-central', 'frankfurt', 'eu_central_1', ''])('rejects the region code "%s"', (code) => {
    expect(RegionSchema.safeParse(makeRegion({ code })).success).toBe(false)
  })

  it.each(['eu-central-1', 'us-gov-west-1', 'cn-northwest-1', 'eusc-de-east-1', 'ap-southeast-7'])(
    'accepts the region code "%s"',
    (code) => {
      expect(RegionSchema.safeParse(makeRegion({ code })).success).toBe(true)
    },
  )

  it('rejects a bad region code inside the latency matrix labels', () => {
    const d = makeDataset()
    d.latency.regions[1] = 'Ireland'
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^latency\.regions\.1: expected a region code/)])
  })

  it('rejects a zero or negative price, since unknown prices are left out instead', () => {
    const d = makeDataset()
    d.prices.ec2[0]!.perHour = 0
    d.prices.s3[0]!.getPer1000 = -0.0004
    expect(issuesOf(d).map((i) => i.split(':')[0])).toEqual(['prices.ec2.0.perHour', 'prices.s3.0.getPer1000'])
  })

  it('rejects a country name where an ISO country code belongs', () => {
    expect(RegionSchema.safeParse(makeRegion({ countryCode: 'Germany' })).success).toBe(false)
  })

  it('rejects a generatedAt that is not an ISO date-time and an asOf that is not a date', () => {
    const d = { ...makeDataset(), generatedAt: 'yesterday', asOf: '21/11/2026' }
    expect(issuesOf(d).map((i) => i.split(':')[0]).sort()).toEqual(['asOf', 'generatedAt'])
  })

  it('rejects a currency other than USD and CNY', () => {
    const d = makeDataset() as unknown as { prices: { sheets: { currency: string }[] } }
    d.prices.sheets[0]!.currency = 'EUR'
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^prices\.sheets\.0\.currency/)])
  })
})

describe('the network section', () => {
  it('requires the network and marks it schematic', () => {
    const { network: _network, ...withoutNetwork } = makeDataset()
    expect(issuesOf(withoutNetwork)).toEqual([expect.stringMatching(/^network: /)])
    const d = makeDataset() as unknown as { network: { schematic: boolean } }
    d.network.schematic = false
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^network\.schematic: /)])
  })

  it('requires a rule in words', () => {
    const d = makeDataset()
    d.network.rule = '  '
    expect(issuesOf(d)).toEqual([expect.stringMatching(/^network\.rule: /)])
  })

  it('accepts a link without a round trip and rejects one of another kind or with a bad endpoint', () => {
    const d = makeDataset() as unknown as { network: { links: Record<string, unknown>[] } }
    d.network.links.push({ from: 'eu-west-1', to: 'us-east-1', rttMs: null, kind: 'neighbour' })
    expect(issuesOf(d)).toEqual([])
    d.network.links.push({ from: 'eu-west-1', to: 'Virginia', rttMs: -1, kind: 'cable' })
    expect(issuesOf(d).map((i) => i.split(':')[0]).sort()).toEqual([
      'network.links.2.kind',
      'network.links.2.rttMs',
      'network.links.2.to',
    ])
  })
})

describe('schema version', () => {
  it('tells the user to update the app when the file is newer than the app', () => {
    const result = checkDataset({ ...makeDataset(), schemaVersion: 3 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([expect.stringMatching(/^schemaVersion: .*version 3.*update the app/)])
  })

  it('rejects an older or missing version without suggesting an update', () => {
    for (const schemaVersion of [0, 1, undefined]) {
      const result = checkDataset({ ...makeDataset(), schemaVersion })
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.problems.some((p) => p.startsWith('schemaVersion: '))).toBe(true)
      expect(result.problems.join('\n')).not.toMatch(/update the app/)
    }
  })
})
