import { populationBasis } from '../../shared/reach/caveat'
import { reachGrid, type ReachGrid } from '../../shared/reach/grid'
import { createReachModel, type ReachModel } from '../../shared/reach/model'
import type { PopulationPlace } from '../../shared/reach/population'
import {
  nearestOverTimeline,
  populationReachOverTimeline,
  type StepNearest,
} from '../../shared/reach/populationTimeline'
import { computeReachSurface } from '../../shared/reach/surface'
import { regionsShownAt } from '../../shared/timeline/shown'
import { isTimelineStep } from '../../shared/timeline/steps'
import type { ReachInit, ReachReply, ReachRequest } from './protocol'

/** The city list as population reach needs it, with what it is. */
export interface PopulationSource {
  places: PopulationPlace[]
  cityList: { minPopulation: number; asOf: string }
}

export interface ReachWorkerDeps {
  post(reply: ReachReply, transfer: Transferable[]): void
  /** Loads the bundled city list; called on the first population request only. */
  loadPopulation(): Promise<PopulationSource>
  now(): number
}

interface Ready {
  init: ReachInit
  model: ReachModel
  grid: ReachGrid
}

/**
 * The worker's side of the protocol, apart from the worker global itself so
 * it can run (and be tested) anywhere. Requests are handled one after the
 * other; the nearest round trips of the city list are kept once computed, so
 * a new threshold costs only the counting.
 */
export function createReachWorkerHandler(deps: ReachWorkerDeps): (request: ReachRequest) => Promise<void> {
  let ready: Ready | null = null
  let population: Promise<{ source: PopulationSource; nearest: StepNearest[] }> | null = null

  const fail = (id: number | null, error: unknown) =>
    deps.post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }, [])

  const started = (id: number): Ready => {
    if (!ready) throw new Error(`reach request ${id} came before a successful init`)
    return ready
  }

  const nearestOfCities = (r: Ready) => {
    if (population) return population
    const loading = deps.loadPopulation().then((source) => ({
      source,
      nearest: nearestOverTimeline(r.model, source.places, r.init.regions, r.init.asOfYear),
    }))
    // A failed load is forgotten, so the next request tries again.
    loading.catch(() => {
      if (population === loading) population = null
    })
    population = loading
    return loading
  }

  return async (request) => {
    if (request.type === 'init') {
      try {
        const { init } = request
        ready = { init, model: createReachModel(init.regions, init.params, init.latency), grid: reachGrid(init.gridStepDeg) }
        population = null
      } catch (error) {
        ready = null
        fail(null, error)
      }
      return
    }
    const { id } = request
    try {
      const r = started(id)
      const t0 = deps.now()
      if (request.type === 'surface') {
        const { step } = request
        if (!isTimelineStep(step, r.init.asOfYear)) throw new Error(`reach: ${String(step)} is not a step of the time-lapse`)
        const codes = regionsShownAt(r.init.regions, step, r.init.asOfYear).map((region) => region.code)
        const surface = computeReachSurface(r.model, codes, r.grid)
        deps.post({ type: 'surface', id, step, surface, computeMs: deps.now() - t0 }, [
          surface.rttTenthsMs.buffer,
          surface.bands.buffer,
          surface.nearest.buffer,
        ])
      } else {
        const { source, nearest } = await nearestOfCities(r)
        const rows = populationReachOverTimeline(source.places, nearest, request.withinMs)
        deps.post({ type: 'population', id, rows, basis: populationBasis(source.cityList), computeMs: deps.now() - t0 }, [])
      }
    } catch (error) {
      fail(id, error)
    }
  }
}
