/**
 * The latency model: round-trip time from great-circle distance.
 *
 *   backbone(d) = overheadMs + 2d/v · stretch(d)           v = c / 1.47 (light in fibre)
 *   user(d)     = overheadMs + pathPremium · 2d/v · stretch(d) + accessMs
 *   stretch(d)  = stretchFar + (stretchNear − stretchFar) · D / (d + D)
 *
 * Near measured regions an estimate follows their measured routes
 * (routeCorrection.ts). Between regions the matrix measured, the backbone
 * figure is the measurement; a user's figure never is: from a region's own
 * site it is that region's measured route plus the access path. Every
 * estimate has a band, never below the fibre bound; a user's band is never
 * zero wide.
 * Parameters and their provenance: assets/data/latency-model.json, written by
 * `npm run latency:calibrate`; figures: `npm run latency:eval`.
 */
export { SPEED_OF_LIGHT_KM_PER_S, FIBRE_GROUP_INDEX, FIBRE_KM_PER_MS, fibreBoundMs } from './fibre'
export {
  LatencyParamsSchema,
  RttCurveSchema,
  BandSchema,
  type LatencyParams,
  type RttCurve,
  type RttPath,
  type UserBand,
  type Band,
  type BandFactors,
} from './params'
export { userErrorSet, interRegionErrorSet } from './quotedSets'
export { stretchAt, propagationMs, centralRttMs } from './curve'
export { RTT_BANDS, RTT_BAND_LIMITS_MS, rttBandIndex, type RttBand, type RttBandId } from './bands'
export { estimateRtt, estimateAtDistance, bandFactors, type RttEstimate } from './estimate'
export { basisText } from './basisText'
export { measuredLookup, type MeasuredMatrix, type MeasuredLookup } from './measured'
export { createRouteCorrector, type RegionPoint, type RouteCorrector, type Correction } from './routeCorrection'
export {
  createRegionRanker,
  rankRegions,
  SAME_SITE_KM,
  NAMED_CORRECTION,
  type RankedRegion,
  type ExplainedRegion,
  type RttGrounds,
  type RegionRanker,
  type Origin,
  type RankOptions,
  type RttBasis,
} from './rank'
export {
  LatencyModelFileSchema,
  LATENCY_MODEL_SCHEMA_VERSION,
  checkLatencyModel,
  parseLatencyModel,
  type LatencyModelFile,
  type EvaluationSet,
  type ErrorFigures,
  type Provenance,
  type LatencyModelCheck,
} from './modelFile'
