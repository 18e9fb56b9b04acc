import type { ErrorFigures } from '../../src/shared/latency/modelFile'

/** Quantile by linear interpolation between order statistics (R type 7, numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q))
  const lo = Math.floor(h)
  const hi = Math.ceil(h)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (h - lo) * (b - a)
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/** One held-out comparison: what the estimator said, its band, and what was measured. */
export interface Outcome {
  predictedMs: number
  lowMs: number
  highMs: number
  measuredMs: number
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export function errorFigures(outcomes: readonly Outcome[]): ErrorFigures {
  if (outcomes.length === 0) throw new Error('no outcomes to score')
  const abs = outcomes.map((o) => Math.abs(o.predictedMs / o.measuredMs - 1) * 100)
  const signed = outcomes.map((o) => (o.predictedMs / o.measuredMs - 1) * 100)
  const inside = outcomes.filter((o) => o.lowMs <= o.measuredMs && o.measuredMs <= o.highMs).length
  return {
    n: outcomes.length,
    medianAbsPctError: round(median(abs)),
    p90AbsPctError: round(quantile(abs, 0.9)),
    bandCoveragePct: round((inside / outcomes.length) * 100),
    medianPctBias: round(median(signed)),
  }
}
