/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088

/** Below this, two angles (radians) are treated as equal. */
export const epsilon = 1e-9

export const radians = Math.PI / 180
export const degrees = 180 / Math.PI

/** Clamps before asin/acos so rounding never yields NaN. */
export function clampUnit(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x
}
