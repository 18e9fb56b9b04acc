import type { Region } from '../dataset/schema'

/** One AZ of a region as the AZ view and the failure drill name it. */
export interface AzSlot {
  /** The AZ ID (use1-az4), or az-N where the region's IDs are not published. */
  key: string
  /** What a reader sees: the AZ ID, or "AZ N". */
  label: string
}

/**
 * What the dataset says about a region's AZs, in the three cases the AZ view
 * words differently:
 * - `ids`: AWS publishes the AZ IDs (use1-az1 …);
 * - `count-only`: the number of AZs is known but not their IDs (GovCloud,
 *   China, announced regions): "AZ 1…n, IDs not published";
 * - `unknown`: no source gives the count, or the sources disagree: nothing is
 *   drawn, no drill is offered.
 */
export type AzSummary =
  | {
      kind: 'ids'
      count: number
      azs: AzSlot[]
      /** The region's stated AZ count differs from its number of published IDs (see its notes). */
      countDiffers: boolean
    }
  | { kind: 'count-only'; count: number; azs: AzSlot[] }
  | { kind: 'unknown' }

export function azSummary(region: Pick<Region, 'azCount' | 'azIds'>): AzSummary {
  if (region.azIds.length > 0) {
    return {
      kind: 'ids',
      count: region.azIds.length,
      azs: region.azIds.map((id) => ({ key: id, label: id })),
      countDiffers: region.azCount !== null && region.azCount !== region.azIds.length,
    }
  }
  if (region.azCount === null) return { kind: 'unknown' }
  const azs = Array.from({ length: region.azCount }, (_, i) => ({ key: `az-${i + 1}`, label: `AZ ${i + 1}` }))
  return { kind: 'count-only', count: region.azCount, azs }
}

/** One line for the facts and the AZ view: "3 AZs: euc1-az1, euc1-az2, euc1-az3", "AZ 1…3, IDs not published", "AZ count unknown". */
export function azSummaryText(summary: AzSummary): string {
  switch (summary.kind) {
    case 'ids':
      return `${summary.count} ${summary.count === 1 ? 'AZ' : 'AZs'}: ${summary.azs.map((a) => a.label).join(', ')}`
    case 'count-only':
      return summary.count === 1 ? 'AZ 1, ID not published' : `AZ 1…${summary.count}, IDs not published`
    case 'unknown':
      return 'AZ count unknown'
  }
}
