import { greatCircleKm, type LatLon } from '../geo/distance'
import { centralRttMs } from './curve'
import type { MeasuredLookup } from './measured'
import type { LatencyParams } from './params'

export interface RegionPoint extends LatLon {
  code: string
}

export interface Correction {
  /** log of the factor applied to the distance estimate (0: none). */
  log: number
  /** 0 (distance only) … 1 (fully corrected); sets the band (see bandFactors). */
  strength: number
  /** The anchor region whose measured route weighs most in the correction, null when none does. */
  anchor: string | null
}

export interface RouteCorrector {
  /** The regions whose measured routes serve as anchors. */
  readonly anchors: readonly RegionPoint[]
  /** Great-circle distances from a point to every anchor, in the order of `anchors`. */
  anchorDistances(point: LatLon): Float64Array
  correction(targetCode: string, distanceToTargetKm: number, anchorDistances: Float64Array): Correction
  /*
   * Lower bounds on correction(…).log, for searches that must rule a region
   * out without estimating it (the reach surface). They rest on two facts of
   * the formula below: the correction Σ w·r / (Σ w + w0) is a weighted mean
   * of residuals shrunk towards 0, and an anchor's weight never exceeds its
   * ceiling exp(−(d_PA / L)²), whatever the distance to the target.
   */
  /** The lowest log correction ever applied to a target, from any point: min(0, its most negative residual). */
  correctionFloor(targetCode: string): number
  /** Writes each anchor's weight ceiling, exp(−(d_PA / L)²), for a point at these anchor distances. */
  anchorCeilings(anchorDistances: Float64Array, out: Float64Array): void
  /**
   * The lowest log correction a target can get at a point whose anchor
   * weights are at most `ceilings`. Over weights between 0 and their
   * ceilings, Σ w·r / (Σ w + w0) is lowest when the anchors with the most
   * negative residuals weigh their ceiling and all others nothing, so the
   * minimum over the prefixes of the negative residuals, most negative first,
   * is the bound.
   */
  correctionBound(targetCode: string, ceilings: Float64Array): number
}

interface Residual {
  anchor: number
  log: number
}

const NONE: Correction = { log: 0, strength: 0, anchor: null }

/**
 * Distance alone misses how routes really run: Cape Town reaches Asia through
 * Europe, Tel Aviv reaches the Gulf the same way. The measured matrix knows.
 * For a point near measured regions (anchors), the estimate to a target takes
 * on the anchors' measured residual to that target, log(measured / distance
 * estimate), weighted by the anchor's nearness:
 *   w = exp(−(d_PA / L)²) · exp(−(d_PA / (f · d_PT))²)
 *   log correction = Σ w · residual / (Σ w + w0)
 * The second factor lets an anchor speak only for targets much farther away
 * than itself; w0 shrinks the correction towards none when anchors are few or
 * far. `exclude` leaves regions out (for cross-validation).
 */
export function createRouteCorrector(
  points: readonly RegionPoint[],
  measured: MeasuredLookup,
  params: LatencyParams,
  exclude: ReadonlySet<string> = new Set(),
): RouteCorrector {
  const anchors = points.filter((p) => measured.has(p.code) && !exclude.has(p.code))
  const residuals = new Map<string, Residual[]>()
  for (const target of points) {
    if (exclude.has(target.code)) continue
    const list: Residual[] = []
    anchors.forEach((anchor, a) => {
      if (anchor.code === target.code) return
      const ms = measured.symmetric(anchor.code, target.code)
      if (ms === null || ms <= 0) return
      const model = centralRttMs(greatCircleKm(anchor, target), params, 'backbone')
      list.push({ anchor: a, log: Math.log(ms / model) })
    })
    if (list.length > 0) residuals.set(target.code, list)
  }
  const { lengthKm, priorWeight, nearFraction } = params.routeCorrection
  // Each target's negative residuals, most negative first (see correctionBound).
  const negatives = new Map<string, Residual[]>()
  for (const [code, list] of residuals) negatives.set(code, list.filter((r) => r.log < 0).sort((a, b) => a.log - b.log))

  return {
    anchors,
    anchorDistances(point) {
      const out = new Float64Array(anchors.length)
      anchors.forEach((a, i) => (out[i] = greatCircleKm(point, a)))
      return out
    },
    correction(targetCode, distanceToTargetKm, anchorDistances) {
      const list = residuals.get(targetCode)
      const reach = nearFraction * distanceToTargetKm
      if (!list || reach <= 0) return NONE
      let weight = 0
      let sum = 0
      let heaviest = -1
      let heaviestWeight = 0
      for (const r of list) {
        const d = anchorDistances[r.anchor] ?? Infinity
        const w = Math.exp(-((d / lengthKm) ** 2) - (d / reach) ** 2)
        weight += w
        sum += w * r.log
        if (w > heaviestWeight) {
          heaviest = r.anchor
          heaviestWeight = w
        }
      }
      if (weight === 0) return NONE
      return {
        log: sum / (weight + priorWeight),
        strength: weight / (weight + priorWeight),
        anchor: anchors[heaviest]?.code ?? null,
      }
    },
    correctionFloor: (targetCode) => negatives.get(targetCode)?.[0]?.log ?? 0,
    anchorCeilings(anchorDistances, out) {
      for (let a = 0; a < anchors.length; a += 1) out[a] = Math.exp(-(((anchorDistances[a] ?? Infinity) / lengthKm) ** 2))
    },
    correctionBound(targetCode, ceilings) {
      let lowest = 0
      let weight = priorWeight
      let sum = 0
      for (const r of negatives.get(targetCode) ?? []) {
        const w = ceilings[r.anchor] ?? 1
        weight += w
        sum += w * r.log
        lowest = Math.min(lowest, sum / weight)
      }
      return lowest
    },
  }
}
