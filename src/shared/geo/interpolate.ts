import { angleBetween } from './angle'
import { epsilon } from './constants'
import type { LatLon } from './distance'
import { toLatLon, toVector, type Vec3 } from './toVector'

/**
 * Spherical linear interpolation between two unit vectors, written into `out`
 * so animation loops allocate nothing (`out` may alias `a` or `b`).
 *
 * Degenerate cases have an explicit answer instead of NaN: equal points stay
 * put, and antipodal points (where every great circle joins them) travel
 * through the point 90° from `a` towards the north pole, or towards lon 0 on
 * the equator when `a` is itself a pole.
 */
export function slerp(a: Readonly<Vec3>, b: Readonly<Vec3>, t: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const [ax, ay, az] = a
  const [bx, by, bz] = b
  const angle = angleBetween(a, b)
  if (angle < epsilon) {
    out[0] = ax
    out[1] = ay
    out[2] = az
    return out
  }
  if (Math.PI - angle < 1e-6) return halfCircle(ax, ay, az, t, out)
  const sin = Math.sin(angle)
  const wa = Math.sin((1 - t) * angle) / sin
  const wb = Math.sin(t * angle) / sin
  out[0] = wa * ax + wb * bx
  out[1] = wa * ay + wb * by
  out[2] = wa * az + wb * bz
  return out
}

/** The path from a point to its antipode through a fixed, well-defined midpoint. */
function halfCircle(ax: number, ay: number, az: number, t: number, out: Vec3): Vec3 {
  // The part of the north axis orthogonal to a; at a pole, fall back to +z (lon 0).
  let mx = -ay * ax
  let my = 1 - ay * ay
  let mz = -ay * az
  let m = Math.hypot(mx, my, mz)
  if (m < 1e-6) {
    mx = -az * ax
    my = -az * ay
    mz = 1 - az * az
    m = Math.hypot(mx, my, mz)
  }
  const c = Math.cos(t * Math.PI)
  const s = Math.sin(t * Math.PI) / m
  out[0] = c * ax + s * mx
  out[1] = c * ay + s * my
  out[2] = c * az + s * mz
  return out
}

/**
 * Great-circle interpolator between two points, like d3's geoInterpolate:
 * returns t ∈ [0, 1] → the point that fraction of the way along the shorter
 * arc. Equal and antipodal inputs are handled (see `slerp`).
 */
export function interpolate(a: LatLon, b: LatLon): (t: number) => LatLon {
  const va = toVector(a.lat, a.lon)
  const vb = toVector(b.lat, b.lon)
  const scratch: Vec3 = [0, 0, 0]
  return (t) => {
    if (t <= 0) return { lat: a.lat, lon: a.lon }
    if (t >= 1) return { lat: b.lat, lon: b.lon }
    slerp(va, vb, t, scratch)
    return toLatLon(scratch[0], scratch[1], scratch[2])
  }
}
