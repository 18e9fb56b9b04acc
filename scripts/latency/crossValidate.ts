import { greatCircleKm } from '../../src/shared/geo/distance'
import { estimateAtDistance, type RttEstimate } from '../../src/shared/latency/estimate'
import type { ErrorFigures } from '../../src/shared/latency/modelFile'
import type { LatencyParams } from '../../src/shared/latency/params'
import { createRouteCorrector } from '../../src/shared/latency/routeCorrection'
import { curveObservations, fitInternet, paramsFor, type RipeRows } from './calibrate'
import { fitCurve, fitLinear, linearRttMs, type LinearFit } from './fit'
import type { AzureSet, CloudpingSet, RegionPair, RipePair } from './inputs'
import { BAND_QUANTILES, userFigures } from './residuals'
import { errorFigures, quantile, type Outcome } from './stats'
import { involves, type UserCase } from './userCases'

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
      naive.push(naiveOutcome(baseline, km, measuredMs))
    }
  }
  const baseline = errorFigures(naive)
  return {
    distanceOnly: { model: errorFigures(distance), baseline },
    routeCorrected: { model: errorFigures(routed), baseline },
    folds,
  }
}

/** What a fold fits on the rows and cases it may see. */
export type InternetFitter = (rows: RipeRows, cases: UserCase[]) => LatencyParams['internet']

/**
 * Held out by country: for each country, `fit` sees only the RIPE rows that
 * do not involve it, and only the user cases whose rows are among those.
 * Returns each country's fit.
 */
export function fitsByCountry<F>(
  countries: readonly string[],
  rows: RipeRows,
  cases: readonly UserCase[],
  fit: (rows: RipeRows, cases: UserCase[]) => F,
): Map<string, F> {
  const fits = new Map<string, F>()
  for (const country of countries) {
    const training: RipeRows = {
      pairs: rows.pairs.filter((p) => !involves(p, country)),
      sameCountry: rows.sameCountry.filter((p) => !involves(p, country)),
    }
    fits.set(country, fit(training, cases.filter((c) => !involves(c.row, country))))
  }
  return fits
}

export interface RipePredictions {
  /** Each user case, predicted once, in the fold of the user's country. */
  users: { userCase: UserCase; figure: RttEstimate }[]
  /** Each country pair, predicted twice, once in the fold of each of its countries. */
  countryPairs: { pair: RipePair; heldOut: string; figure: RttEstimate }[]
}

/**
 * Leave-one-country-out on the RIPE rows: for each country, the user side of
 * the model (premium, access path, band) is refitted without any row that
 * involves it (fitsByCountry), then the cases whose user is in that country
 * are predicted as the app predicts them, and the country pairs that involve
 * it from distance alone. The backbone comes from the inter-region matrix,
 * which holds no RIPE data.
 */
export function predictRipeHeldOut(
  rows: RipeRows,
  cases: readonly UserCase[],
  base: LatencyParams,
  cloudping: CloudpingSet,
  fit: InternetFitter = (r, c) => fitInternet(r, c, base, cloudping).internet,
): RipePredictions {
  const countries = [...new Set([...rows.pairs, ...rows.sameCountry].flatMap((p) => [p.a, p.b]))].sort()
  const fits = fitsByCountry(countries, rows, cases, fit)
  const out: RipePredictions = { users: [], countryPairs: [] }
  for (const country of countries) {
    const internet = fits.get(country)
    if (!internet) continue
    const params: LatencyParams = { ...base, internet }
    const held = cases.filter((c) => c.userCountry === country)
    userFigures(params, held, cloudping).forEach((figure, i) => out.users.push({ userCase: held[i] as UserCase, figure }))
    for (const pair of rows.pairs) {
      if (involves(pair, country)) out.countryPairs.push({ pair, heldOut: country, figure: estimateAtDistance(pair.distanceKm, params, 'internet') })
    }
  }
  return out
}

export interface RipeCrossValidation {
  /** The app's user figures (route-corrected, access path included) against RIPE rows read as users reaching regions. */
  users: Scored
  /** Distance alone between the countries' reference points, access path included. */
  countryPairs: Scored
}

const outcome = (figure: RttEstimate, measuredMs: number): Outcome => ({
  predictedMs: figure.rttMs,
  lowMs: figure.lowMs,
  highMs: figure.highMs,
  measuredMs,
})

/**
 * The held-out predictions (predictRipeHeldOut) scored, next to the naive fit
 * on the inter-region matrix, which never saw RIPE data.
 */
export function crossValidateRipe(
  rows: RipeRows,
  cases: readonly UserCase[],
  base: LatencyParams,
  cloudping: CloudpingSet,
  fit?: InternetFitter,
): RipeCrossValidation {
  const predicted = predictRipeHeldOut(rows, cases, base, cloudping, fit)
  const baseline = naiveModel(cloudping.pairs)
  const where = new Map(cloudping.regions.map((r) => [r.code, r]))
  const users = predicted.users.map(({ userCase: c, figure }) => outcome(figure, c.meanMs))
  const usersNaive = predicted.users.map(({ userCase: c }) => {
    const region = where.get(c.region)
    if (!region) throw new Error(`user case: region ${c.region} is not in the measured matrix`)
    return naiveOutcome(baseline, greatCircleKm(c.user, region), c.meanMs)
  })
  const pairs = predicted.countryPairs.map(({ pair, figure }) => outcome(figure, pair.meanMs))
  const pairsNaive = predicted.countryPairs.map(({ pair }) => naiveOutcome(baseline, pair.distanceKm, pair.meanMs))
  return {
    users: { model: errorFigures(users), baseline: errorFigures(usersNaive) },
    countryPairs: { model: errorFigures(pairs), baseline: errorFigures(pairsNaive) },
  }
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
