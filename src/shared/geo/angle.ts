import type { Vec3 } from './toVector'

/**
 * The angle in radians between two direction vectors (any length > 0).
 * atan2(|a×b|, a·b) keeps full precision for tiny and for near-antipodal
 * angles, where acos of the dot product does not.
 */
export function angleBetween(a: Readonly<Vec3>, b: Readonly<Vec3>): number {
  const cx = a[1] * b[2] - a[2] * b[1]
  const cy = a[2] * b[0] - a[0] * b[2]
  const cz = a[0] * b[1] - a[1] * b[0]
  return Math.atan2(Math.hypot(cx, cy, cz), a[0] * b[0] + a[1] * b[1] + a[2] * b[2])
}
