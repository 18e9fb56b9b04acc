/**
 * Reach: how close places and people are to AWS. The reach surface gives, on
 * a latitude/longitude grid, the estimated round trip to the nearest region of
 * a set; population reach gives the share of city dwellers within a round
 * trip, per step of the time-lapse, overall and per continent. Both use the
 * latency model's place-to-region estimate (see model.ts) and find the
 * nearest region exactly, with lower bounds to skip most regions.
 */
export { DEFAULT_GRID_STEP_DEG, cellCount, cellLat, cellLon, reachGrid, type ReachGrid } from './grid'
export { createReachModel, type ReachModel, type ReachScratch } from './model'
export { createNearestFinder, type NearestFinder, type NearestResult } from './nearest'
export { createGridDistances, type GridDistances } from './gridDistances'
export { NO_REGION, NO_RTT, computeReachSurface, toTenthsMs, type ReachSurface } from './surface'
export { populationBasis, reachCaveat } from './caveat'
export {
  nearestRttOverSets,
  populationShare,
  type PopulationPlace,
  type PopulationShare,
  type ReachShare,
} from './population'
export {
  nearestOverTimeline,
  populationPlaces,
  populationReachOverTimeline,
  type StepNearest,
  type StepPopulationReach,
} from './populationTimeline'
