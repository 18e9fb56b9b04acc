import type { Dataset, Region } from '../../../src/shared/dataset/schema'
import { checkDataset } from '../../../src/shared/dataset/validate'

/**
 * A small, realistic dataset for the renderer tests: six regions that cover
 * every case the panel words differently (an accented city, an announced
 * region without launch year or AZ IDs, a separate partition, opt-in).
 * It is validated when the module loads, so it cannot drift from the schema.
 */
const regions: Region[] = [
  {
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
    sources: ['aws-sdk-partitions', 'curated-regions', 'aws-az-ids'],
  },
  {
    code: 'sa-east-1',
    name: 'South America (São Paulo)',
    partition: 'aws',
    city: 'São Paulo',
    countryCode: 'BR',
    country: 'Brazil',
    lat: -23.5505,
    lon: -46.6333,
    coordinatePrecision: 'city',
    launchYear: 2011,
    status: 'available',
    optIn: false,
    azCount: 3,
    azIds: ['sae1-az1', 'sae1-az2', 'sae1-az3'],
    notes: [],
    sources: ['aws-sdk-partitions', 'curated-regions', 'aws-az-ids'],
  },
  {
    code: 'us-east-1',
    name: 'US East (N. Virginia)',
    partition: 'aws',
    city: 'Ashburn',
    countryCode: 'US',
    country: 'United States',
    lat: 39.0438,
    lon: -77.4874,
    coordinatePrecision: 'metro',
    launchYear: 2006,
    status: 'available',
    optIn: false,
    azCount: 6,
    azIds: ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6'],
    notes: ['An additional AZ in Maryland is announced for 2026.'],
    sources: ['aws-sdk-partitions', 'curated-regions', 'aws-az-ids'],
  },
  {
    code: 'mx-central-1',
    name: 'Mexico (Central)',
    partition: 'aws',
    city: 'Querétaro',
    countryCode: 'MX',
    country: 'Mexico',
    lat: 20.5888,
    lon: -100.3899,
    coordinatePrecision: 'city',
    launchYear: 2025,
    status: 'available',
    optIn: true,
    azCount: 3,
    azIds: ['mxc1-az1', 'mxc1-az2', 'mxc1-az3'],
    notes: [],
    sources: ['aws-sdk-partitions', 'curated-regions', 'aws-az-ids'],
  },
  {
    code: 'me-west-1',
    name: 'Middle East (Saudi Arabia)',
    partition: 'aws',
    city: 'Riyadh',
    countryCode: 'SA',
    country: 'Saudi Arabia',
    lat: 24.7136,
    lon: 46.6753,
    coordinatePrecision: 'country',
    launchYear: null,
    status: 'announced',
    optIn: true,
    azCount: 3,
    azIds: [],
    notes: ['Listed by the AWS SDK; its launch is not confirmed.'],
    sources: ['aws-sdk-partitions', 'curated-regions'],
  },
  {
    code: 'cn-north-1',
    name: 'China (Beijing)',
    partition: 'aws-cn',
    city: 'Beijing',
    countryCode: 'CN',
    country: 'China',
    lat: 39.9042,
    lon: 116.4074,
    coordinatePrecision: 'city',
    launchYear: 2014,
    status: 'available',
    optIn: false,
    azCount: null,
    azIds: [],
    notes: [],
    sources: ['aws-sdk-partitions', 'curated-regions'],
  },
]

const dataset: Dataset = {
  schemaVersion: 1,
  generatedAt: '2026-11-27T12:00:00.000Z',
  asOf: '2026-11-27',
  sources: [
    {
      id: 'aws-sdk-partitions',
      title: 'AWS SDK for JavaScript v3 partitions',
      origin: 'npm:@aws-sdk/core@3.981.1',
      licence: 'Apache-2.0',
      asOf: '2026-11-21',
    },
    {
      id: 'curated-regions',
      title: 'InfraGlobe curated region table',
      origin: 'https://example.invalid/curated-regions.csv',
      licence: 'own compilation',
      asOf: '2026-11-27',
      note: 'Coordinates are city or metro level.',
    },
    {
      id: 'aws-az-ids',
      title: 'AWS Availability Zones documentation',
      origin: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html',
      licence: 'AWS documentation (CC BY-SA 4.0, unverified)',
      asOf: '2025-11',
    },
    {
      id: 'cloudping',
      title: 'cloudping.co inter-region latency',
      origin: 'https://www.cloudping.co/',
      licence: 'no licence stated (measurements)',
      asOf: '2025-05-29',
    },
  ],
  regions,
  latency: {
    sources: ['cloudping'],
    percentile: 'p50',
    window: { from: '2024-06', to: '2025-05' },
    method: 'TCP connect time between regional endpoints',
    regions: ['eu-central-1', 'us-east-1'],
    rttMs: [
      [null, 92.4],
      [91.8, null],
    ],
  },
  network: {
    sources: ['cloudping'],
    schematic: true,
    rule: 'Each region is linked to its two nearest neighbours by measured round trip, plus the long-haul links between continents.',
    links: [{ from: 'eu-central-1', to: 'us-east-1', rttMs: 92.4, kind: 'long-haul' }],
  },
  edgeLocations: { sources: ['cloudping'], note: 'Not used in these tests.', items: [] },
  services: { sources: ['cloudping'], catalogue: [], byRegion: {} },
  prices: {
    sources: ['cloudping'],
    sheets: [{ id: 'ec2-2025-04', source: 'cloudping', asOf: '2025-04-04', currency: 'USD' }],
    instanceTypes: [],
    ec2: [],
    s3: [],
  },
}

const check = checkDataset(dataset)
if (!check.ok) throw new Error(`The renderer test fixture is invalid:\n${check.problems.join('\n')}`)

/** A fresh copy per call, so no test can change another's data. */
export function makeDataset(): Dataset {
  return structuredClone(dataset)
}

export const fixtureFile = 'assets/data/infrastructure.json'
