import { centralRttMs } from '../../src/shared/latency/curve'
import { estimateAtDistance } from '../../src/shared/latency/estimate'
import type { Band, LatencyParams, UserBand } from '../../src/shared/latency/params'
import { createRegionRanker, type ExplainedRegion } from '../../src/shared/latency/rank'
import { createRouteCorrector } from '../../src/shared/latency/routeCorrection'
import { greatCircleKm } from '../../src/shared/geo/distance'
import type { CloudpingSet, RegionPair } from './inputs'
import { quantile } from './stats'
import type { UserCase } from './userCases'

/** The band's residual quantiles: 5 % and 95 %, so that about 90 % of held-out measurements fall inside. */
export const BAND_QUANTILES: [number, number] = [0.05, 0.95]

/** Only estimates corrected at least this strongly inform the route-corrected band. */
export const STRONG_CORRECTION = 0.5

/** log(measured / backbone estimate from distance alone) for each pair. */
export function distanceResiduals(params: LatencyParams, pairs: readonly RegionPair[]): number[] {
  return pairs.map((p) => Math.log(p.rttMs / centralRttMs(p.distanceKm, params, 'backbone')))
}

/**
 * Residuals of the route-corrected estimate, each region in turn playing an
 * unmeasured point: its own measurements, and any region in `exclude`, are
 * left out of the anchors.
 */
export function routeResiduals(params: LatencyParams, set: CloudpingSet, exclude: ReadonlySet<string>): number[] {
  const out: number[] = []
  for (const point of set.regions) {
    if (exclude.has(point.code)) continue
    const corrector = createRouteCorrector(set.regions, set.lookup, params, new Set([...exclude, point.code]))
    const anchorKm = corrector.anchorDistances(point)
    for (const target of set.regions) {
      if (target.code === point.code || exclude.has(target.code)) continue
      const measured = set.lookup.symmetric(point.code, target.code)
      if (measured === null) continue
      const km = greatCircleKm(point, target)
      const c = corrector.correction(target.code, km, anchorKm)
      if (c.strength < STRONG_CORRECTION) continue
      out.push(Math.log(measured / estimateAtDistance(km, params, 'backbone', c.log, c.strength).rttMs))
    }
  }
  return out
}

/** Band factors from residual pools; never narrower than the estimate itself. */
export function bandFrom(distance: readonly number[], routed: readonly number[]): Band {
  const [lo, hi] = BAND_QUANTILES
  const factors = (pool: readonly number[]) => ({
    low: Math.min(1, Math.exp(quantile(pool, lo))),
    high: Math.max(1, Math.exp(quantile(pool, hi))),
  })
  return { quantiles: [lo, hi], distanceOnly: factors(distance), routeCorrected: factors(routed.length > 0 ? routed : distance) }
}

/**
 * The app's figure for each case: a user at the case's point reaching its
 * region, ranked as the app ranks (createRegionRanker on the measured matrix,
 * internet path). One ranking per distinct point, since cases share them.
 */
export function userFigures(params: LatencyParams, cases: readonly UserCase[], cloudping: CloudpingSet): ExplainedRegion[] {
  const rank = createRegionRanker(cloudping.regions, params, cloudping.matrix)
  const byPoint = new Map<string, Map<string, ExplainedRegion>>()
  return cases.map((c) => {
    const key = `${c.user.lat},${c.user.lon}`
    let ranked = byPoint.get(key)
    if (!ranked) {
      ranked = new Map(rank(c.user, { path: 'internet' }).map((r) => [r.code, r]))
      byPoint.set(key, ranked)
    }
    const figure = ranked.get(c.region)
    if (!figure) throw new Error(`user case: region ${c.region} is not in the measured matrix`)
    return figure
  })
}

/** log(measured / the app's figure) for each user case. */
export function userResiduals(params: LatencyParams, cases: readonly UserCase[], cloudping: CloudpingSet): number[] {
  const figures = userFigures(params, cases, cloudping)
  return cases.map((c, i) => Math.log(c.meanMs / (figures[i] as ExplainedRegion).rttMs))
}

/** However the residuals fall, a user's band reaches at least this far either side of the figure (×1/1.05 … ×1.05). */
export const MIN_USER_BAND_FACTOR = 1.05

/** The user band at BAND_QUANTILES of the residuals; never zero wide (see MIN_USER_BAND_FACTOR). */
export function userBandFrom(residuals: readonly number[]): UserBand {
  const [lo, hi] = BAND_QUANTILES
  if (residuals.length === 0) return { low: 1 / MIN_USER_BAND_FACTOR, high: MIN_USER_BAND_FACTOR }
  return {
    low: Math.min(1 / MIN_USER_BAND_FACTOR, Math.exp(quantile(residuals, lo))),
    high: Math.max(MIN_USER_BAND_FACTOR, Math.exp(quantile(residuals, hi))),
  }
}
