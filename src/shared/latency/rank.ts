import { greatCircleKm, type LatLon } from '../geo/distance'
import { centralRttMs } from './curve'
import { estimateAtDistance, type RttEstimate } from './estimate'
import { measuredLookup, type MeasuredLookup, type MeasuredMatrix } from './measured'
import type { LatencyParams, RttPath } from './params'
import { createRouteCorrector, type RegionPoint } from './routeCorrection'

export type RttBasis = 'estimated' | 'measured'

export interface RankedRegion extends RttEstimate {
  code: string
  basis: RttBasis
}

/**
 * What a figure rests on, so that it can say so (see basisText):
 * - measured: the inter-region matrix's own value from region `from` (backbone path only);
 * - measured-route: the measured round trip from region `from`, at whose site the origin
 *   stands, to the target; for a user, carried over to the public internet and added to
 *   the access path;
 * - route-corrected: distance, corrected by measured routes of nearby regions, `anchor`'s
 *   weighing most;
 * - distance: distance alone.
 */
export type RttGrounds =
  | { kind: 'measured'; from: string }
  | { kind: 'measured-route'; from: string }
  | { kind: 'route-corrected'; anchor: string }
  | { kind: 'distance' }

/** A ranked figure with the path it is for (internet figures include the access path) and what it rests on. */
export interface ExplainedRegion extends RankedRegion {
  path: RttPath
  basedOn: RttGrounds
}

/** A point, or a region when `regionCode` names one (then its measured routes are used where they exist). */
export interface Origin extends LatLon {
  regionCode?: string
}

export interface RankOptions {
  /** Default 'internet': a user reaches a region over the public internet. */
  path?: RttPath
}

/** A point this close to a measured region's coordinates is taken to be that region. */
export const SAME_SITE_KM = 1

/** A correction weaker than this is not worth naming: the figure is said to rest on distance alone. */
export const NAMED_CORRECTION = 0.1

export type RegionRanker = (from: Origin, options?: RankOptions) => ExplainedRegion[]

function siteOf(from: Origin, regions: readonly RegionPoint[], lookup: MeasuredLookup | null): string | null {
  if (!lookup) return null
  if (from.regionCode !== undefined) return lookup.has(from.regionCode) ? from.regionCode : null
  let best: string | null = null
  let bestKm = SAME_SITE_KM
  for (const r of regions) {
    const km = greatCircleKm(from, r)
    if (km <= bestKm && lookup.has(r.code)) {
      best = r.code
      bestKm = km
    }
  }
  return best
}

/**
 * Prepares the route table once, so that ranking many origins is cheap:
 * every region sorted by estimated RTT from `from`.
 *
 * On the backbone path, from a region to a region the matrix measured, the
 * figure is the measurement (its two directions as the band): that is the
 * inter-region matrix. On the internet path the figure is a user's, and a
 * user is never inside AWS's network: from a region's own site it is the
 * measured round trip from that region carried over to the public internet,
 * plus the access path, with the user band (see estimateAtDistance); never
 * the bare measurement.
 */
export function createRegionRanker(
  regions: readonly RegionPoint[],
  params: LatencyParams,
  measured?: MeasuredMatrix,
): RegionRanker {
  const lookup = measured ? measuredLookup(measured) : null
  const corrector = lookup ? createRouteCorrector(regions, lookup, params) : null

  return (from, options = {}) => {
    const path = options.path ?? 'internet'
    const site = siteOf(from, regions, lookup)
    const anchorKm = corrector ? corrector.anchorDistances(from) : null
    const ranked = regions.map((target): ExplainedRegion => {
      const km = greatCircleKm(from, target)
      const measuredMs = site && lookup ? lookup.get(site, target.code) : null
      if (site && lookup && measuredMs !== null) {
        if (path === 'backbone') {
          const range = lookup.range(site, target.code) ?? { min: measuredMs, max: measuredMs }
          return {
            code: target.code,
            rttMs: measuredMs,
            lowMs: range.min,
            highMs: range.max,
            basis: 'measured',
            path,
            basedOn: { kind: 'measured', from: site },
          }
        }
        // The measurement stands in for the route between the two metros: a full-strength correction.
        const modelMs = centralRttMs(km, params, 'backbone')
        const log = modelMs > 0 ? Math.log(measuredMs / modelMs) : 0
        return {
          code: target.code,
          ...estimateAtDistance(km, params, path, log, 1),
          basis: 'estimated',
          path,
          basedOn: { kind: 'measured-route', from: site },
        }
      }
      const c = corrector && anchorKm ? corrector.correction(target.code, km, anchorKm) : { log: 0, strength: 0, anchor: null }
      const basedOn: RttGrounds =
        c.anchor !== null && c.strength >= NAMED_CORRECTION ? { kind: 'route-corrected', anchor: c.anchor } : { kind: 'distance' }
      return { code: target.code, ...estimateAtDistance(km, params, path, c.log, c.strength), basis: 'estimated', path, basedOn }
    })
    return ranked.sort((a, b) => a.rttMs - b.rttMs || a.code.localeCompare(b.code))
  }
}

/** Every region ranked by RTT from one origin (see createRegionRanker; use that for many origins). */
export function rankRegions(
  from: Origin,
  regions: readonly RegionPoint[],
  params: LatencyParams,
  measured?: MeasuredMatrix,
  options?: RankOptions,
): ExplainedRegion[] {
  return createRegionRanker(regions, params, measured)(from, options)
}
