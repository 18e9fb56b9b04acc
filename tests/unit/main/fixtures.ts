import type { Dataset } from '../../../src/shared/dataset/schema'

/** The smallest dataset that passes the schema and every cross-reference check. */
export function minimalDataset(): Dataset {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-01T12:00:00Z',
    asOf: '2026-10-01',
    sources: [
      {
        id: 'aws-regions',
        title: 'AWS Regions and Availability Zones',
        origin: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
        licence: 'CC BY-SA 4.0',
        asOf: '2026-10-01',
      },
    ],
    regions: [
      {
        code: 'eu-central-1',
        name: 'Europe (Frankfurt)',
        partition: 'aws',
        city: 'Frankfurt',
        countryCode: 'DE',
        country: 'Germany',
        lat: 50.11,
        lon: 8.68,
        coordinatePrecision: 'city',
        launchYear: 2014,
        status: 'available',
        optIn: false,
        azCount: 3,
        azIds: ['euc1-az1', 'euc1-az2', 'euc1-az3'],
        notes: [],
        sources: ['aws-regions'],
      },
      {
        code: 'us-east-1',
        name: 'US East (N. Virginia)',
        partition: 'aws',
        city: 'Ashburn',
        countryCode: 'US',
        country: 'United States',
        lat: 39.04,
        lon: -77.49,
        coordinatePrecision: 'metro',
        launchYear: 2006,
        status: 'available',
        optIn: false,
        azCount: 6,
        azIds: [],
        notes: [],
        sources: ['aws-regions'],
      },
    ],
    latency: {
      sources: ['aws-regions'],
      percentile: 'p50',
      window: { from: '2026-09-01', to: '2026-09-30' },
      method: 'round trip between regions',
      regions: ['eu-central-1', 'us-east-1'],
      rttMs: [
        [0, 90.5],
        [90.5, 0],
      ],
    },
    network: {
      sources: ['aws-regions'],
      schematic: true,
      rule: 'each region linked to its nearest neighbour by measured round trip',
      links: [{ from: 'eu-central-1', to: 'us-east-1', rttMs: 90.5, kind: 'long-haul' }],
    },
    edgeLocations: {
      sources: ['aws-regions'],
      note: 'one entry per metro',
      items: [
        {
          id: 'FRA',
          city: 'Frankfurt',
          country: 'Germany',
          countryCode: 'DE',
          lat: 50.11,
          lon: 8.68,
          kind: 'edge',
          pricingRegion: null,
        },
      ],
    },
    services: {
      sources: ['aws-regions'],
      catalogue: [{ id: 'ec2', name: 'Amazon EC2', url: null }],
      byRegion: { 'eu-central-1': ['ec2'] },
    },
    prices: {
      sources: ['aws-regions'],
      sheets: [{ id: 'ondemand-2026-10', source: 'aws-regions', asOf: '2026-10-01', currency: 'USD' }],
      instanceTypes: [{ type: 't3.micro', vcpu: 2, memoryGiB: 1 }],
      ec2: [{ sheet: 'ondemand-2026-10', region: 'eu-central-1', instanceType: 't3.micro', perHour: 0.012 }],
      s3: [],
    },
  }
}
