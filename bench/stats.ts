export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** ours ÷ theirs to three significant figures; null where it means nothing (theirs is 0 or unknown). */
export function ratio(ours: number, theirs: number): number | null {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return null
  return Number((ours / theirs).toPrecision(3))
}
