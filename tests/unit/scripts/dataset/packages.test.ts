import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCdkRegionsPackage, readSdkPartitionsPackage, SdkPartitionsSchema } from '../../../../scripts/dataset/packages'
import { HAVE_RAW, rawJson } from '../../fixtures/rawInputs'
import { committedSource } from '../../fixtures/committedDataset'

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../package.json', import.meta.url)), 'utf8')) as {
  devDependencies: Record<string, string>
}

describe('the packages the data build reads from node_modules', () => {
  it('pins @aws-sdk/core and aws-cdk-lib exactly, aws-cdk-lib at 2.276.0 or later', () => {
    const sdk = manifest.devDependencies['@aws-sdk/core']
    const cdk = manifest.devDependencies['aws-cdk-lib']
    expect(sdk).toMatch(/^\d+\.\d+\.\d+$/)
    expect(cdk).toMatch(/^\d+\.\d+\.\d+$/)
    const [major, minor] = (cdk ?? '').split('.').map(Number)
    expect(major).toBe(2)
    expect(minor).toBeGreaterThanOrEqual(276)
  })

  it('reads the SDK partitions of the installed @aws-sdk/core, the version the dataset cites', () => {
    const { ref, partitions } = readSdkPartitionsPackage()
    expect(ref.version).toBe(manifest.devDependencies['@aws-sdk/core'])
    expect(ref.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(committedSource('aws-sdk-partitions')).toMatchObject({ origin: `npm:@aws-sdk/core@${ref.version}`, asOf: ref.published })
    const aws = partitions.partitions.find((p) => p.id === 'aws')
    expect(aws?.regions['me-west-1']?.description).toBe('Middle East (Saudi Arabia)')
    expect(partitions.partitions.find((p) => p.id === 'aws-eusc')?.regions['eusc-de-east-1']).toBeDefined()
  })

  it.skipIf(!HAVE_RAW)('gives the same partitions as the raw copy taken from the same SDK version', () => {
    expect(readSdkPartitionsPackage().partitions).toEqual(SdkPartitionsSchema.parse(rawJson('regions/aws-sdk-partitions.json')))
  })

  it("reads the CDK's region facts through its RegionInfo API, with me-west-1 opt-in", () => {
    const { ref, regions } = readCdkRegionsPackage()
    expect(ref.version).toBe(manifest.devDependencies['aws-cdk-lib'])
    expect(committedSource('cdk-region-info')).toMatchObject({ origin: `npm:aws-cdk-lib@${ref.version}`, asOf: ref.published })
    expect(regions.find((r) => r.region === 'me-west-1')).toEqual({ region: 'me-west-1', partition: 'aws', isOptInRegion: true })
    expect(regions.find((r) => r.region === 'eu-west-1')).toMatchObject({ isOptInRegion: false })
    expect(regions.find((r) => r.region === 'eusc-de-east-1')).toMatchObject({ partition: 'aws-eusc' })
  })
})
