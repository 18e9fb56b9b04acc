import { clampUnit, degrees, EARTH_RADIUS_KM, radians } from './constants'
import type { LatLon } from './distance'

/**
 * The point `distanceKm` from `from` along the initial bearing `bearingDeg`
 * (0 = north, 90 = east), on the sphere. The longitude is wrapped to
 * [-180, 180], so a step across the antimeridian stays valid.
 */
export function destination(from: LatLon, bearingDeg: number, distanceKm: number): LatLon {
  const delta = distanceKm / EARTH_RADIUS_KM
  const theta = bearingDeg * radians
  const phi1 = from.lat * radians
  const lambda1 = from.lon * radians
  const sinPhi2 = clampUnit(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta))
  const phi2 = Math.asin(sinPhi2)
  const lambda2 =
    lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2)
  const lon = ((((lambda2 * degrees + 180) % 360) + 360) % 360) - 180
  return { lat: phi2 * degrees, lon }
}
