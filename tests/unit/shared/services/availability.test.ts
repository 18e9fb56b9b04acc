import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Service } from '../../../../src/shared/dataset/schema'
import { parseDataset } from '../../../../src/shared/dataset/validate'
import {
  SERVICE_CATEGORIES,
  categoryOf,
  missingComparedWith,
  regionsOfferingAll,
  serviceCategories,
  servicesOf,
} from '../../../../src/shared/services'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

/** Three regions with service lists and one without (unknown). */
const fixture = makeDataset({
  regions: [
    makeRegion({ code: 'eu-central-1' }),
    makeRegion({ code: 'eu-west-1' }),
    makeRegion({ code: 'eu-south-1' }),
    makeRegion({ code: 'eu-east-9', status: 'announced' }),
  ],
  services: {
    sources: ['regions'],
    catalogue: [
      { id: 'ec2', name: 'Amazon EC2', url: null },
      { id: 's3', name: 'Amazon S3', url: null },
      { id: 'bedrock', name: 'Amazon Bedrock', url: null },
    ],
    byRegion: {
      'eu-central-1': ['ec2', 's3', 'bedrock'],
      'eu-west-1': ['ec2', 's3'],
      'eu-south-1': [],
    },
  },
})

const check = parseDataset(readFileSync(new URL('../../../../assets/data/infrastructure.json', import.meta.url), 'utf8'))
if (!check.ok) throw new Error(check.problems.join('\n'))
const real = check.dataset

describe('the services of a region', () => {
  it('is the set of service ids the region lists', () => {
    expect(servicesOf(fixture, 'eu-west-1')).toEqual(new Set(['ec2', 's3']))
  })

  it('is empty, not unknown, for a region that lists no service', () => {
    expect(servicesOf(fixture, 'eu-south-1')).toEqual(new Set())
  })

  it('is unknown for a region without a list', () => {
    expect(servicesOf(fixture, 'eu-east-9')).toBeNull()
    expect(servicesOf(fixture, 'toString')).toBeNull()
  })

  it('knows us-east-1 offers more services than af-south-1, and has no list for me-west-1', () => {
    expect(servicesOf(real, 'us-east-1')?.size).toBeGreaterThan(servicesOf(real, 'af-south-1')?.size ?? Infinity)
    expect(servicesOf(real, 'me-west-1')).toBeNull()
  })
})

describe('regions offering a set of services', () => {
  it('lists the regions offering every service, and the unknown ones apart', () => {
    expect(regionsOfferingAll(fixture, ['ec2', 's3'])).toEqual({
      offering: ['eu-central-1', 'eu-west-1'],
      unknown: ['eu-east-9'],
    })
    expect(regionsOfferingAll(fixture, ['bedrock', 'ec2'])).toEqual({ offering: ['eu-central-1'], unknown: ['eu-east-9'] })
  })

  it('counts every known region as offering an empty request', () => {
    expect(regionsOfferingAll(fixture, []).offering).toEqual(['eu-central-1', 'eu-west-1', 'eu-south-1'])
  })

  it('never counts a region without a list as offering or lacking, in the shipped data', () => {
    const { offering, unknown } = regionsOfferingAll(real, ['amazon-simple-storage-service-s3'])
    expect(unknown).toEqual(expect.arrayContaining(['me-west-1', 'cn-north-1']))
    expect(offering).toContain('us-east-1')
    expect(offering.some((code) => unknown.includes(code))).toBe(false)
  })
})

describe('services missing compared with another region', () => {
  it('lists what the other region has and this one lacks, sorted', () => {
    expect(missingComparedWith(fixture, 'eu-west-1', 'eu-central-1')).toEqual(['bedrock'])
    expect(missingComparedWith(fixture, 'eu-central-1', 'eu-west-1')).toEqual([])
    expect(missingComparedWith(fixture, 'eu-south-1', 'eu-central-1')).toEqual(['bedrock', 'ec2', 's3'])
  })

  it('is null when either list is unknown', () => {
    expect(missingComparedWith(fixture, 'eu-east-9', 'eu-central-1')).toBeNull()
    expect(missingComparedWith(fixture, 'eu-central-1', 'eu-east-9')).toBeNull()
  })

  it('finds services af-south-1 lacks against us-east-1 in the shipped data', () => {
    const missing = missingComparedWith(real, 'af-south-1', 'us-east-1')
    expect(missing?.length).toBeGreaterThan(0)
    const afSouth = servicesOf(real, 'af-south-1')
    expect(missing?.some((id) => afSouth?.has(id))).toBe(false)
  })
})

describe('service categories (a keyword heuristic)', () => {
  it('places well-known services where a reader expects them', () => {
    expect(categoryOf('Amazon Elastic Compute Cloud (EC2)')).toBe('Compute')
    expect(categoryOf('AWS Lambda')).toBe('Compute')
    expect(categoryOf('Amazon Simple Storage Service (S3)')).toBe('Storage')
    expect(categoryOf('Amazon DynamoDB')).toBe('Database')
    expect(categoryOf('Amazon RDS for PostgreSQL')).toBe('Database')
    expect(categoryOf('Amazon Virtual Private Cloud (VPC)')).toBe('Networking')
    expect(categoryOf('Amazon Athena')).toBe('Analytics')
    expect(categoryOf('Amazon SageMaker AI')).toBe('Machine learning')
    expect(categoryOf('AWS Key Management Service (KMS)')).toBe('Security')
    expect(categoryOf('AWS CodePipeline')).toBe('Developer tools')
    expect(categoryOf('AWS CloudFormation')).toBe('Management')
    expect(categoryOf('Amazon Simple Queue Service (SQS)')).toBe('Other')
  })

  it('settles names with two keywords by rule order', () => {
    expect(categoryOf('AWS Network Firewall')).toBe('Security')
    expect(categoryOf('Route53 EC2 DNS')).toBe('Networking')
    expect(categoryOf('Amazon S3 on Outposts')).toBe('Storage')
    expect(categoryOf('Amazon Q Developer')).toBe('Developer tools')
  })

  it('lists every category in order and puts each service in exactly one', () => {
    const catalogue: Service[] = [
      { id: 'sqs', name: 'Amazon Simple Queue Service (SQS)', url: null },
      { id: 'ec2', name: 'Amazon Elastic Compute Cloud (EC2)', url: null },
      { id: 'lambda', name: 'AWS Lambda', url: null },
    ]
    const groups = serviceCategories(catalogue)
    expect(groups.map((group) => group.category)).toEqual([...SERVICE_CATEGORIES])
    expect(groups.find((group) => group.category === 'Compute')?.services.map((s) => s.id)).toEqual(['ec2', 'lambda'])
    expect(groups.find((group) => group.category === 'Other')?.services.map((s) => s.id)).toEqual(['sqs'])
    expect(groups.find((group) => group.category === 'Storage')?.services).toEqual([])
  })

  it('groups the whole shipped catalogue, leaving a minority to Other', () => {
    const groups = serviceCategories(real.services.catalogue)
    const placed = groups.flatMap((group) => group.services.map((s) => s.id))
    expect(placed.sort()).toEqual(real.services.catalogue.map((s) => s.id).sort())
    const other = groups.find((group) => group.category === 'Other')?.services.length ?? 0
    expect(other).toBeLessThan(real.services.catalogue.length / 4)
  })
})
