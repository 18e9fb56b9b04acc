import { slerp } from './interpolate'
import type { Vec3 } from './toVector'

/** How high an arc rises: proportional to the angle it spans, up to a ceiling. */
export interface ArcLift {
  /** Height at the midpoint per radian of great-circle angle, in sphere radii. */
  perRadian: number
  /** Highest midpoint, in sphere radii, so antipodal arcs do not tower over the globe. */
  max: number
}

/** The midpoint height of an arc spanning `angle` radians. */
export function arcHeight(angle: number, lift: ArcLift): number {
  if (!(angle > 0)) return 0
  return Math.min(lift.max, angle * lift.perRadian)
}

const point: Vec3 = [0, 0, 0]

/**
 * Points along the great circle from `a` to `b` (unit vectors), lifted off a
 * sphere of `radius` by `height · sin(πt)`: both ends lie on the sphere, the
 * midpoint is `height` above it, and the climb is smooth. Writes
 * `pieces + 1` points (x, y, z) into `out` from `offset`, allocating nothing.
 *
 * Equal points give `pieces + 1` copies of the point (an arc of length 0,
 * which draws nothing); antipodal points follow the half circle `slerp`
 * chooses.
 */
export function liftedArc(
  a: Readonly<Vec3>,
  b: Readonly<Vec3>,
  pieces: number,
  radius: number,
  height: number,
  out: Float32Array,
  offset = 0,
): void {
  for (let k = 0; k <= pieces; k++) {
    const t = k / pieces
    slerp(a, b, t, point)
    // sin(π) is not exactly 0: pin the ends to the sphere.
    const r = radius + (k === 0 || k === pieces ? 0 : height * Math.sin(Math.PI * t))
    const o = offset + 3 * k
    out[o] = point[0] * r
    out[o + 1] = point[1] * r
    out[o + 2] = point[2] * r
  }
}
