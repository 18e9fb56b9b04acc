/**
 * Values derived from the store, each computed once per change of its
 * inputs (memoLast) and read by every consumer: call the `select…` function
 * with a state, as a `useAppStore(select…)` hook or in a `watch(select…)`
 * subscription. See docs/ARCHITECTURE.md.
 */
export { memoLast } from './memoLast'
export { latencyRankingOf, rankerFor, selectLatencyRanking } from './latencyRanking'
export { chooserResultOf, factsFor, selectChooserResult, TOP_COUNT, type ChooserInputs } from './chooserResult'
export { dimmedRegions, selectRegionEmphasis, type RegionEmphasis } from './emphasis'
export { selectPriceIndexes } from './priceIndexes'
export {
  asOfYearOf,
  launchCountsOf,
  selectLaunchCounts,
  selectReachStep,
  selectShownLatencyRanking,
  selectTimelineStep,
  selectTimelineSteps,
  selectYearView,
  shownLatencyRankingOf,
  timelineStepOf,
  timelineStepsOf,
  yearViewOf,
  type YearView,
} from './timeline'
export { selectRegionStatuses } from './regionStatuses'
export { markedRankingOf, selectMarkedRanking, selectShownMarkedRanking, type MarkedRanking, type MarkedRegion } from './markedRanking'
export { placementOf, selectRegionPlacement, type RegionPlacement } from './regionPlacement'
export { selectDatasetDates } from './datasetDates'
export { placeMarksOf, selectPlaceMarks, type PlaceKind, type PlaceMark, type PlaceMarks } from './placeMarks'
export {
  NEAREST_EDGE_COUNT,
  edgeNearYouOf,
  nearestEdgesOf,
  requestPathOf,
  selectEdgeNearYou,
  selectNearestEdges,
  selectPathOrigin,
  selectRequestPath,
  type EdgeNearYou,
  type PathOrigin,
} from './edgeNearYou'
export { drillViewOf, selectDrillView, type DrillView } from './drillView'
