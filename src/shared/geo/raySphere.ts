import type { Vec3 } from './toVector'

/**
 * Where a ray first meets a sphere centred at the origin: the distance along
 * the ray (in units of `direction`'s length) to the nearest intersection in
 * front of `origin`, or null when the ray misses. A ray starting inside the
 * sphere meets it on the way out.
 */
export function raySphere(origin: Readonly<Vec3>, direction: Readonly<Vec3>, radius = 1): number | null {
  const [ox, oy, oz] = origin
  const [dx, dy, dz] = direction
  const a = dx * dx + dy * dy + dz * dz
  if (a === 0) return null
  const b = ox * dx + oy * dy + oz * dz
  const c = ox * ox + oy * oy + oz * oz - radius * radius
  const discriminant = b * b - a * c
  if (discriminant < 0) return null
  const root = Math.sqrt(discriminant)
  const near = (-b - root) / a
  if (near >= 0) return near
  const far = (-b + root) / a
  return far >= 0 ? far : null
}
