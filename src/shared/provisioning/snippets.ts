import type { Partition, Region } from '../dataset/schema'

export type ProvisioningMethod = 'console' | 'cli' | 'sdk-js' | 'sdk-python' | 'cloudformation' | 'cdk'

/** How a snippet's code should be read: a URL to open, a shell command, source code or a template. */
export type SnippetLanguage = 'url' | 'text' | 'shell' | 'javascript' | 'typescript' | 'python' | 'yaml'

export interface ProvisioningSnippet {
  /** Unique per region, e.g. "ap-southeast-2/cli". */
  id: string
  method: ProvisioningMethod
  title: string
  /** One line on when this way of provisioning fits. */
  whenToUse: string
  language: SnippetLanguage
  /** Ready to copy; always names the region code. */
  code: string
}

/** The Amazon Linux 2023 image, resolved from AWS's public SSM parameter so no region-specific AMI ID is needed. */
export const AL2023_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'
/** The instance type of every example: small, cheap, offered in every region with a price sheet. */
export const EXAMPLE_INSTANCE_TYPE = 't3.micro'

export const WHEN_TO_USE: Readonly<Record<ProvisioningMethod, string>> = {
  console: 'To explore and learn: click through a service and see what it offers in this region.',
  cli: 'For scripts and quick one-off tasks from a terminal.',
  'sdk-js': 'Inside your own JavaScript or TypeScript programs, when code creates or uses AWS resources.',
  'sdk-python': 'Inside your own Python programs, when code creates or uses AWS resources.',
  cloudformation: 'For repeatable environments: a template describes the resources and AWS creates them the same way every time.',
  cdk: 'Infrastructure as code in a programming language; it generates CloudFormation, for repeatable environments.',
}

/**
 * The console's regional address per partition. The European Sovereign Cloud
 * is left out on purpose: its console has its own address and sign-in, which
 * is not stated here rather than guessed.
 */
const CONSOLE_URL: Readonly<Record<Exclude<Partition, 'aws-eusc'>, (code: string) => string>> = {
  aws: (code) => `https://${code}.console.aws.amazon.com/console/home?region=${code}`,
  'aws-cn': (code) => `https://console.amazonaws.cn/console/home?region=${code}`,
  'aws-us-gov': (code) => `https://console.amazonaws-us-gov.com/console/home?region=${code}`,
}

function consoleSnippet(region: Region): ProvisioningSnippet {
  const base = { id: `${region.code}/console`, method: 'console' as const, title: 'AWS Management Console', whenToUse: WHEN_TO_USE.console }
  if (region.partition === 'aws-eusc') {
    return {
      ...base,
      language: 'text',
      code: [
        `The AWS European Sovereign Cloud has its own console and sign-in, separate from the other AWS regions.`,
        `Sign in there with an account of that partition, then choose the region ${region.code}.`,
      ].join('\n'),
    }
  }
  return { ...base, language: 'url', code: CONSOLE_URL[region.partition](region.code) }
}

function cliSnippet(code: string): ProvisioningSnippet {
  return {
    id: `${code}/cli`,
    method: 'cli',
    title: 'AWS CLI',
    whenToUse: WHEN_TO_USE.cli,
    language: 'shell',
    code: [
      `# Make ${code} the default region of your CLI profile`,
      `aws configure set region ${code}`,
      '',
      `# Or name the region on one command: launch a ${EXAMPLE_INSTANCE_TYPE} with the latest Amazon Linux 2023 in ${code}`,
      `aws ec2 run-instances --region ${code} \\`,
      `  --image-id resolve:ssm:${AL2023_PARAMETER} \\`,
      `  --instance-type ${EXAMPLE_INSTANCE_TYPE}`,
    ].join('\n'),
  }
}

function jsSnippet(code: string): ProvisioningSnippet {
  return {
    id: `${code}/sdk-js`,
    method: 'sdk-js',
    title: 'AWS SDK for JavaScript v3',
    whenToUse: WHEN_TO_USE['sdk-js'],
    language: 'javascript',
    code: [
      `import { EC2Client, DescribeAvailabilityZonesCommand } from '@aws-sdk/client-ec2'`,
      '',
      `// Every call made with this client goes to ${code}`,
      `const ec2 = new EC2Client({ region: '${code}' })`,
      `const { AvailabilityZones } = await ec2.send(new DescribeAvailabilityZonesCommand({}))`,
      `console.log(AvailabilityZones?.map((zone) => zone.ZoneName))`,
    ].join('\n'),
  }
}

function pythonSnippet(code: string): ProvisioningSnippet {
  return {
    id: `${code}/sdk-python`,
    method: 'sdk-python',
    title: 'AWS SDK for Python (boto3)',
    whenToUse: WHEN_TO_USE['sdk-python'],
    language: 'python',
    code: [
      'import boto3',
      '',
      `# Every call made with this client goes to ${code}`,
      `ec2 = boto3.client('ec2', region_name='${code}')`,
      `zones = ec2.describe_availability_zones()['AvailabilityZones']`,
      `print([zone['ZoneName'] for zone in zones])`,
    ].join('\n'),
  }
}

function cloudFormationSnippet(code: string): ProvisioningSnippet {
  return {
    id: `${code}/cloudformation`,
    method: 'cloudformation',
    title: 'AWS CloudFormation',
    whenToUse: WHEN_TO_USE.cloudformation,
    language: 'yaml',
    code: [
      `# example.yaml: one ${EXAMPLE_INSTANCE_TYPE}. A template names no region; the stack lives where it is deployed.`,
      `# Deploy it to ${code}:`,
      `#   aws cloudformation deploy --template-file example.yaml --stack-name infraglobe-example --region ${code}`,
      `AWSTemplateFormatVersion: '2010-09-09'`,
      'Parameters:',
      '  LatestAmiId:',
      '    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      `    Default: ${AL2023_PARAMETER}`,
      'Resources:',
      '  ExampleInstance:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      `      InstanceType: ${EXAMPLE_INSTANCE_TYPE}`,
      '      ImageId: !Ref LatestAmiId',
      'Outputs:',
      '  DeployedIn:',
      `    Value: !Ref AWS::Region # ${code} when deployed as above`,
    ].join('\n'),
  }
}

function cdkSnippet(code: string): ProvisioningSnippet {
  return {
    id: `${code}/cdk`,
    method: 'cdk',
    title: 'AWS CDK (TypeScript)',
    whenToUse: WHEN_TO_USE.cdk,
    language: 'typescript',
    code: [
      `import { App, Stack } from 'aws-cdk-lib'`,
      '',
      `// Once per account and region first: npx cdk bootstrap aws://<account-id>/${code}`,
      'const app = new App()',
      `// The stack, and everything in it, is deployed to ${code}`,
      `new Stack(app, 'InfraGlobeExample', {`,
      `  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: '${code}' },`,
      '})',
    ].join('\n'),
  }
}

/**
 * Ready-to-copy ways to provision in `region`, one per method, each naming
 * the region code. An announced region cannot be provisioned yet: it gets
 * none (the panel says "not available yet").
 */
export function provisioningSnippets(region: Region): ProvisioningSnippet[] {
  if (region.status !== 'available') return []
  const code = region.code
  return [consoleSnippet(region), cliSnippet(code), jsSnippet(code), pythonSnippet(code), cloudFormationSnippet(code), cdkSnippet(code)]
}

const PARTITION_ACCOUNT_NOTE: Readonly<Record<Exclude<Partition, 'aws'>, string>> = {
  'aws-cn':
    'The China regions need a separate AWS China account, with its own sign-in and credentials; accounts of the other partitions do not work there.',
  'aws-us-gov':
    'GovCloud (US) needs a separate GovCloud account, linked to a standard AWS account and open only to vetted US entities.',
  'aws-eusc':
    'The European Sovereign Cloud needs its own account, credentials and sign-in; accounts of the other partitions do not work there.',
}

/** What to know before any snippet works in `region`: not launched yet, opt-in, a separate partition. */
export function provisioningNotes(region: Region): string[] {
  if (region.status !== 'available') {
    return [`Not available yet: ${region.code} is announced and cannot be provisioned until it launches.`]
  }
  const notes: string[] = []
  if (region.optIn) {
    notes.push(
      `${region.code} is an opt-in region: an account administrator must enable it first (Account → AWS Regions in the console, or aws account enable-region --region-name ${region.code}).`,
    )
  }
  if (region.partition !== 'aws') notes.push(PARTITION_ACCOUNT_NOTE[region.partition])
  return notes
}
