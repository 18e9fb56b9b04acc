import { fibreBoundMs } from './fibre'
import type { LatencyParams, RttCurve, RttPath } from './params'

/** The path stretch at great-circle distance d: route length over distance (see RttCurveSchema). */
export function stretchAt(distanceKm: number, curve: RttCurve): number {
  const d = Math.max(0, distanceKm)
  return curve.stretchFar + ((curve.stretchNear - curve.stretchFar) * curve.halfDistanceKm) / (d + curve.halfDistanceKm)
}

/** Time on the wire for a round trip over a path of distance d, ms (no fixed overhead). */
export function propagationMs(distanceKm: number, curve: RttCurve): number {
  return fibreBoundMs(distanceKm) * stretchAt(distanceKm, curve)
}

/** The central RTT estimate from distance alone, ms. */
export function centralRttMs(distanceKm: number, params: LatencyParams, path: RttPath): number {
  const premium = path === 'internet' ? params.internet.pathPremium : 1
  return params.backbone.overheadMs + premium * propagationMs(distanceKm, params.backbone)
}
