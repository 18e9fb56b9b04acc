/**
 * How Compare fits its columns into the panel (at least 500 px wide, about
 * 466 px inside its padding): every column always fits, the table never
 * scrolls sideways. The region columns share the width evenly (a fixed
 * table layout, cells wrap); the factor names take a column of their own
 * while that leaves each region about 110 px, and above four regions' worth
 * they go on a line of their own above the values instead.
 */
export interface CompareLayout {
  /** The factor names above their values (a row spanning the table), not in a first column. */
  stackedLabels: boolean
  /** Width of the factor-name column as a share of the table; 0 when stacked. */
  labelShare: number
}

export function compareLayout(regionCount: number): CompareLayout {
  if (regionCount >= 4) return { stackedLabels: true, labelShare: 0 }
  if (regionCount === 3) return { stackedLabels: false, labelShare: 0.26 }
  return { stackedLabels: false, labelShare: 0.32 }
}

/**
 * Width shares of the EC2 sheet's columns: type, vCPU and GiB narrow and
 * fixed, the price columns sharing the rest evenly.
 */
export function ec2ColumnShares(regionCount: number): { type: number; vcpu: number; memory: number; price: number } {
  const type = regionCount >= 4 ? 0.2 : 0.22
  const vcpu = regionCount >= 4 ? 0.085 : 0.1
  const memory = vcpu
  const price = (1 - type - vcpu - memory) / Math.max(1, regionCount)
  return { type, vcpu, memory, price }
}
