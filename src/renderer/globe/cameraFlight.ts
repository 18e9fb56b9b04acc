import { angleBetween, slerp, toLatLon, toVector, type Vec3 } from '../../shared/geo'

/**
 * A camera flight around the globe: the view direction follows the great
 * circle from `from` to `to` (unit vectors), the distance from the centre
 * eases between the two, and long flights rise a little on the way so the
 * user keeps their bearings instead of skimming the surface.
 */
export interface Flight {
  from: Vec3
  to: Vec3
  fromDistance: number
  toDistance: number
  /** Extra distance at mid-flight. */
  hop: number
  /** Seconds. */
  duration: number
  elapsed: number
}

/** The zoom a flight ends at: near enough to see the region's neighbourhood, far enough to keep context. */
export function comfortableDistance(current: number): number {
  return Math.min(Math.max(current, 1.6), 2.3)
}

export function planFlight(from: Readonly<Vec3>, fromDistance: number, to: Readonly<Vec3>, toDistance: number): Flight {
  const angle = angleBetween(from, to)
  // Rise when the arc is long compared with the altitude, so the destination comes into view early.
  const hop = Math.max(0, 0.8 * angle - (Math.max(fromDistance, toDistance) - 1))
  return {
    from: [from[0], from[1], from[2]],
    to: [to[0], to[1], to[2]],
    fromDistance,
    toDistance,
    hop,
    duration: 1 + (0.5 * angle) / Math.PI,
    elapsed: 0,
  }
}

/** Smooth start and stop. */
export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2
}

/**
 * Advances a flight by `dt` seconds and writes the camera position into
 * `out`. Returns false once the flight has arrived (and `out` is the end).
 */
export function stepFlight(flight: Flight, dt: number, out: Vec3): boolean {
  flight.elapsed = Math.min(flight.duration, flight.elapsed + dt)
  const progress = flight.duration > 0 ? flight.elapsed / flight.duration : 1
  const eased = easeInOutCubic(progress)
  slerp(flight.from, flight.to, eased, out)
  const distance =
    flight.fromDistance + (flight.toDistance - flight.fromDistance) * eased + flight.hop * Math.sin(Math.PI * eased)
  out[0] *= distance
  out[1] *= distance
  out[2] *= distance
  return progress < 1
}

/** Latitude the camera may reach: OrbitControls keeps it this far off the poles. */
export const MAX_VIEW_LATITUDE = 83

/** A view as scenes store it: the point under the camera (degrees) and the distance from the centre (Earth radii). */
export interface ViewTarget {
  lat: number
  lon: number
  distance: number
}

/** The view of a camera at (x, y, z) looking at the centre. */
export function viewOfPosition(x: number, y: number, z: number): ViewTarget {
  const { lat, lon } = toLatLon(x, y, z)
  return { lat, lon, distance: Math.hypot(x, y, z) }
}

/**
 * Where a view puts the camera, within what the rig allows: off the poles
 * and between the closest and farthest zoom. Writes the unit direction into
 * `direction` and returns the distance.
 */
export function placeView(view: ViewTarget, minDistance: number, maxDistance: number, direction: Vec3): number {
  const lat = Math.max(-MAX_VIEW_LATITUDE, Math.min(MAX_VIEW_LATITUDE, view.lat))
  toVector(lat, view.lon, 1, direction)
  return Math.max(minDistance, Math.min(maxDistance, view.distance))
}
