/** Four decimals of a degree: about 10 m on the ground, finer than a click can aim, and a file a person can read. */
export const COORDINATE_STEP = 1e4

/** A coordinate (or a camera distance in Earth radii) rounded to COORDINATE_STEP. */
export function roundCoordinate(value: number): number {
  return Math.round(value * COORDINATE_STEP) / COORDINATE_STEP
}
