/**
 * How a comparison row marks its cells: which differ from the others and
 * which is best. Both are said in words (and shapes) by the panel, never by
 * colour alone.
 */

/** Values this close are equal: prices and RTTs are not known better than that. */
const TOLERANCE = 1e-9

export interface Differences {
  /** Every region has the same value (unknowns included). */
  same: boolean
  /** Every known value is different from every other (nothing to single out: the row says so instead). */
  allDiffer: boolean
  /** Per cell: its known value is shared by no other region, while some other regions share theirs. */
  differs: boolean[]
}

/** Marks a row of comparable keys (null = unknown, which differs from nothing). */
export function markDifferences(keys: readonly (string | null)[]): Differences {
  const same = keys.every((key) => key === keys[0])
  const known = keys.filter((key): key is string => key !== null)
  const allKnownEqual = known.every((key) => key === known[0])
  const allDiffer = known.length >= 2 && new Set(known).size === known.length
  const differs = keys.map(
    (key, i) =>
      key !== null && !allDiffer && known.length >= 2 && !allKnownEqual && !keys.some((other, j) => j !== i && other === key),
  )
  return { same, allDiffer, differs }
}

/**
 * Marks the best value of a row: the lowest or highest among the known
 * values, ties included; nothing when fewer than two are known or all are
 * equal (then there is no "best" to point at).
 */
export function markBest(values: readonly (number | null)[], better: 'lower' | 'higher'): boolean[] {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value))
  if (known.length < 2) return values.map(() => false)
  const best = better === 'lower' ? Math.min(...known) : Math.max(...known)
  const worst = better === 'lower' ? Math.max(...known) : Math.min(...known)
  if (Math.abs(best - worst) <= TOLERANCE * Math.max(1, Math.abs(best))) return values.map(() => false)
  return values.map((value) => value !== null && Math.abs(value - best) <= TOLERANCE * Math.max(1, Math.abs(best)))
}
