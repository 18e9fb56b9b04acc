import type { Vec3 } from './toVector'

/**
 * How far a point on a sphere (centred at the origin) lies in front of the
 * horizon seen from `eye`: the cosine of the angle between the point and the
 * eye direction, minus the cosine of the horizon angle (radius / eye
 * distance). Positive means visible, 0 is exactly on the limb, negative is
 * behind the globe. The margin lets callers fade things near the limb.
 *
 * `point` is a direction (any length > 0); the sphere's radius is `radius`.
 * An eye inside the sphere sees nothing.
 */
export function horizonMargin(point: Readonly<Vec3>, eye: Readonly<Vec3>, radius = 1): number {
  const pl = Math.hypot(point[0], point[1], point[2])
  const el = Math.hypot(eye[0], eye[1], eye[2])
  if (pl === 0 || el <= radius) return -1
  const cos = (point[0] * eye[0] + point[1] * eye[1] + point[2] * eye[2]) / (pl * el)
  return cos - radius / el
}

/** Whether a point on the sphere is on the hemisphere the eye can see (in front of the horizon). */
export function isVisible(point: Readonly<Vec3>, eye: Readonly<Vec3>, radius = 1): boolean {
  return horizonMargin(point, eye, radius) > 0
}
