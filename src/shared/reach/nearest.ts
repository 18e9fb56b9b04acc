import type { ReachModel } from './model'

export interface NearestResult {
  /** Estimated RTT to the nearest target, ms; the ceiling (default Infinity) when no target is below it. */
  rttMs: number
  /** Position of that target in the target list; -1 when no target is below the ceiling. */
  target: number
}

/**
 * A lower bound must exceed the best round trip found by this fraction before
 * a region is skipped unevaluated: the bounds and the estimate are computed by
 * different float operations, and a skip must never depend on their rounding.
 */
const PRUNE_MARGIN = 1e-9

const safelyAbove = (bound: number, best: number) => bound * (1 - PRUNE_MARGIN) >= best

/**
 * `ceilingMs`: only a target with a lower round trip counts, so a caller
 * that already knows a round trip (from regions it looked at before) skips
 * every target that cannot beat it.
 */
export type NearestFinder = (distancesKm: Float64Array, out: NearestResult, ceilingMs?: number) => void

/**
 * Finds, one place at a time, the target region with the lowest estimated
 * round trip: exactly what estimating every target and taking the minimum
 * gives (ties go to the earlier target), with most targets ruled out by lower
 * bounds instead of estimated. The target with the lowest cheap bound is
 * estimated first; another is estimated only if neither its cheap bound nor,
 * failing that, its tighter bound is above the best round trip found so far.
 * On a whole-world grid about one target per place ends up estimated.
 *
 * `targets` are region indices of the model; `distancesKm` holds the place's
 * distances to every region of the model.
 */
export function createNearestFinder(model: ReachModel, targets: readonly number[]): NearestFinder {
  const count = targets.length
  const ids = Int32Array.from(targets)
  const bounds = new Float64Array(count)
  const scratch = model.scratch()
  return (distancesKm, out, ceilingMs = Number.POSITIVE_INFINITY) => {
    let best = ceilingMs
    let bestTarget = -1
    let first = 0
    for (let k = 0; k < count; k += 1) {
      const id = ids[k] as number
      bounds[k] = model.lowerBoundMs(id, distancesKm[id] as number)
      if ((bounds[k] as number) < (bounds[first] as number)) first = k
    }
    if (count > 0 && !safelyAbove(bounds[first] as number, best)) {
      const rtt = model.rttMs(ids[first] as number, distancesKm, scratch)
      if (rtt < best) {
        best = rtt
        bestTarget = first
      }
    }
    let prepared = false
    for (let k = 0; k < count; k += 1) {
      if (k === first || safelyAbove(bounds[k] as number, best)) continue
      const id = ids[k] as number
      if (!prepared) {
        model.prepareBounds(distancesKm, scratch)
        prepared = true
      }
      if (safelyAbove(model.tighterBoundMs(id, distancesKm, scratch), best)) continue
      const rtt = model.rttMs(id, distancesKm, scratch)
      if (rtt < best || (rtt === best && bestTarget >= 0 && k < bestTarget)) {
        best = rtt
        bestTarget = k
      }
    }
    out.rttMs = best
    out.target = bestTarget
  }
}
