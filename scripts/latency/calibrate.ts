import type { Band, LatencyParams, RttCurve, UserBand } from '../../src/shared/latency/params'
import type { CloudpingSet, RipePair, RipeSet } from './inputs'
import { fitCurve, fitInternetPremium, type Observation, type PremiumFit } from './fit'
import { bandFrom, distanceResiduals, routeResiduals, userBandFrom, userResiduals } from './residuals'
import type { UserCase } from './userCases'

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
 * RIPE rows weighted by log10(replies): a row with more replies counts more,
 * but the largest (89 million replies) does not outweigh hundreds of others,
 * and the largest rows are those whose country points are least certain.
 */
export function ripeObservations(pairs: readonly RipePair[]): Observation[] {
  return pairs.map((p) => ({ distanceKm: p.distanceKm, rttMs: p.meanMs, weight: Math.log10(p.replies) }))
}

/** The RIPE rows a fit may see: pairs of countries and same-country rows (see RipeSet). */
export type RipeRows = Pick<RipeSet, 'pairs' | 'sameCountry'>

/** The least access path the model allows, ms: what a user's own line costs at the very least. */
export const MIN_ACCESS_MS = 0.5

/** Placeholder user band while residuals are being gathered: the band does not change central figures. */
const PLACEHOLDER_USER_BAND: UserBand = { low: 0.5, high: 2 }

export interface InternetCalibration {
  premium: PremiumFit
  internet: LatencyParams['internet']
}

/**
 * The user side of the model, from RIPE rows only: the routing premium and
 * the access path from a median regression of the rows' means on the
 * backbone curve's propagation, mean ≈ intercept + premium · propagation(d)
 * (same-country rows at distance 0, where the intercept is all there is);
 * accessMs is the intercept less the backbone overhead. Then the band: the
 * quantiles of log(measured / figure) over `cases`, each figure made as the
 * app makes it for a user (createRegionRanker on the measured matrix).
 */
export function fitInternet(rows: RipeRows, cases: readonly UserCase[], base: LatencyParams, cloudping: CloudpingSet): InternetCalibration {
  const premium = fitInternetPremium(ripeObservations([...rows.pairs, ...rows.sameCountry]), base.backbone)
  const draft: LatencyParams = { ...base, internet: { ...internetFrom(premium, base.backbone), band: PLACEHOLDER_USER_BAND } }
  return { premium, internet: { ...draft.internet, band: userBandFrom(userResiduals(draft, cases, cloudping)) } }
}

/** The premium (kept ≥ 1) and the access path (kept above 0: a user is never inside AWS's network). */
export function internetFrom(fit: PremiumFit, curve: RttCurve): Omit<LatencyParams['internet'], 'band'> {
  return { pathPremium: Math.max(1, fit.slope), accessMs: Math.max(MIN_ACCESS_MS, fit.interceptMs - curve.overheadMs) }
}

/** Placeholder band while residuals are being gathered: the band does not change central estimates. */
const NO_BAND: Band = { quantiles: [0.05, 0.95], distanceOnly: { low: 1, high: 1 }, routeCorrected: { low: 1, high: 1 } }

/**
 * Complete backbone parameters for a curve: the band comes from cloudping
 * residuals without `exclude`. The internet side is passed through.
 */
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
    internet: {
      pathPremium: round(p.internet.pathPremium, 4),
      accessMs: round(p.internet.accessMs, 2),
      band: factors(p.internet.band),
    },
    routeCorrection: { ...p.routeCorrection },
    band: { quantiles: p.band.quantiles, distanceOnly: factors(p.band.distanceOnly), routeCorrected: factors(p.band.routeCorrected) },
  }
}

/** Internet parameters that stand in while the backbone is fitted: the backbone fit never reads them. */
export const UNFITTED_INTERNET: LatencyParams['internet'] = { pathPremium: 1, accessMs: MIN_ACCESS_MS, band: PLACEHOLDER_USER_BAND }

/** The backbone from the inter-region matrix, then the user side from RIPE rows and cases (see fitInternet). */
export function calibrate(cloudping: CloudpingSet, ripe: RipeSet, cases: readonly UserCase[]): Calibration {
  const base = paramsFor(cloudping, fitCurve(curveObservations(cloudping)), UNFITTED_INTERNET)
  const { premium, internet } = fitInternet(ripe, cases, base, cloudping)
  return { params: rounded({ ...base, internet }), premium }
}
