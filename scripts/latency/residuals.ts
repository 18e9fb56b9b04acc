import { centralRttMs } from '../../src/shared/latency/curve'
import { estimateAtDistance } from '../../src/shared/latency/estimate'
import type { Band, LatencyParams } from '../../src/shared/latency/params'
import { createRouteCorrector } from '../../src/shared/latency/routeCorrection'
import { greatCircleKm } from '../../src/shared/geo/distance'
import type { CloudpingSet, RegionPair } from './inputs'
import { quantile } from './stats'

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
