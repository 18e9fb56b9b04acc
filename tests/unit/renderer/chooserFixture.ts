import type { Dataset, Ec2Price } from '../../../src/shared/dataset/schema'
import { makeRegion } from '../fixtures/dataset'
import { makeDataset } from './fixtures'

export const SERVICES = {
  ec2: 'amazon-elastic-compute-cloud-ec2',
  s3: 'amazon-simple-storage-service-s3',
  lambda: 'aws-lambda',
  rds: 'amazon-relational-database-service-rds',
  braket: 'amazon-braket',
} as const

const TYPES = ['t3.micro', 't3.small', 'm5.large'] as const

/** EC2 rows for a region at `factor` times us-east-1's prices: its price index is `factor`. */
function ec2Rows(region: string, factor: number): Ec2Price[] {
  return TYPES.map((instanceType, i) => ({ sheet: 'ec2-2025-04', region, instanceType, perHour: 0.01 * (i + 1) * factor }))
}

/**
 * The six-region fixture plus a second German region (the European Sovereign
 * Cloud, with a shorter service list and no USD prices) and Ireland, with
 * services and EC2 prices:
 *
 *   region          country  services                       price index
 *   eu-central-1    DE       ec2 s3 lambda rds              1.17
 *   eusc-de-east-1  DE       ec2 s3                         unknown
 *   eu-west-1       IE       ec2 s3 lambda rds braket       1.10
 *   us-east-1       US       ec2 s3 lambda rds braket       1 (reference)
 *   sa-east-1       BR       ec2 s3 lambda                  1.60
 *   mx-central-1    MX       ec2                            1.05
 *   me-west-1       SA       unknown (announced)            unknown
 *   cn-north-1      CN       unknown                        unknown
 */
export function makeChooserDataset(): Dataset {
  const base = makeDataset()
  return {
    ...base,
    regions: [
      ...base.regions,
      makeRegion({
        code: 'eusc-de-east-1',
        name: 'AWS European Sovereign Cloud (Germany)',
        partition: 'aws-eusc',
        city: 'Brandenburg',
        lat: 52.3906,
        lon: 13.0645,
        launchYear: null,
        azIds: [],
        sources: base.regions[0]!.sources,
      }),
      makeRegion({
        code: 'eu-west-1',
        name: 'Europe (Ireland)',
        city: 'Dublin',
        countryCode: 'IE',
        country: 'Ireland',
        lat: 53.3498,
        lon: -6.2603,
        launchYear: 2007,
        azIds: [],
        sources: base.regions[0]!.sources,
      }),
    ],
    services: {
      sources: base.services.sources,
      catalogue: [
        { id: SERVICES.braket, name: 'Amazon Braket', url: null },
        { id: SERVICES.ec2, name: 'Amazon Elastic Compute Cloud (EC2)', url: null },
        { id: SERVICES.rds, name: 'Amazon Relational Database Service (RDS)', url: null },
        { id: SERVICES.s3, name: 'Amazon Simple Storage Service (S3)', url: null },
        { id: SERVICES.lambda, name: 'AWS Lambda', url: null },
      ],
      byRegion: {
        'eu-central-1': [SERVICES.ec2, SERVICES.s3, SERVICES.lambda, SERVICES.rds],
        'eusc-de-east-1': [SERVICES.ec2, SERVICES.s3],
        'eu-west-1': [SERVICES.ec2, SERVICES.s3, SERVICES.lambda, SERVICES.rds, SERVICES.braket],
        'us-east-1': [SERVICES.ec2, SERVICES.s3, SERVICES.lambda, SERVICES.rds, SERVICES.braket],
        'sa-east-1': [SERVICES.ec2, SERVICES.s3, SERVICES.lambda],
        'mx-central-1': [SERVICES.ec2],
      },
    },
    prices: {
      ...base.prices,
      instanceTypes: [
        { type: 't3.micro', vcpu: 2, memoryGiB: 1 },
        { type: 't3.small', vcpu: 2, memoryGiB: 2 },
        { type: 'm5.large', vcpu: 2, memoryGiB: 8 },
      ],
      ec2: [
        ...ec2Rows('us-east-1', 1),
        ...ec2Rows('eu-central-1', 1.17),
        ...ec2Rows('eu-west-1', 1.1),
        ...ec2Rows('sa-east-1', 1.6),
        ...ec2Rows('mx-central-1', 1.05),
      ],
    },
  }
}

/** Munich, as the city search would set it: away from every region, so every round trip is an estimate. */
export const MUNICH = { lat: 48.1372, lon: 11.5755, label: 'Munich, DE', origin: 'search' } as const
