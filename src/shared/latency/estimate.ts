import { greatCircleKm, type LatLon } from '../geo/distance'
import { centralRttMs } from './curve'
import { fibreBoundMs } from './fibre'
import type { BandFactors, LatencyParams, RttPath } from './params'

export interface RttEstimate {
  /** Central estimate, ms. */
  rttMs: number
  /** A band meant to hold most real measurements, ms; lowMs is never below the fibre bound. */
  lowMs: number
  highMs: number
}

/** Band factors for an estimate corrected with the given strength (0 = distance only, 1 = fully corrected). */
export function bandFactors(params: LatencyParams, strength: number): BandFactors {
  const s = Math.min(1, Math.max(0, strength))
  const { distanceOnly: far, routeCorrected: near } = params.band
  // Interpolated in log space, where the residuals were measured.
  return {
    low: Math.exp((1 - s) * Math.log(far.low) + s * Math.log(near.low)),
    high: Math.exp((1 - s) * Math.log(far.high) + s * Math.log(near.high)),
  }
}

/**
 * Estimate and band at distance d, scaled by exp(logCorrection) (a measured
 * route correction, 0 when none). An internet path's band reaches down to the
 * backbone's fast end with the distance-only width whatever the correction:
 * the correction carries AWS's own routes, and a public path between
 * well-connected hosts may take a shorter one. Its upper side adds the
 * access allowance (a home or mobile line is slower than a data centre's).
 */
export function estimateAtDistance(
  distanceKm: number,
  params: LatencyParams,
  path: RttPath,
  logCorrection = 0,
  strength = 0,
): RttEstimate {
  const bound = fibreBoundMs(distanceKm)
  const factor = Math.exp(logCorrection)
  const rttMs = Math.max(bound, centralRttMs(distanceKm, params, path) * factor)
  const backboneMs = Math.max(bound, centralRttMs(distanceKm, params, 'backbone') * factor)
  const band = bandFactors(params, strength)
  const internet = path === 'internet'
  const low = internet ? Math.min(band.low, params.band.distanceOnly.low) : band.low
  return {
    rttMs,
    lowMs: Math.max(bound, Math.min(rttMs, backboneMs * low)),
    highMs: rttMs * band.high + (internet ? params.internet.accessMs : 0),
  }
}

/** RTT between two points from great-circle distance alone, with its band. */
export function estimateRtt(from: LatLon, to: LatLon, params: LatencyParams, path: RttPath): RttEstimate {
  return estimateAtDistance(greatCircleKm(from, to), params, path)
}
