import { EARTH_RADIUS_KM, clampUnit, radians } from './constants'

export interface LatLon {
  lat: number
  lon: number
}

/**
 * Central angle between two points in radians, by the haversine formula,
 * which stays accurate for tiny distances where the spherical law of cosines
 * loses precision.
 */
export function centralAngle(a: LatLon, b: LatLon): number {
  const phi1 = a.lat * radians
  const phi2 = b.lat * radians
  const dPhi = phi2 - phi1
  const dLambda = (b.lon - a.lon) * radians
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2
  return 2 * Math.asin(Math.sqrt(clampUnit(h)))
}

/** Great-circle distance in kilometres on the mean-radius sphere. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM
}
