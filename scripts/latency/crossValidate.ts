import { greatCircleKm } from '../../src/shared/geo/distance'
import { estimateAtDistance } from '../../src/shared/latency/estimate'
import type { ErrorFigures } from '../../src/shared/latency/modelFile'
import type { LatencyParams } from '../../src/shared/latency/params'
import { createRouteCorrector } from '../../src/shared/latency/routeCorrection'
import { curveObservations, internetFrom, paramsFor, ripeObservations } from './calibrate'
import { fitCurve, fitInternetPremium, fitLinear, linearRttMs, type LinearFit } from './fit'
import type { AzureSet, CloudpingSet, RegionPair, RipeSet } from './inputs'
import { BAND_QUANTILES } from './residuals'
import { errorFigures, quantile, type Outcome } from './stats'

/** The naive baseline with a band from its own training residuals, at the model's quantiles. */
interface NaiveModel {
  fit: LinearFit
  low: number
  high: number
}

export function naiveModel(pairs: readonly RegionPair[]): NaiveModel {
  const fit = fitLinear(pairs)
  const residuals = pairs.map((p) => Math.log(p.rttMs / linearRttMs(fit, p.distanceKm)))
  return { fit, low: Math.exp(quantile(residuals, BAND_QUANTILES[0])), high: Math.exp(quantile(residuals, BAND_QUANTILES[1])) }
}

function naiveOutcome(model: NaiveModel, distanceKm: number, measuredMs: number): Outcome {
  const predictedMs = linearRttMs(model.fit, distanceKm)
  return { predictedMs, lowMs: predictedMs * model.low, highMs: predictedMs * model.high, measuredMs }
}

export interface Scored {
  model: ErrorFigures
  baseline: ErrorFigures
}

export interface CloudpingCrossValidation {
  distanceOnly: Scored
  routeCorrected: Scored
  /** The same route-corrected estimates on the internet path (what the command line prints by default). */
  routeCorrectedInternet: Scored
  /** Parameters fitted in each fold, by held-out region (to show how stable they are). */
  folds: Map<string, LatencyParams>
}

/**
 * Leave-one-region-out on the cloudping matrix: for each region X, the curve,
 * band and naive fit are made without any measurement involving X, then X is
 * treated as an unmeasured point and its pairs are predicted (each pair is
 * predicted twice, once from each end). The route-corrected estimate uses
 * only the other regions as anchors.
 */
export function crossValidateCloudping(set: CloudpingSet, internet: LatencyParams['internet']): CloudpingCrossValidation {
  const distance: Outcome[] = []
  const routed: Outcome[] = []
  const routedInternet: Outcome[] = []
  const naive: Outcome[] = []
  const folds = new Map<string, LatencyParams>()
  for (const held of set.regions) {
    const params = paramsFor(set, fitCurve(curveObservations(set, held.code)), internet, held.code)
    folds.set(held.code, params)
    const baseline = naiveModel(set.pairs.filter((p) => p.a !== held.code && p.b !== held.code))
    const corrector = createRouteCorrector(set.regions, set.lookup, params, new Set([held.code]))
    const anchorKm = corrector.anchorDistances(held)
    for (const target of set.regions) {
      if (target.code === held.code) continue
      const measuredMs = set.lookup.symmetric(held.code, target.code)
      if (measuredMs === null) continue
      const km = greatCircleKm(held, target)
      const plain = estimateAtDistance(km, params, 'backbone')
      distance.push({ predictedMs: plain.rttMs, lowMs: plain.lowMs, highMs: plain.highMs, measuredMs })
      const c = corrector.correction(target.code, km, anchorKm)
      const fixed = estimateAtDistance(km, params, 'backbone', c.log, c.strength)
      routed.push({ predictedMs: fixed.rttMs, lowMs: fixed.lowMs, highMs: fixed.highMs, measuredMs })
      const viaInternet = estimateAtDistance(km, params, 'internet', c.log, c.strength)
      routedInternet.push({ predictedMs: viaInternet.rttMs, lowMs: viaInternet.lowMs, highMs: viaInternet.highMs, measuredMs })
      naive.push(naiveOutcome(baseline, km, measuredMs))
    }
  }
  const baseline = errorFigures(naive)
  return {
    distanceOnly: { model: errorFigures(distance), baseline },
    routeCorrected: { model: errorFigures(routed), baseline },
    routeCorrectedInternet: { model: errorFigures(routedInternet), baseline },
    folds,
  }
}

/**
 * Leave-one-country-out on the RIPE pairs: the internet premium is refitted
 * without any pair involving the country, then its pairs are predicted from
 * distance (internet path). The baseline is the naive fit on the inter-region
 * matrix, which never saw RIPE data.
 */
export function crossValidateRipe(ripe: RipeSet, params: LatencyParams, cloudping: CloudpingSet): Scored {
  const countries = [...new Set(ripe.pairs.flatMap((p) => [p.a, p.b]))].sort()
  const baseline = naiveModel(cloudping.pairs)
  const model: Outcome[] = []
  const naive: Outcome[] = []
  for (const country of countries) {
    const training = ripe.pairs.filter((p) => p.a !== country && p.b !== country)
    const fit = fitInternetPremium(ripeObservations(training), params.backbone)
    const foldParams: LatencyParams = { ...params, internet: internetFrom(fit, params.backbone) }
    for (const p of ripe.pairs) {
      if (p.a !== country && p.b !== country) continue
      const e = estimateAtDistance(p.distanceKm, foldParams, 'internet')
      model.push({ predictedMs: e.rttMs, lowMs: e.lowMs, highMs: e.highMs, measuredMs: p.meanMs })
      naive.push(naiveOutcome(baseline, p.distanceKm, p.meanMs))
    }
  }
  return { model: errorFigures(model), baseline: errorFigures(naive) }
}

/** The Azure matrix was not used in any fit: the calibrated backbone model predicts it from distance alone. */
export function checkAzure(azure: AzureSet, params: LatencyParams, cloudping: CloudpingSet): Scored {
  const baseline = naiveModel(cloudping.pairs)
  const model: Outcome[] = []
  const naive: Outcome[] = []
  for (const p of azure.pairs) {
    const e = estimateAtDistance(p.distanceKm, params, 'backbone')
    model.push({ predictedMs: e.rttMs, lowMs: e.lowMs, highMs: e.highMs, measuredMs: p.rttMs })
    naive.push(naiveOutcome(baseline, p.distanceKm, p.rttMs))
  }
  return { model: errorFigures(model), baseline: errorFigures(naive) }
}

export interface SensitivityRow {
  lengthKm: number
  priorWeight: number
  nearFraction: number
  medianAbsPctError: number
  p90AbsPctError: number
}

/**
 * Leave-one-region-out error of the route-corrected estimate for other
 * route-correction settings, reusing each fold's fitted curve: shows that the
 * chosen values are not a knife-edge optimum.
 */
export function routeSensitivity(
  set: CloudpingSet,
  folds: ReadonlyMap<string, LatencyParams>,
  grid: readonly LatencyParams['routeCorrection'][],
): SensitivityRow[] {
  return grid.map((routeCorrection) => {
    const outcomes: Outcome[] = []
    for (const held of set.regions) {
      const base = folds.get(held.code)
      if (!base) continue
      const params = { ...base, routeCorrection }
      const corrector = createRouteCorrector(set.regions, set.lookup, params, new Set([held.code]))
      const anchorKm = corrector.anchorDistances(held)
      for (const target of set.regions) {
        const measuredMs = target.code === held.code ? null : set.lookup.symmetric(held.code, target.code)
        if (measuredMs === null) continue
        const km = greatCircleKm(held, target)
        const c = corrector.correction(target.code, km, anchorKm)
        const e = estimateAtDistance(km, params, 'backbone', c.log, c.strength)
        outcomes.push({ predictedMs: e.rttMs, lowMs: e.lowMs, highMs: e.highMs, measuredMs })
      }
    }
    const f = errorFigures(outcomes)
    return { ...routeCorrection, medianAbsPctError: f.medianAbsPctError, p90AbsPctError: f.p90AbsPctError }
  })
}
