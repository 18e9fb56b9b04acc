import type { Dataset, Ec2Price } from '../../../src/shared/dataset/schema'
import { makeDataset } from './fixtures'

const TYPES = [
  { type: 't3.micro', vcpu: 2, memoryGiB: 1 },
  { type: 'm5.large', vcpu: 2, memoryGiB: 8 },
  { type: 'c7g.large', vcpu: 2, memoryGiB: 4 },
]
const BASE: Record<string, number> = { 't3.micro': 0.0104, 'm5.large': 0.096, 'c7g.large': 0.0725 }

function ec2(sheet: string, region: string, factor: number, types = TYPES.map((t) => t.type)): Ec2Price[] {
  return types.map((instanceType) => ({ sheet, region, instanceType, perHour: (BASE[instanceType] ?? 0) * factor }))
}

/**
 * The six-region fixture with prices and service lists:
 * - us-east-1 is the reference (1.00×), eu-central-1 costs 1.2×, sa-east-1 1.5×,
 *   mx-central-1 0.9× but only for two types (too few: its index is unknown);
 * - eu-central-1's m5.large comes from an older sheet than its other prices;
 * - cn-north-1 is priced in CNY only; me-west-1 has no prices at all;
 * - services: us-east-1 offers ec2, s3, lambda, bedrock; eu-central-1 ec2, s3,
 *   lambda; sa-east-1 ec2, s3, glacier; the others have no list (unknown).
 */
export function makePricedDataset(): Dataset {
  const dataset = makeDataset()
  dataset.prices = {
    sources: dataset.prices.sources,
    sheets: [
      { id: 'usd-old', source: 'cloudping', asOf: '2025-04-04', currency: 'USD' },
      { id: 'usd-new', source: 'cloudping', asOf: '2026-07-20', currency: 'USD' },
      { id: 'cny', source: 'cloudping', asOf: '2024-11-06', currency: 'CNY' },
    ],
    instanceTypes: TYPES,
    ec2: [
      ...ec2('usd-new', 'us-east-1', 1),
      ...ec2('usd-new', 'eu-central-1', 1.2, ['t3.micro', 'c7g.large']),
      ...ec2('usd-old', 'eu-central-1', 1.2, ['m5.large']),
      ...ec2('usd-old', 'us-east-1', 1, ['m5.large']),
      ...ec2('usd-new', 'sa-east-1', 1.5),
      ...ec2('usd-new', 'mx-central-1', 0.9, ['t3.micro', 'm5.large']),
      ...ec2('cny', 'cn-north-1', 7),
    ],
    s3: [
      {
        sheet: 'usd-new',
        region: 'us-east-1',
        first50TBPerGBMonth: 0.023,
        next450TBPerGBMonth: 0.022,
        over500TBPerGBMonth: 0.021,
        getPer1000: 0.0004,
        putPer1000: 0.005,
      },
      {
        sheet: 'usd-new',
        region: 'eu-central-1',
        first50TBPerGBMonth: 0.0245,
        next450TBPerGBMonth: 0.0235,
        over500TBPerGBMonth: 0.0225,
        getPer1000: 0.00043,
        putPer1000: 0.0054,
      },
    ],
  }
  dataset.services = {
    sources: dataset.services.sources,
    catalogue: [
      { id: 'amazon-ec2', name: 'Amazon EC2', url: null },
      { id: 'amazon-s3', name: 'Amazon S3', url: null },
      { id: 'aws-lambda', name: 'AWS Lambda', url: null },
      { id: 'amazon-bedrock', name: 'Amazon Bedrock', url: null },
      { id: 'amazon-glacier', name: 'Amazon S3 Glacier', url: null },
    ],
    byRegion: {
      'us-east-1': ['amazon-ec2', 'amazon-s3', 'aws-lambda', 'amazon-bedrock'],
      'eu-central-1': ['amazon-ec2', 'amazon-s3', 'aws-lambda'],
      'sa-east-1': ['amazon-ec2', 'amazon-s3', 'amazon-glacier'],
    },
  }
  return dataset
}
