import { centralRttMs } from '../latency/curve'
import { estimateAtDistance } from '../latency/estimate'
import { fibreBoundMs } from '../latency/fibre'
import { measuredLookup, type MeasuredMatrix } from '../latency/measured'
import type { LatencyParams } from '../latency/params'
import { createRouteCorrector, type RegionPoint } from '../latency/routeCorrection'

/**
 * The latency model as the reach computations use it: the estimated round
 * trip from a place to a region over the public internet, corrected by the
 * measured routes of regions near the place: what the latency ranking
 * estimates for a place that is not itself a region, to the last bit.
 *
 * The measured routes come from every region the model knows (today's
 * network), whatever subset a year considers: how AWS's routes run is a fact
 * about the network, not about the year, and it keeps reach monotone (adding
 * a region can only bring places closer).
 *
 * A place is given by its great-circle distances to every region of the
 * model, in the order of `regions`: a grid computes them far faster than one
 * place at a time (see gridDistances.ts).
 */
export interface ReachModel {
  /** Every region the model knows; region indices below are positions in this list. */
  readonly regions: readonly RegionPoint[]
  /** Position of a region code in `regions`, or -1. */
  indexOf(code: string): number
  /** A fresh working buffer for the calls below; one per place being worked on at a time. */
  scratch(): ReachScratch
  /** Estimated RTT, ms, from a place to region `target`. */
  rttMs(target: number, distancesKm: Float64Array, scratch: ReachScratch): number
  /** Never above rttMs(target, …) at a place this far from the target; costs a multiplication. */
  lowerBoundMs(target: number, distanceKm: number): number
  /**
   * A tighter bound that knows how far the place is from the measured
   * regions: call prepareBounds once for the place, then this per target.
   */
  prepareBounds(distancesKm: Float64Array, scratch: ReachScratch): void
  tighterBoundMs(target: number, distancesKm: Float64Array, scratch: ReachScratch): number
}

export interface ReachScratch {
  /** Distances to the anchors (the measured regions), in the corrector's order. */
  readonly anchorKm: Float64Array
  /** Their weight ceilings (see RouteCorrector.anchorCeilings). */
  readonly ceilings: Float64Array
}

export function createReachModel(regions: readonly RegionPoint[], params: LatencyParams, measured: MeasuredMatrix): ReachModel {
  const corrector = createRouteCorrector(regions, measuredLookup(measured), params)
  const index = new Map(regions.map((r, i) => [r.code, i]))
  if (index.size !== regions.length) throw new Error('reach model: region codes must be unique')
  const anchorRegion = Int32Array.from(corrector.anchors, (a) => index.get(a.code) ?? -1)
  const codes = regions.map((r) => r.code)
  const floorFactor = Float64Array.from(codes, (code) => Math.exp(corrector.correctionFloor(code)))
  const anchorCount = anchorRegion.length

  const fillAnchors = (distancesKm: Float64Array, scratch: ReachScratch) => {
    for (let a = 0; a < anchorCount; a += 1) scratch.anchorKm[a] = distancesKm[anchorRegion[a] as number] as number
  }
  // estimateAtDistance gives max(fibre bound, central · e^log): bounding log bounds the estimate.
  const boundMs = (distanceKm: number, factor: number) =>
    Math.max(fibreBoundMs(distanceKm), centralRttMs(distanceKm, params, 'internet') * factor)

  return {
    regions,
    indexOf: (code) => index.get(code) ?? -1,
    scratch: () => ({ anchorKm: new Float64Array(anchorCount), ceilings: new Float64Array(anchorCount) }),
    rttMs(target, distancesKm, scratch) {
      fillAnchors(distancesKm, scratch)
      const km = distancesKm[target] as number
      const c = corrector.correction(codes[target] as string, km, scratch.anchorKm)
      return estimateAtDistance(km, params, 'internet', c.log, c.strength).rttMs
    },
    lowerBoundMs: (target, distanceKm) => boundMs(distanceKm, floorFactor[target] as number),
    prepareBounds(distancesKm, scratch) {
      fillAnchors(distancesKm, scratch)
      corrector.anchorCeilings(scratch.anchorKm, scratch.ceilings)
    },
    tighterBoundMs(target, distancesKm, scratch) {
      const log = corrector.correctionBound(codes[target] as string, scratch.ceilings)
      return boundMs(distancesKm[target] as number, Math.exp(log))
    },
  }
}
