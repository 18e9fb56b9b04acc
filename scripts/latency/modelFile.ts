import { FIBRE_GROUP_INDEX } from '../../src/shared/latency/fibre'
import {
  LATENCY_MODEL_SCHEMA_VERSION,
  checkLatencyModel,
  type EvaluationSet,
  type LatencyModelFile,
  type Provenance,
} from '../../src/shared/latency/modelFile'
import { SAME_SITE_KM } from '../../src/shared/latency/rank'
import type { Calibration } from './calibrate'
import { MIN_ACCESS_MS, ROUTE_CORRECTION, ripeObservations } from './calibrate'
import type { Evaluation, Inputs } from './evaluate'
import type { CloudpingSet } from './inputs'
import { RIPE_MAX_SPREAD_KM, RIPE_MIN_REPLIES } from './inputs'
import { BAND_QUANTILES, MIN_USER_BAND_FACTOR, STRONG_CORRECTION } from './residuals'
import { AZURE_SOURCE_ID, CALIBRATION_SOURCES, RIPE_SOURCE_ID } from './sources'
import { median } from './stats'
import { fitInternetPremium, fitLinear } from './fit'

const fixed = (x: number, digits: number) => Number(x.toFixed(digits))

/** How the RIPE rows were filtered and placed, for the provenance notes. */
const RIPE_FILTERS = `dropping pseudo countries, rows with fewer than ${RIPE_MIN_REPLIES} replies, countries without a dataset city (region or CloudFront edge location) to place them, countries whose cities spread over more than ${RIPE_MAX_SPREAD_KM} km RMS, and pairs faster than light in fibre; a country's point is the spherical mean of its dataset cities`

/** How a RIPE row stands for a user reaching a region (see userCases). */
const USER_CASES =
  "a row between countries U and T, where T hosts a region of the measured matrix, read as a user at U's point reaching T's region nearest T's point (a case each way when both host one); a same-country row as a user reaching their own country's region"

function provenance(calibration: Calibration, inputs: Inputs): Provenance[] {
  const { params, premium } = calibration
  const { cloudping, ripe, cases } = inputs
  const cp = cloudping.sourceId
  const sameRegion = median(cloudping.sameRegion.map((s) => s.rttMs))
  const naive = fitLinear(cloudping.pairs)
  const [lo, hi] = BAND_QUANTILES
  const pairsAlone = fitInternetPremium(ripeObservations(ripe.pairs), params.backbone)
  const sameMedian = ripe.sameCountry.length > 0 ? median(ripe.sameCountry.map((r) => r.meanMs)) : null
  return [
    {
      param: 'fibre',
      sources: [],
      note: `Light in fibre: c / ${FIBRE_GROUP_INDEX} (group index of standard single-mode fibre, ITU-T G.652, about 1.467–1.47), about 204 km per ms. The lower bound of every estimate and band is the round trip at that speed along the great circle.`,
    },
    {
      param: 'backbone',
      sources: [cp],
      note: `rtt(d) = overheadMs + 2d/v · stretch(d), stretch(d) = stretchFar + (stretchNear − stretchFar) · halfDistanceKm / (d + halfDistanceKm). Fitted to the ${cloudping.pairs.length} region pairs of the cloudping P50 matrix (mean of both directions) and its ${cloudping.sameRegion.length} same-region round trips at distance 0, minimising the summed absolute log error (a median fit: a few wildly routed pairs do not drag it).`,
    },
    {
      param: 'backbone.overheadMs',
      sources: [cp],
      note: `Fitted: ${fixed(params.backbone.overheadMs, 2)} ms, in line with the matrix's median same-region round trip (${sameRegion.toFixed(2)} ms, a TCP connect from Lambda inside one region). It is the cost of a round trip within one metro. A straight-line fit's intercept (${naive.interceptMs.toFixed(1)} ms on the same matrix) is not an overhead: it is the extra detour of short and medium routes that a straight line cannot bend to follow.`,
    },
    {
      param: 'internet',
      sources: [cp, RIPE_SOURCE_ID],
      note: `A user's figure: the route over the public internet plus the access path, never a bare inter-region measurement. The route is overheadMs + pathPremium · propagation(d), corrected by nearby measured routes as region-to-region estimates are; from a region's own site (within ${SAME_SITE_KM} km) to a region the matrix measured from it, it is that measured round trip times the ratio of the internet to the backbone curve at that distance (the measurement stands for the way between the two metros). The access path internet.accessMs is then added, and the band is internet.band, so a user in a region's city gets more than the region's own figures and a band that is never zero wide.`,
    },
    {
      param: 'internet.pathPremium',
      sources: [RIPE_SOURCE_ID, cp],
      note: `Slope of a median regression of RIPE Atlas means on the backbone curve's propagation, mean ≈ intercept + slope · propagation(d): ${fixed(premium.slope, 3)}, kept ≥ 1. Additive effects (access lines, the long tails inside a mean) land in the intercept, so the slope is the public internet's own routing premium over AWS's backbone. Rows: ${ripe.pairs.length} country pairs at the distance between the countries' points and ${ripe.sameCountry.length} same-country rows at distance 0, after ${RIPE_FILTERS}; weighted by log10(replies), a median (absolute log error) fit.`,
    },
    {
      param: 'internet.accessMs',
      sources: [RIPE_SOURCE_ID, cp],
      note: `The access path: the regression's intercept (${fixed(premium.interceptMs, 1)} ms) less the backbone overhead, at least ${MIN_ACCESS_MS} ms. The same-country rows are its direct evidence, probes reaching hosts of their own country at distance 0 (median of their means ${sameMedian === null ? 'unknown' : `${fixed(sameMedian, 1)} ms`}); the country pairs alone would put the intercept at ${fixed(pairsAlone.interceptMs, 1)} ms. RIPE Atlas probes sit mostly on home and office lines of well-connected networks, and the rows are means with their long tails, so this is an average probe's access path: a host in a data centre does better, a mobile or satellite line worse, and the band is measured on such rows.`,
    },
    {
      param: 'internet.band',
      sources: [RIPE_SOURCE_ID, cp],
      note: `The ${lo * 100}th and ${hi * 100}th percentiles of log(measured / figure) over ${cases.length} RIPE rows read as a user reaching a region (${USER_CASES}), each figure made as the app makes it for a user. At least ×1/${MIN_USER_BAND_FACTOR}–×${MIN_USER_BAND_FACTOR} whatever the residuals, so never zero wide; never below the fibre bound. Its held-out coverage is in the evaluation (ripe-user-to-region).`,
    },
    {
      param: 'routeCorrection',
      sources: [cp],
      note: `For a point near measured regions, the estimate to a target takes on those regions' measured residual to it (log of measured over the distance estimate), weighted exp(−(d/${ROUTE_CORRECTION.lengthKm} km)²) and by exp(−(d / (${ROUTE_CORRECTION.nearFraction} · distance to the target))²) so that an anchor speaks only for targets well beyond itself, shrunk by a prior weight of ${ROUTE_CORRECTION.priorWeight}. The three values are round numbers from a coarse grid scored by leave-one-region-out error on the cloudping matrix (npm run latency:eval prints the grid). Every setting in the grid beats distance alone; the prior weight is the middle value rather than the slightly better 0.1, since public-internet routes need not follow AWS's as closely as AWS's own regions do.`,
    },
    {
      param: 'band',
      sources: [cp],
      note: `The band of region-to-region (backbone) estimates: the ${lo * 100}th and ${hi * 100}th percentiles of log(measured / estimate) on the cloudping matrix: for distance-only estimates, over all pairs; for route-corrected ones, with each region in turn treated as unmeasured (corrections of strength ≥ ${STRONG_CORRECTION}); interpolated by correction strength. Never below the fibre bound. A user's figure has its own band (internet.band).`,
    },
  ]
}

/** The set quoted next to a user's figures, and the one quoted for region-to-region estimates. */
export const USER_SET_ID = 'ripe-user-to-region'
export const INTER_REGION_SET_ID = 'cloudping-route-corrected'

function evaluationSets(evaluation: Evaluation, cloudping: CloudpingSet): EvaluationSet[] {
  const cp = cloudping.sourceId
  return [
    {
      id: USER_SET_ID,
      label: 'A user reaching a region over the public internet (RIPE Atlas rows)',
      sources: [RIPE_SOURCE_ID, cp],
      path: 'internet',
      method:
        "leave-one-country-out: premium, access path and band refitted without any row involving the user's country; figures made as the app makes them",
      ...evaluation.ripe.users,
      note: `The error to state next to a user's figures. RIPE Atlas means between countries' probes and hosts (long tails included), each ${USER_CASES}.`,
    },
    {
      id: 'ripe-country-pairs',
      label: 'RIPE Atlas country pairs, public internet, distance alone',
      sources: [RIPE_SOURCE_ID],
      path: 'internet',
      method: 'leave-one-country-out: premium, access path and band refitted without the country',
      ...evaluation.ripe.countryPairs,
      note: "A user's figure from distance alone, access path included, between the countries' points: what the app computes far from any measured region.",
    },
    {
      id: INTER_REGION_SET_ID,
      label: 'AWS inter-region matrix, region to region, corrected by nearby measured routes',
      sources: [cp],
      path: 'backbone',
      method: 'leave-one-region-out: each region in turn is an unmeasured point; curve, band and anchors exclude it',
      ...evaluation.cloudping.routeCorrected,
      note: "The error to state for region-to-region estimates (the inter-region matrix and the network), not for a user's figures, which cross the public internet and an access path.",
    },
    {
      id: 'cloudping-distance',
      label: 'AWS inter-region matrix, region to region, distance alone',
      sources: [cp],
      path: 'backbone',
      method: 'leave-one-region-out',
      ...evaluation.cloudping.distanceOnly,
      note: 'A region-to-region estimate far from any measured region, and what estimateRtt gives on the backbone between two points.',
    },
    {
      id: 'azure-backbone',
      label: 'Azure inter-region matrix (P95), secondary check',
      sources: [AZURE_SOURCE_ID],
      path: 'backbone',
      method: 'out of sample: never used in any fit; estimated from distance alone',
      ...evaluation.azure,
      note: 'Another provider’s backbone, at the 95th percentile rather than the median, so measurements sit a few ms above a median estimate.',
    },
  ]
}

export function buildModelFile(calibration: Calibration, evaluation: Evaluation, inputs: Inputs, calibratedAt: string): LatencyModelFile {
  const file: LatencyModelFile = {
    schemaVersion: LATENCY_MODEL_SCHEMA_VERSION,
    calibratedAt,
    summary:
      "Round-trip time from great-circle distance: fibre speed, a path stretch that falls with distance and a small fixed overhead, calibrated on the AWS inter-region matrix (backbone, region to region). A user's figure crosses the public internet, with a routing premium and an access path calibrated on RIPE Atlas measurements, so it is never a bare inter-region measurement, even in a region's own city. Near measured regions, estimates follow their measured routes. Estimates, not measurements; each with the error measured for its kind on data held out of the fits.",
    sources: CALIBRATION_SOURCES,
    params: calibration.params,
    provenance: provenance(calibration, inputs),
    evaluation: { headline: USER_SET_ID, interRegion: INTER_REGION_SET_ID, sets: evaluationSets(evaluation, inputs.cloudping) },
  }
  const check = checkLatencyModel(file)
  if (!check.ok) throw new Error(`latency model does not validate: ${check.problems.join('; ')}`)
  return check.model
}
