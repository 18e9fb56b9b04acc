import type { Band, LatencyParams, RttCurve } from '../../src/shared/latency/params'
import type { CloudpingSet, RipePair, RipeSet } from './inputs'
import { fitCurve, fitInternetPremium, type Observation, type PremiumFit } from './fit'
import { bandFrom, distanceResiduals, routeResiduals } from './residuals'

/**
 * How far measured routes of nearby regions carry (see createRouteCorrector).
 * Round values picked from a coarse grid (length 500–2000 km, prior weight
 * 0.1–1, near fraction 0.3–1) by leave-one-region-out error on the cloudping
 * matrix (npm run latency:eval prints it). Every setting in the grid beats
 * distance alone; these sit mid-grid, and the prior weight is the middle one
 * rather than the slightly better 0.1, because the public internet need not
 * follow AWS's routes as closely as AWS's own regions do.
 */
export const ROUTE_CORRECTION = { lengthKm: 1000, priorWeight: 0.3, nearFraction: 0.5 } as const

/** The cloudping observations for the curve: unordered pairs, plus same-region round trips at distance 0. */
export function curveObservations(set: CloudpingSet, exclude?: string): Observation[] {
  const pairs = set.pairs.filter((p) => p.a !== exclude && p.b !== exclude)
  const same = set.sameRegion.filter((s) => s.code !== exclude)
  return [...pairs.map((p) => ({ distanceKm: p.distanceKm, rttMs: p.rttMs })), ...same.map((s) => ({ distanceKm: 0, rttMs: s.rttMs }))]
}

/**
 * RIPE pairs weighted by log10(replies): a pair with more replies counts
 * more, but the largest (89 million replies) does not outweigh hundreds of
 * others, and the largest pairs are those whose country points are least
 * certain.
 */
export function ripeObservations(pairs: readonly RipePair[]): Observation[] {
  return pairs.map((p) => ({ distanceKm: p.distanceKm, rttMs: p.meanMs, weight: Math.log10(p.replies) }))
}

export function internetFrom(fit: PremiumFit, curve: RttCurve): LatencyParams['internet'] {
  return { pathPremium: Math.max(1, fit.slope), accessMs: Math.max(0, fit.interceptMs - curve.overheadMs) }
}

/** Placeholder band while residuals are being gathered: the band does not change central estimates. */
const NO_BAND: Band = { quantiles: [0.05, 0.95], distanceOnly: { low: 1, high: 1 }, routeCorrected: { low: 1, high: 1 } }

/** Complete parameters for a curve: the band comes from cloudping residuals without `exclude`. */
export function paramsFor(
  set: CloudpingSet,
  curve: RttCurve,
  internet: LatencyParams['internet'],
  exclude?: string,
): LatencyParams {
  const draft: LatencyParams = { backbone: curve, internet, routeCorrection: { ...ROUTE_CORRECTION }, band: NO_BAND }
  const training = set.pairs.filter((p) => p.a !== exclude && p.b !== exclude)
  const band = bandFrom(distanceResiduals(draft, training), routeResiduals(draft, set, new Set(exclude ? [exclude] : [])))
  return { ...draft, band }
}

export interface Calibration {
  params: LatencyParams
  premium: PremiumFit
}

const round = (x: number, digits: number) => Number(x.toFixed(digits))

/** Parameters as shipped: more digits than these would be noise, not precision. */
export function rounded(p: LatencyParams): LatencyParams {
  const factors = (f: { low: number; high: number }) => ({ low: round(f.low, 4), high: round(f.high, 4) })
  return {
    backbone: {
      overheadMs: round(p.backbone.overheadMs, 3),
      stretchNear: round(p.backbone.stretchNear, 4),
      stretchFar: round(p.backbone.stretchFar, 4),
      halfDistanceKm: round(p.backbone.halfDistanceKm, 0),
    },
    internet: { pathPremium: round(p.internet.pathPremium, 4), accessMs: round(p.internet.accessMs, 2) },
    routeCorrection: { ...p.routeCorrection },
    band: { quantiles: p.band.quantiles, distanceOnly: factors(p.band.distanceOnly), routeCorrected: factors(p.band.routeCorrected) },
  }
}

export function calibrate(cloudping: CloudpingSet, ripe: RipeSet): Calibration {
  const curve = fitCurve(curveObservations(cloudping))
  const premium = fitInternetPremium(ripeObservations(ripe.pairs), curve)
  const params = rounded(paramsFor(cloudping, curve, internetFrom(premium, curve)))
  return { params, premium }
}
