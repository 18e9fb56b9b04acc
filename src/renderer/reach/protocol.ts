import type { MeasuredMatrix } from '../../shared/latency/measured'
import type { LatencyParams } from '../../shared/latency/params'
import type { ReachSurface } from '../../shared/reach/surface'
import type { StepPopulationReach } from '../../shared/reach/populationTimeline'
import type { TimelineStep } from '../../shared/timeline/steps'

/**
 * Messages between the page and the reach worker. The page sends `init` once,
 * then one request at a time; the worker answers each request by id. A
 * surface's typed arrays are transferred, not copied.
 */

/** What the worker needs of a region: where it is and when it appears. */
export interface ReachRegion {
  code: string
  lat: number
  lon: number
  launchYear: number | null
  status: 'available' | 'announced'
}

export interface ReachInit {
  regions: readonly ReachRegion[]
  /** The dataset's measured inter-region matrix (the route corrections come from it). */
  latency: MeasuredMatrix
  params: LatencyParams
  /** The dataset's as-of year: the last year of the time-lapse. */
  asOfYear: number
  /** Grid step in degrees (default DEFAULT_GRID_STEP_DEG). */
  gridStepDeg?: number
}

export type ReachRequest =
  | { type: 'init'; init: ReachInit }
  | { type: 'surface'; id: number; step: TimelineStep }
  | { type: 'population'; id: number; withinMs: readonly number[] }

export interface SurfaceReply {
  type: 'surface'
  id: number
  step: TimelineStep
  surface: ReachSurface
  /** Time the worker spent computing, ms. */
  computeMs: number
}

export interface PopulationReply {
  type: 'population'
  id: number
  rows: StepPopulationReach[]
  /** What the population is (city dwellers…), to show with every figure. */
  basis: string
  computeMs: number
}

export interface ErrorReply {
  type: 'error'
  /** The request that failed; null for the init message. */
  id: number | null
  message: string
}

export type ReachReply = SurfaceReply | PopulationReply | ErrorReply
