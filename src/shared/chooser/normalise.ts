/** The factor value given to a region whose figure is unknown: neither rewarded nor punished. */
export const NEUTRAL_FACTOR = 0.5

/**
 * Min-max normalisation where lower is better (milliseconds, prices): the
 * best known value scores 1, the worst 0, linearly between. The range is
 * taken over the candidates only, so it never depends on the weights.
 *
 * The map is strictly decreasing whenever the known values differ, which the
 * chooser's ordering guarantee rests on: a dearer region never gets a higher
 * price factor than a cheaper one. When every known value is the same there is
 * nothing to tell apart and each scores 1 (each is the best known). Unknown
 * values (null, or not finite) score NEUTRAL_FACTOR.
 */
export function lowerIsBetter(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (known.length === 0) return values.map(() => null)
  const min = Math.min(...known)
  const span = Math.max(...known) - min
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null
    return span === 0 ? 1 : (min + span - v) / span
  })
}
