import { radians } from './constants'

export type Vec3 = [x: number, y: number, z: number]

/**
 * Latitude/longitude (degrees) to a point on a sphere of the given radius, in
 * the scene's frame: y is north, longitude 0 faces +z, longitude 90°E faces +x.
 * Writes into `out` when given, so render loops allocate nothing.
 */
export function toVector(lat: number, lon: number, radius = 1, out: Vec3 = [0, 0, 0]): Vec3 {
  const phi = lat * radians
  const lambda = lon * radians
  const c = Math.cos(phi)
  out[0] = radius * c * Math.sin(lambda)
  out[1] = radius * Math.sin(phi)
  out[2] = radius * c * Math.cos(lambda)
  return out
}

/** The inverse of toVector: degrees latitude and longitude of a direction (any length > 0). */
export function toLatLon(x: number, y: number, z: number): { lat: number; lon: number } {
  const r = Math.hypot(x, y, z)
  if (r === 0) return { lat: 0, lon: 0 }
  const lat = Math.asin(Math.max(-1, Math.min(1, y / r))) / radians
  // At the poles longitude is undefined; report 0 rather than a rounding artefact.
  const lon = Math.abs(x) < 1e-12 && Math.abs(z) < 1e-12 ? 0 : Math.atan2(x, z) / radians
  return { lat, lon }
}
