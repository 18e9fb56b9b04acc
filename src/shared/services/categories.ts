import type { Service } from '../dataset/schema'

export const SERVICE_CATEGORIES = [
  'Compute',
  'Storage',
  'Database',
  'Networking',
  'Analytics',
  'Machine learning',
  'Security',
  'Developer tools',
  'Management',
  'Other',
] as const

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number]

/**
 * Keywords of the marketing names, tried in THIS order; the first match
 * wins. The order settles names that hold two keywords: "AWS Network
 * Firewall" is Security before Networking, "Route53 EC2 DNS" Networking
 * before Compute, "Amazon S3 on Outposts" Storage before Compute, "Amazon Q
 * Developer" Developer tools before Machine learning.
 */
const RULES: ReadonlyArray<readonly [Exclude<ServiceCategory, 'Other'>, RegExp]> = [
  [
    'Security',
    /Security|GuardDuty|\bWAF\b|Shield|Key Management|\bIAM\b|Identity|Secrets Manager|Certificate|CloudHSM|Detective|Inspector|Cognito|Verified|Firewall|Cryptography|Signer|Directory Service|AD Connector|Audit Manager/,
  ],
  ['Developer tools', /\bCode(Artifact|Build|Commit|Deploy|Pipeline)\b|CloudShell|X-Ray|Amplify|AppSync|Fault Injection|Developer|DevOps/],
  [
    'Machine learning',
    /Bedrock|SageMaker|Comprehend|Kendra|\bLex\b|Personalize|Rekognition|Textract|Transcribe|Translate|\bQ Business\b|Polly/,
  ],
  [
    'Database',
    /Aurora|\bRDS\b|Relational Database|DynamoDB|DocumentDB|ElastiCache|MemoryDB|Neptune|Keyspaces|Timestream|Oracle Database|Database Migration/,
  ],
  [
    'Analytics',
    /Athena|\bEMR\b|\bGlue\b|Kinesis|Firehose|OpenSearch|Redshift|DataZone|Lake Formation|Apache (Flink|Kafka|Airflow)|\bQuick\b|AppFlow|B2B Data/,
  ],
  [
    'Networking',
    /VPC|Route ?53|CloudFront|Direct Connect|Global Accelerator|Transit Gateway|PrivateLink|Load Balancing|NAT Gateway|Cloud WAN|Cloud Map|\bVPN\b|API Gateway|Recovery Controller/,
  ],
  ['Storage', /Storage|\bS3\b|Block Store|File System|\bFSx\b|Backup|DataSync|Transfer Family|Disaster Recovery/],
  [
    'Compute',
    /Comput(e|ing)|\bEC2\b|Lambda|Lightsail|\bBatch\b|Beanstalk|App Runner|Container|Kubernetes|Outposts|VMware|Auto Scaling|GameLift|Deadline Cloud/,
  ],
  [
    'Management',
    /CloudWatch|CloudFormation|CloudTrail|\bConfig\b|Systems Manager|Organizations|Control Tower|Service Catalog|Service Quotas|Resource (Groups|Explorer|Access Manager)|License Manager|Managed Services|AppConfig|Grafana|Prometheus|Resilience Hub|Sustainability|Migration Service/,
  ],
]

/** The category a service name falls in by the keyword heuristic (see serviceCategories). */
export function categoryOf(name: string): ServiceCategory {
  for (const [category, pattern] of RULES) if (pattern.test(name)) return category
  return 'Other'
}

export interface CategoryGroup {
  category: ServiceCategory
  /** In catalogue order. */
  services: Service[]
}

/**
 * The catalogue grouped for display, every category listed in
 * SERVICE_CATEGORIES order (empty ones included, so the layout does not
 * shift between regions), each service in exactly one group.
 *
 * A heuristic: the source gives no categories, so a service is placed by
 * keywords of its marketing name (RULES). It is a reading aid, not AWS's
 * own classification; a name no keyword matches goes to Other (messaging,
 * IoT, media, end-user apps and the like).
 */
export function serviceCategories(catalogue: readonly Service[]): CategoryGroup[] {
  const groups = new Map<ServiceCategory, Service[]>(SERVICE_CATEGORIES.map((category) => [category, []]))
  for (const service of catalogue) groups.get(categoryOf(service.name))?.push(service)
  return SERVICE_CATEGORIES.map((category) => ({ category, services: groups.get(category) ?? [] }))
}
