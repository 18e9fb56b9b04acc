import { greatCircleKm, type LatLon } from '../geo/distance'
import { estimateAtDistance, type RttEstimate } from './estimate'
import { measuredLookup, type MeasuredMatrix } from './measured'
import type { LatencyParams, RttPath } from './params'
import { createRouteCorrector, type RegionPoint } from './routeCorrection'

export type RttBasis = 'estimated' | 'measured'

export interface RankedRegion extends RttEstimate {
  code: string
  basis: RttBasis
}

/** A point, or a region when `regionCode` names one (then measured figures are used where they exist). */
export interface Origin extends LatLon {
  regionCode?: string
}

export interface RankOptions {
  /** Default 'internet': a user reaches a region over the public internet. */
  path?: RttPath
}

/** A point this close to a measured region's coordinates is taken to be that region. */
export const SAME_SITE_KM = 1

export type RegionRanker = (from: Origin, options?: RankOptions) => RankedRegion[]

/**
 * Prepares the route table once, so that ranking many origins is cheap:
 * every region sorted by estimated RTT from `from`. Region-to-region pairs
 * that the matrix measured are reported as measured (the matrix's own value,
 * its two directions as the band).
 */
export function createRegionRanker(
  regions: readonly RegionPoint[],
  params: LatencyParams,
  measured?: MeasuredMatrix,
): RegionRanker {
  const lookup = measured ? measuredLookup(measured) : null
  const corrector = lookup ? createRouteCorrector(regions, lookup, params) : null

  const originRegion = (from: Origin): string | null => {
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

  return (from, options = {}) => {
    const path = options.path ?? 'internet'
    const origin = originRegion(from)
    const anchorKm = corrector ? corrector.anchorDistances(from) : null
    const ranked = regions.map((target): RankedRegion => {
      const range = origin && lookup ? lookup.range(origin, target.code) : null
      if (origin && lookup && range) {
        const rttMs = lookup.get(origin, target.code) ?? range.min
        return { code: target.code, rttMs, lowMs: range.min, highMs: range.max, basis: 'measured' }
      }
      const km = greatCircleKm(from, target)
      const c = corrector && anchorKm ? corrector.correction(target.code, km, anchorKm) : { log: 0, strength: 0 }
      return { code: target.code, ...estimateAtDistance(km, params, path, c.log, c.strength), basis: 'estimated' }
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
): RankedRegion[] {
  return createRegionRanker(regions, params, measured)(from, options)
}
