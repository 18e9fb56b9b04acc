import { describe, expect, it } from 'vitest'
import {
  AL2023_PARAMETER,
  WHEN_TO_USE,
  provisioningNotes,
  provisioningSnippets,
} from '../../../../src/shared/provisioning/snippets'
import { makeRegion } from '../../fixtures/dataset'

const sydney = makeRegion({ code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', countryCode: 'AU', country: 'Australia' })
const byMethod = (snippets: ReturnType<typeof provisioningSnippets>) => new Map(snippets.map((s) => [s.method, s]))

describe('provisioningSnippets', () => {
  it('gives one snippet per method, in the order console, CLI, SDKs, then infrastructure as code', () => {
    expect(provisioningSnippets(sydney).map((s) => s.method)).toEqual([
      'console',
      'cli',
      'sdk-js',
      'sdk-python',
      'cloudformation',
      'cdk',
    ])
  })

  it('names the region code in every snippet, with unique ids', () => {
    for (const code of ['ap-southeast-2', 'cn-north-1', 'us-gov-west-1', 'eusc-de-east-1']) {
      const partition = code.startsWith('cn') ? 'aws-cn' : code.startsWith('us-gov') ? 'aws-us-gov' : code.startsWith('eusc') ? 'aws-eusc' : 'aws'
      const snippets = provisioningSnippets(makeRegion({ code, partition }))
      for (const s of snippets) expect(s.code, `${code} ${s.method}`).toContain(code)
      expect(new Set(snippets.map((s) => s.id)).size).toBe(6)
    }
  })

  it('opens the console in the region of a standard-partition region', () => {
    expect(byMethod(provisioningSnippets(sydney)).get('console')?.code).toBe(
      'https://ap-southeast-2.console.aws.amazon.com/console/home?region=ap-southeast-2',
    )
  })

  it('uses the China and GovCloud consoles for their partitions', () => {
    const china = byMethod(provisioningSnippets(makeRegion({ code: 'cn-north-1', partition: 'aws-cn' }))).get('console')
    const gov = byMethod(provisioningSnippets(makeRegion({ code: 'us-gov-west-1', partition: 'aws-us-gov' }))).get('console')
    expect(china?.code).toBe('https://console.amazonaws.cn/console/home?region=cn-north-1')
    expect(gov?.code).toBe('https://console.amazonaws-us-gov.com/console/home?region=us-gov-west-1')
  })

  it('does not invent a console address for the European Sovereign Cloud, and says it has its own sign-in', () => {
    const eusc = byMethod(provisioningSnippets(makeRegion({ code: 'eusc-de-east-1', partition: 'aws-eusc' }))).get('console')
    expect(eusc?.language).toBe('text')
    expect(eusc?.code).toMatch(/its own console and sign-in/)
    expect(eusc?.code).not.toMatch(/https?:/)
  })

  it('sets the CLI default region and launches a t3.micro from the Amazon Linux 2023 parameter in that region', () => {
    const cli = byMethod(provisioningSnippets(sydney)).get('cli')?.code ?? ''
    expect(cli).toContain('aws configure set region ap-southeast-2')
    expect(cli).toContain('aws ec2 run-instances --region ap-southeast-2')
    expect(cli).toContain(`--image-id resolve:ssm:${AL2023_PARAMETER}`)
    expect(cli).toContain('--instance-type t3.micro')
  })

  it('creates the SDK clients for the region', () => {
    const snippets = byMethod(provisioningSnippets(sydney))
    expect(snippets.get('sdk-js')?.code).toContain("new EC2Client({ region: 'ap-southeast-2' })")
    expect(snippets.get('sdk-python')?.code).toContain("boto3.client('ec2', region_name='ap-southeast-2')")
  })

  it('deploys the CloudFormation template with --region and pins the CDK stack env to the region', () => {
    const snippets = byMethod(provisioningSnippets(sydney))
    const cfn = snippets.get('cloudformation')?.code ?? ''
    expect(cfn).toContain('Type: AWS::EC2::Instance')
    expect(cfn).toMatch(/aws cloudformation deploy .* --region ap-southeast-2/)
    expect(snippets.get('cdk')?.code).toContain(
      "new Stack(app, 'InfraGlobeExample', {\n  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: 'ap-southeast-2' },\n})",
    )
  })

  it('says when each method fits', () => {
    for (const s of provisioningSnippets(sydney)) expect(s.whenToUse).toBe(WHEN_TO_USE[s.method])
    expect(WHEN_TO_USE.console).toMatch(/explore/)
    expect(WHEN_TO_USE.cli).toMatch(/scripts/)
    expect(WHEN_TO_USE['sdk-python']).toMatch(/programs/)
    expect(WHEN_TO_USE.cloudformation).toMatch(/repeatable/)
  })

  it('gives no snippet for an announced region', () => {
    expect(provisioningSnippets(makeRegion({ code: 'me-west-1', status: 'announced', launchYear: null }))).toEqual([])
  })
})

describe('provisioningNotes', () => {
  it('has nothing to add for a default region of the standard partition', () => {
    expect(provisioningNotes(sydney)).toEqual([])
  })

  it('says an opt-in region must be enabled for the account first, naming the region', () => {
    const notes = provisioningNotes(makeRegion({ code: 'ap-southeast-4', optIn: true }))
    expect(notes).toEqual([expect.stringMatching(/ap-southeast-4 is an opt-in region: .*enable.*--region-name ap-southeast-4/)])
  })

  it('says a separate partition needs its own account', () => {
    expect(provisioningNotes(makeRegion({ code: 'cn-north-1', partition: 'aws-cn' }))).toEqual([
      expect.stringMatching(/separate AWS China account/),
    ])
    expect(provisioningNotes(makeRegion({ code: 'us-gov-east-1', partition: 'aws-us-gov' }))).toEqual([
      expect.stringMatching(/separate GovCloud account/),
    ])
  })

  it('says an announced region is not available yet', () => {
    expect(provisioningNotes(makeRegion({ code: 'sa-west-1', status: 'announced', optIn: true }))).toEqual([
      'Not available yet: sa-west-1 is announced and cannot be provisioned until it launches.',
    ])
  })
})
