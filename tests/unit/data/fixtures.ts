import type { Dataset, Region } from '../../../src/shared/dataset/schema'

/** A region that passes the schema; override any field. */
export function makeRegion(overrides: Partial<Region> = {}): Region {
  return {
    code: 'eu-central-1',
    name: 'Europe (Frankfurt)',
    partition: 'aws',
    city: 'Frankfurt',
    countryCode: 'DE',
    country: 'Germany',
    lat: 50.1109,
    lon: 8.6821,
    coordinatePrecision: 'city',
    launchYear: 2014,
    status: 'available',
    optIn: false,
    azCount: 3,
    azIds: ['euc1-az1', 'euc1-az2', 'euc1-az3'],
    notes: [],
    sources: ['regions'],
    ...overrides,
  }
}

/**
 * The smallest dataset that passes checkDataset: two regions, a 2×2 latency
 * matrix, one network link, one edge location, one service, one price sheet. Each call returns
 * a fresh object, so a test may mutate it freely.
 */
export function makeDataset(): Dataset {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-27T10:00:00.000Z',
    asOf: '2026-11-21',
    sources: [
      { id: 'regions', title: 'Region table', origin: 'npm:example@1.0.0', licence: 'MIT', asOf: '2026-11-21' },
      { id: 'latency', title: 'Latency', origin: 'https://example.org/latency', licence: 'MIT', asOf: '2025-05-29' },
      { id: 'prices', title: 'Prices', origin: 'https://example.org/prices', licence: 'MIT', asOf: '2025-04', note: 'USD' },
    ],
    regions: [
      makeRegion(),
      makeRegion({
        code: 'eu-west-1',
        name: 'Europe (Ireland)',
        city: 'Dublin',
        countryCode: 'IE',
        country: 'Ireland',
        lat: 53.3498,
        lon: -6.2603,
        launchYear: 2007,
        azIds: ['euw1-az1', 'euw1-az2', 'euw1-az3'],
      }),
    ],
    latency: {
      sources: ['latency'],
      percentile: 'p50',
      window: { from: '2024-05-29', to: '2025-05-29' },
      method: 'TCP connect time',
      regions: ['eu-central-1', 'eu-west-1'],
      rttMs: [
        [2.9, 24.1],
        [24.3, null],
      ],
    },
    network: {
      sources: ['latency', 'regions'],
      schematic: true,
      rule: 'Each region is linked to its nearest region by measured round trip.',
      links: [{ from: 'eu-central-1', to: 'eu-west-1', rttMs: 24.1, kind: 'neighbour' }],
    },
    edgeLocations: {
      sources: ['regions'],
      note: 'Cities, not PoPs.',
      items: [
        { id: 'FRA', city: 'Frankfurt am Main', country: 'Germany', countryCode: 'DE', lat: 50.04, lon: 8.56, kind: 'edge', pricingRegion: 'Europe' },
      ],
    },
    services: {
      sources: ['regions'],
      catalogue: [{ id: 'amazon-ec2', name: 'Amazon EC2', url: null }],
      byRegion: { 'eu-central-1': ['amazon-ec2'] },
    },
    prices: {
      sources: ['prices'],
      sheets: [{ id: 'ec2-2025', source: 'prices', asOf: '2025-04-04', currency: 'USD' }],
      instanceTypes: [{ type: 't3.micro', vcpu: 2, memoryGiB: 1 }],
      ec2: [{ sheet: 'ec2-2025', region: 'eu-central-1', instanceType: 't3.micro', perHour: 0.012 }],
      s3: [
        {
          sheet: 'ec2-2025',
          region: 'eu-west-1',
          first50TBPerGBMonth: 0.023,
          next450TBPerGBMonth: null,
          over500TBPerGBMonth: null,
          getPer1000: 0.0004,
          putPer1000: 0.005,
        },
      ],
    },
  }
}
