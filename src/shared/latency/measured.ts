/**
 * A measured region-to-region matrix, the shape of the dataset's `latency`
 * block: `rttMs[i][j]` is the round trip from regions[i] to regions[j], null
 * where not measured.
 */
export interface MeasuredMatrix {
  regions: readonly string[]
  rttMs: readonly (readonly (number | null)[])[]
}

export interface MeasuredLookup {
  has(code: string): boolean
  /** The directional value from → to, or the reverse direction when only that was measured. */
  get(from: string, to: string): number | null
  /** The mean of both directions where both were measured, else the one that was. */
  symmetric(a: string, b: string): number | null
  /** The smaller and larger of the two directions (equal when only one was measured). */
  range(a: string, b: string): { min: number; max: number } | null
}

function valid(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0
}

export function measuredLookup(matrix: MeasuredMatrix): MeasuredLookup {
  const index = new Map<string, number>()
  matrix.regions.forEach((code, i) => index.set(code, i))
  const cell = (from: string, to: string): number | null => {
    const i = index.get(from)
    const j = index.get(to)
    if (i === undefined || j === undefined) return null
    const v = matrix.rttMs[i]?.[j]
    return valid(v) ? v : null
  }
  return {
    has: (code) => index.has(code),
    get: (from, to) => cell(from, to) ?? cell(to, from),
    symmetric(a, b) {
      const x = cell(a, b)
      const y = cell(b, a)
      if (x !== null && y !== null) return (x + y) / 2
      return x ?? y
    },
    range(a, b) {
      const values = [cell(a, b), cell(b, a)].filter(valid)
      if (values.length === 0) return null
      return { min: Math.min(...values), max: Math.max(...values) }
    },
  }
}
