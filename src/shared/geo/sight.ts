import type { Vec3 } from './toVector'

/**
 * Whether the straight line from `eye` to `point` clears a sphere of
 * `radius` centred at the origin: the test for a point above the surface
 * (an arc's midpoint, a label lifted off the ground), which can be seen
 * beyond the horizon where a point on the surface could not.
 * A point inside the sphere is never in sight.
 */
export function inSight(point: Readonly<Vec3>, eye: Readonly<Vec3>, radius = 1): boolean {
  const [px, py, pz] = point
  const dx = eye[0] - px
  const dy = eye[1] - py
  const dz = eye[2] - pz
  const r2 = radius * radius
  if (px * px + py * py + pz * pz < r2) return false
  const dd = dx * dx + dy * dy + dz * dz
  if (dd === 0) return true
  // The segment's closest approach to the centre, at parameter s ∈ [0, 1] from the point.
  const s = Math.max(0, Math.min(1, -(px * dx + py * dy + pz * dz) / dd))
  const cx = px + s * dx
  const cy = py + s * dy
  const cz = pz + s * dz
  return cx * cx + cy * cy + cz * cz >= r2
}
