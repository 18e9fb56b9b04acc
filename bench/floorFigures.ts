import { round } from './summary'
import { median, ratio } from './stats'

/**
 * The canvas floor beside the two globes: the main-thread time per frame of a page that draws
 * one triangle into a canvas the globe's size, measured in the same rounds. Both globes pay it
 * before any work of their own, so it bounds from below what the main-thread ratio can reach
 * here (`floorRatio`), and `aboveFloorRatio` compares what each globe adds on top of it.
 */
export interface FloorFigures {
  mainThreadMsPerFrame: number
  mainThreadMsPerFrameSamples: number[]
  /** floor ÷ globe.gl: the lowest main-thread ratio any page drawing such a canvas gets in this run. */
  floorRatio: number | null
  /** (InfraGlobe − floor) ÷ (globe.gl − floor): the work each page adds to the floor, compared. */
  aboveFloorRatio: number | null
}

export function floorFigures(floorSamples: readonly number[], oursMs: number, theirsMs: number): FloorFigures {
  const counted = floorSamples.filter((n) => Number.isFinite(n))
  const floor = counted.length ? median(counted) : Number.NaN
  return {
    mainThreadMsPerFrame: round(floor),
    mainThreadMsPerFrameSamples: counted.map(round),
    floorRatio: ratio(floor, theirsMs),
    aboveFloorRatio: theirsMs > floor ? ratio(oursMs - floor, theirsMs - floor) : null,
  }
}
