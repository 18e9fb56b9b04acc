import { fibreBoundMs } from '../../src/shared/latency/fibre'
import { propagationMs } from '../../src/shared/latency/curve'
import type { RttCurve } from '../../src/shared/latency/params'
import { minimizeFromStarts } from './optimize'

/** A calibration observation: a round trip measured over a great-circle distance. */
export interface Observation {
  distanceKm: number
  rttMs: number
  weight?: number
}

/**
 * A smooth absolute value: the fits minimise Σ w·|log(predicted / measured)|,
 * a median-type loss. Routes that detour wildly (a few hundred ms too slow
 * for their distance) pull a least-squares fit far more than they should.
 */
const SMOOTHING = 1e-3
const softAbs = (r: number) => Math.sqrt(r * r + SMOOTHING * SMOOTHING)

/**
 * Fits the backbone RTT curve (overhead, near and far stretch, half-distance)
 * to observations. Parameters are optimised in log space so that every one
 * stays in its domain (overhead ≥ 0, stretchFar ≥ 1, stretchNear ≥ stretchFar).
 */
export function fitCurve(observations: readonly Observation[]): RttCurve {
  const toCurve = (q: readonly number[]): RttCurve => {
    const stretchFar = 1 + Math.exp(q[1] as number)
    const extraKm = Math.exp(q[2] as number)
    const halfDistanceKm = Math.exp(q[3] as number)
    return { overheadMs: Math.exp(q[0] as number), stretchFar, stretchNear: stretchFar + extraKm / halfDistanceKm, halfDistanceKm }
  }
  const loss = (q: readonly number[]) => {
    const curve = toCurve(q)
    let sum = 0
    for (const o of observations) {
      const predicted = curve.overheadMs + propagationMs(o.distanceKm, curve)
      sum += (o.weight ?? 1) * softAbs(Math.log(predicted / o.rttMs))
    }
    return sum
  }
  // Starts span short, medium and long half-distances; the loss has shallow valleys along halfDistanceKm.
  const starts = [
    [Math.log(2), Math.log(0.3), Math.log(5000), Math.log(5000)],
    [Math.log(2), Math.log(0.5), Math.log(1000), Math.log(500)],
    [Math.log(2), Math.log(0.2), Math.log(20000), Math.log(20000)],
  ]
  return toCurve(minimizeFromStarts(loss, starts).x)
}

export interface PremiumFit {
  /** Additive term of the fit, ms: what access networks and mean inflation add at zero distance. */
  interceptMs: number
  /** Measured propagation over the backbone curve's propagation. */
  slope: number
}

/**
 * Median regression of internet RTTs on the backbone curve's propagation:
 * log(measured) ≈ log(interceptMs + slope · propagation(d)). Additive effects
 * (access lines, long tails in a mean) land in the intercept, so the slope is
 * the internet's own routing premium over the backbone.
 */
export function fitInternetPremium(observations: readonly Observation[], curve: RttCurve): PremiumFit {
  const propagation = observations.map((o) => propagationMs(o.distanceKm, curve))
  const loss = (q: readonly number[]) => {
    const intercept = Math.exp(q[0] as number)
    const slope = Math.exp(q[1] as number)
    let sum = 0
    observations.forEach((o, i) => {
      sum += (o.weight ?? 1) * softAbs(Math.log((intercept + slope * (propagation[i] as number)) / o.rttMs))
    })
    return sum
  }
  const best = minimizeFromStarts(loss, [
    [Math.log(20), Math.log(1.1)],
    [Math.log(5), Math.log(1.5)],
  ])
  return { interceptMs: Math.exp(best.x[0] as number), slope: Math.exp(best.x[1] as number) }
}

export interface LinearFit {
  interceptMs: number
  msPerKm: number
}

/** The naive baseline: ordinary least squares of RTT on distance. */
export function fitLinear(observations: readonly Observation[]): LinearFit {
  const n = observations.length
  const mx = observations.reduce((s, o) => s + o.distanceKm, 0) / n
  const my = observations.reduce((s, o) => s + o.rttMs, 0) / n
  let sxy = 0
  let sxx = 0
  for (const o of observations) {
    sxy += (o.distanceKm - mx) * (o.rttMs - my)
    sxx += (o.distanceKm - mx) ** 2
  }
  const msPerKm = sxx > 0 ? sxy / sxx : 0
  return { interceptMs: my - msPerKm * mx, msPerKm }
}

export function linearRttMs(fit: LinearFit, distanceKm: number): number {
  return fit.interceptMs + fit.msPerKm * distanceKm
}

/** Measurements faster than light in fibre are artefacts (anycast, misplaced endpoints). */
export function beatsFibre(o: Observation): boolean {
  return o.rttMs < fibreBoundMs(o.distanceKm)
}
