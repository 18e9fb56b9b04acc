import { FIBRE_GROUP_INDEX } from '../../src/shared/latency/fibre'
import {
  LATENCY_MODEL_SCHEMA_VERSION,
  checkLatencyModel,
  type EvaluationSet,
  type LatencyModelFile,
  type Provenance,
} from '../../src/shared/latency/modelFile'
import type { Calibration } from './calibrate'
import { ROUTE_CORRECTION } from './calibrate'
import type { Evaluation } from './evaluate'
import type { CloudpingSet, RipeSet } from './inputs'
import { RIPE_MAX_SPREAD_KM, RIPE_MIN_REPLIES } from './inputs'
import { BAND_QUANTILES, STRONG_CORRECTION } from './residuals'
import { AZURE_SOURCE_ID, CALIBRATION_SOURCES, RIPE_SOURCE_ID } from './sources'
import { median } from './stats'
import { fitLinear } from './fit'

const fixed = (x: number, digits: number) => Number(x.toFixed(digits))

function provenance(calibration: Calibration, cloudping: CloudpingSet, ripe: RipeSet): Provenance[] {
  const { params, premium } = calibration
  const cp = cloudping.sourceId
  const sameRegion = median(cloudping.sameRegion.map((s) => s.rttMs))
  const naive = fitLinear(cloudping.pairs)
  const [lo, hi] = BAND_QUANTILES
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
      param: 'internet.pathPremium',
      sources: [RIPE_SOURCE_ID, cp],
      note: `Slope of a median regression of RIPE Atlas country-pair means on the backbone curve's propagation, mean ≈ intercept + slope · propagation(d): ${fixed(premium.slope, 3)}. Additive effects (access lines, the long tails inside a mean) land in the intercept, so the slope is the public internet's own routing premium over AWS's backbone (kept ≥ 1). Pairs: ${ripe.pairs.length}, after dropping pseudo countries, same-country rows, pairs with fewer than ${RIPE_MIN_REPLIES} replies, countries without a dataset city (region or CloudFront edge location) to place them, countries whose cities spread over more than ${RIPE_MAX_SPREAD_KM} km RMS, and pairs faster than light in fibre; weighted by log10(replies). A country's point is the spherical mean of its dataset cities.`,
    },
    {
      param: 'internet.accessMs',
      sources: [RIPE_SOURCE_ID],
      note: `The regression's intercept (${fixed(premium.interceptMs, 1)} ms) less the backbone overhead: what access lines and long tails add for RIPE Atlas's mostly home-connected probes. The central estimate is for a well-connected host (a data centre, an office on fibre), so this only widens the band's upper side for internet paths.`,
    },
    {
      param: 'routeCorrection',
      sources: [cp],
      note: `For a point near measured regions, the estimate to a target takes on those regions' measured residual to it (log of measured over the distance estimate), weighted exp(−(d/${ROUTE_CORRECTION.lengthKm} km)²) and by exp(−(d / (${ROUTE_CORRECTION.nearFraction} · distance to the target))²) so that an anchor speaks only for targets well beyond itself, shrunk by a prior weight of ${ROUTE_CORRECTION.priorWeight}. The three values are round numbers from a coarse grid scored by leave-one-region-out error on the cloudping matrix (npm run latency:eval prints the grid). Every setting in the grid beats distance alone; the prior weight is the middle value rather than the slightly better 0.1, since public-internet routes need not follow AWS's as closely as AWS's own regions do.`,
    },
    {
      param: 'band',
      sources: [cp, RIPE_SOURCE_ID],
      note: `The ${lo * 100}th and ${hi * 100}th percentiles of log(measured / estimate) on the cloudping matrix: for distance-only estimates, over all pairs; for route-corrected ones, with each region in turn treated as unmeasured (corrections of strength ≥ ${STRONG_CORRECTION}); interpolated by correction strength. Internet paths: the lower side keeps the distance-only width applied to the backbone estimate, the upper side adds internet.accessMs. Never below the fibre bound.`,
    },
  ]
}

function evaluationSets(evaluation: Evaluation, cloudping: CloudpingSet): EvaluationSet[] {
  const cp = cloudping.sourceId
  return [
    {
      id: 'cloudping-route-corrected',
      label: 'AWS inter-region matrix, estimates corrected by nearby measured routes',
      sources: [cp],
      path: 'backbone',
      method: 'leave-one-region-out: each region in turn is an unmeasured point; curve, band and anchors exclude it',
      ...evaluation.cloudping.routeCorrected,
      note: 'What the app computes for a point with AWS regions within about 1,000 km.',
    },
    {
      id: 'cloudping-distance',
      label: 'AWS inter-region matrix, distance alone',
      sources: [cp],
      path: 'backbone',
      method: 'leave-one-region-out',
      ...evaluation.cloudping.distanceOnly,
      note: 'What the app computes far from any measured region, and what estimateRtt gives between two points.',
    },
    {
      id: 'cloudping-route-corrected-internet',
      label: 'AWS inter-region matrix, route-corrected, internet path',
      sources: [cp],
      path: 'internet',
      method: 'leave-one-region-out, as for the backbone path',
      ...evaluation.cloudping.routeCorrectedInternet,
      note: 'The internet estimate (what the command line prints by default) against backbone measurements: it runs high by about the internet premium.',
    },
    {
      id: 'ripe-internet',
      label: 'RIPE Atlas country pairs, public internet',
      sources: [RIPE_SOURCE_ID],
      path: 'internet',
      method: 'leave-one-country-out: the internet premium is refitted without the country',
      ...evaluation.ripe,
      note: 'Against country-pair means of mostly home-connected probes: the estimate, made for a well-connected host, runs low by design; the band includes the access allowance.',
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

export function buildModelFile(
  calibration: Calibration,
  evaluation: Evaluation,
  cloudping: CloudpingSet,
  ripe: RipeSet,
  calibratedAt: string,
): LatencyModelFile {
  const file: LatencyModelFile = {
    schemaVersion: LATENCY_MODEL_SCHEMA_VERSION,
    calibratedAt,
    summary:
      'Round-trip time from great-circle distance: fibre speed, a path stretch that falls with distance and a small fixed overhead, calibrated on the AWS inter-region matrix (backbone); public-internet paths add a routing premium calibrated on RIPE Atlas country pairs. Near measured regions, estimates follow their measured routes. Estimates, not measurements.',
    sources: CALIBRATION_SOURCES,
    params: calibration.params,
    provenance: provenance(calibration, cloudping, ripe),
    evaluation: { headline: 'cloudping-route-corrected', sets: evaluationSets(evaluation, cloudping) },
  }
  const check = checkLatencyModel(file)
  if (!check.ok) throw new Error(`latency model does not validate: ${check.problems.join('; ')}`)
  return check.model
}
