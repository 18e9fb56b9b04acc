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
 * route correction, 0 when none).
 *
 * Backbone (region to region): the curve, its band interpolated by the
 * correction's strength (both from the inter-region matrix).
 *
 * Internet (a user): the curve over the public internet (the routing
 * premium) plus the access path, internet.accessMs, which is what keeps a
 * user standing in a region's city from getting the region's own figures.
 * The band is internet.band, measured on public-internet round trips held
 * out of every fit; the correction's strength does not narrow it, because
 * what spreads users' round trips is mostly their access, not the route.
 * No band reaches below the fibre bound, and a user's never closes on the
 * figure (accessMs > 0, band.low < 1 < band.high).
 */
export function estimateAtDistance(
  distanceKm: number,
  params: LatencyParams,
  path: RttPath,
  logCorrection = 0,
  strength = 0,
): RttEstimate {
  const bound = fibreBoundMs(distanceKm)
  const routeMs = Math.max(bound, centralRttMs(distanceKm, params, path) * Math.exp(logCorrection))
  if (path === 'internet') {
    const { accessMs, band } = params.internet
    const rttMs = routeMs + accessMs
    return { rttMs, lowMs: Math.max(bound, rttMs * band.low), highMs: rttMs * band.high }
  }
  const band = bandFactors(params, strength)
  return { rttMs: routeMs, lowMs: Math.max(bound, routeMs * band.low), highMs: routeMs * band.high }
}

/** RTT between two points from great-circle distance alone, with its band. */
export function estimateRtt(from: LatLon, to: LatLon, params: LatencyParams, path: RttPath): RttEstimate {
  return estimateAtDistance(greatCircleKm(from, to), params, path)
}
