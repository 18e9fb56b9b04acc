/** Speed of light in vacuum, km/s (exact, by the SI definition of the metre). */
export const SPEED_OF_LIGHT_KM_PER_S = 299_792.458

/**
 * Group index of standard single-mode fibre (ITU-T G.652) in the 1310–1550 nm
 * bands: about 1.467–1.47. Light in such fibre covers about 204 km per ms.
 */
export const FIBRE_GROUP_INDEX = 1.47

/** Kilometres light travels in fibre per millisecond (≈ 203.9). */
export const FIBRE_KM_PER_MS = SPEED_OF_LIGHT_KM_PER_S / FIBRE_GROUP_INDEX / 1000

/**
 * The fastest round trip physics allows over fibre laid along the great
 * circle: there and back at fibre speed, with no detour, no queue and no
 * processing. No real path, and no estimate or band here, is below it.
 */
export function fibreBoundMs(distanceKm: number): number {
  return (2 * Math.max(0, distanceKm)) / FIBRE_KM_PER_MS
}
