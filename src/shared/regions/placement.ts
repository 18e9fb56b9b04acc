import type { CoordinatePrecision, Region } from '../dataset/schema'
import { destination } from '../geo/destination'
import { greatCircleKm } from '../geo/distance'

export type PlacedRegion = Pick<Region, 'code' | 'lat' | 'lon' | 'coordinatePrecision'>

export interface DrawnPosition {
  code: string
  /** Where the marker is drawn. */
  lat: number
  lon: number
  /** The coordinates the dataset gives (a city, a metro, or a placeholder). */
  given: { lat: number; lon: number }
  precision: CoordinatePrecision
  /** The given point is a placeholder (precision 'approximate' or 'country'): drawn as approximate, and said so. */
  approximate: boolean
  /** The marker was moved off its given point so as not to sit on another region's marker. */
  offset: boolean
  offsetKm: number
}

/** Markers closer than this would be drawn on top of each other at the globe's usual zoom. */
export const MIN_MARKER_SEPARATION_KM = 80

/** The bearings tried, in order, for a marker that must move: south-east first, then round the compass. */
const BEARINGS = [135, 45, 225, 315, 90, 180, 270, 0]
const MAX_RINGS = 6

export function isPlaceholder(precision: CoordinatePrecision): boolean {
  return precision === 'approximate' || precision === 'country'
}

/**
 * Where each region's marker is drawn, so that none sits on another's.
 * Regions with city- or metro-level coordinates keep them and are placed
 * first; a region whose point is a placeholder (us-gov-east-1 shares
 * Columbus with us-east-2) is drawn at its point if that is clear, and
 * otherwise moved to the first clear point on rings of MIN_MARKER_SEPARATION_KM
 * around it, flagged offset. A placeholder is always flagged approximate.
 * Deterministic: the same regions in the same order give the same positions.
 */
export function drawnPositions(regions: readonly PlacedRegion[], minSeparationKm = MIN_MARKER_SEPARATION_KM): DrawnPosition[] {
  const order = regions
    .map((region, index) => ({ region, index }))
    .sort((a, b) => Number(isPlaceholder(a.region.coordinatePrecision)) - Number(isPlaceholder(b.region.coordinatePrecision)) || a.index - b.index)
  const placed: { lat: number; lon: number }[] = []
  const clear = (p: { lat: number; lon: number }) => placed.every((q) => greatCircleKm(p, q) >= minSeparationKm)
  const byCode = new Map<string, DrawnPosition>()
  for (const { region } of order) {
    const given = { lat: region.lat, lon: region.lon }
    let point = given
    let offsetKm = 0
    if (!clear(given)) {
      search: for (let ring = 1; ring <= MAX_RINGS; ring++) {
        for (const bearing of BEARINGS) {
          const candidate = destination(given, bearing, ring * minSeparationKm)
          if (clear(candidate)) {
            point = candidate
            offsetKm = ring * minSeparationKm
            break search
          }
        }
      }
    }
    placed.push(point)
    byCode.set(region.code, {
      code: region.code,
      lat: point.lat,
      lon: point.lon,
      given,
      precision: region.coordinatePrecision,
      approximate: isPlaceholder(region.coordinatePrecision),
      offset: offsetKm > 0,
      offsetKm,
    })
  }
  return regions.map((r) => byCode.get(r.code)!)
}
