import type { City } from '../cities/types'
import type { ContinentOf } from '../continents/schema'
import { regionsShownAt, type TimelineRegion } from '../timeline/shown'
import { timelineSteps, type TimelineStep } from '../timeline/steps'
import type { ReachModel } from './model'
import { nearestRttOverSets, populationShare, type PopulationPlace, type PopulationShare } from './population'

/** The city list as population reach counts it: each city with its continent. */
export function populationPlaces(cities: readonly City[], continentOf: ContinentOf): PopulationPlace[] {
  return cities.map((c) => ({ lat: c.lat, lon: c.lon, population: c.population, continent: continentOf(c.countryCode) }))
}

/** Every place's round trip to its nearest region at one step of the time-lapse. */
export interface StepNearest {
  step: TimelineStep
  /** Codes of the regions on the globe at this step. */
  regionCodes: string[]
  /** Estimated RTT, ms, in the order of the places; Infinity where no region is shown. */
  rttMs: Float64Array
}

/** Each step's nearest round trips, for every step of the time-lapse 2006 → asOfYear → announced. */
export function nearestOverTimeline(
  model: ReachModel,
  places: readonly PopulationPlace[],
  regions: readonly TimelineRegion[],
  asOfYear: number,
): StepNearest[] {
  const steps = timelineSteps(asOfYear)
  const sets = steps.map((step) => regionsShownAt(regions, step, asOfYear).map((r) => r.code))
  const rtts = nearestRttOverSets(model, places, sets)
  return steps.map((step, i) => ({ step, regionCodes: sets[i] as string[], rttMs: rtts[i] as Float64Array }))
}

export interface StepPopulationReach {
  step: TimelineStep
  /** How many regions are on the globe at this step. */
  regionCount: number
  /** One per threshold asked for, in that order. */
  shares: PopulationShare[]
}

/** The population shares of each step at each threshold (ms, inclusive). */
export function populationReachOverTimeline(
  places: readonly PopulationPlace[],
  nearest: readonly StepNearest[],
  withinMs: readonly number[],
): StepPopulationReach[] {
  return nearest.map(({ step, regionCodes, rttMs }) => ({
    step,
    regionCount: regionCodes.length,
    shares: withinMs.map((ms) => populationShare(places, rttMs, ms)),
  }))
}
