import { PartitionSchema, type Partition } from '../../src/shared/dataset/schema'
import { BuildError } from './errors'
import type { CdkRegionFact, SdkPartitions } from './packages'

/** A region code as the AWS SDK knows it, in any partition (ISO ones included). */
export interface KnownRegion {
  code: string
  partition: string
  name: string
}

/**
 * Every region code the AWS SDK knows. The build uses it twice: to check the
 * curated table against it, and to tell apart a row for a region that is
 * simply outside the dataset (an ISO region: skipped and reported) from a row
 * for a code nobody knows (a typo or a stale file: the build fails).
 */
export class KnownRegions {
  private readonly byCode: ReadonlyMap<string, KnownRegion>

  constructor(regions: readonly KnownRegion[]) {
    this.byCode = new Map(regions.map((r) => [r.code, r]))
  }

  get(code: string): KnownRegion | undefined {
    return this.byCode.get(code)
  }

  has(code: string): boolean {
    return this.byCode.has(code)
  }

  /** The regions in the partitions the dataset covers (aws, aws-cn, aws-us-gov, aws-eusc). */
  inDatasetPartitions(): KnownRegion[] {
    return [...this.byCode.values()].filter((r) => isDatasetPartition(r.partition))
  }
}

export function isDatasetPartition(partition: string): partition is Partition {
  return PartitionSchema.safeParse(partition).success
}

/** Every region code of the SDK's partitions; `where` names the package in messages. */
export function knownRegionsFrom(sdk: SdkPartitions, where: string): KnownRegions {
  const regions: KnownRegion[] = []
  const problems: string[] = []
  for (const partition of sdk.partitions) {
    const regex = new RegExp(partition.regionRegex)
    for (const [code, { description }] of Object.entries(partition.regions)) {
      // Pseudo-regions such as "aws-global" fall outside the partition's own pattern.
      if (!regex.test(code)) continue
      if (regions.some((r) => r.code === code)) problems.push(`${where}: region ${code} is listed twice`)
      regions.push({ code, partition: partition.id, name: description })
    }
  }
  if (problems.length) throw new BuildError(problems)
  return new KnownRegions(regions)
}

export interface CdkRegionFacts {
  partition: string
  optIn: boolean
}

export function cdkFactsFrom(regions: readonly CdkRegionFact[]): ReadonlyMap<string, CdkRegionFacts> {
  return new Map(regions.map((r) => [r.region, { partition: r.partition, optIn: r.isOptInRegion }]))
}
