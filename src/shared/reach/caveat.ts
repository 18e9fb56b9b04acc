import type { LatencyModelFile } from '../latency/modelFile'

const percent = (value: number) => `${value.toFixed(1)} %`

/**
 * The caveat every reach figure carries: what the round trips are and how far
 * off they run, from the model file's headline cross-validation (the figures
 * the latency panel quotes).
 */
export function reachCaveat(model: LatencyModelFile): string {
  const set = model.evaluation.sets.find((s) => s.id === model.evaluation.headline) ?? model.evaluation.sets[0]
  const accuracy = set
    ? `: median error ${percent(set.model.medianAbsPctError)}, 90th percentile ${percent(set.model.p90AbsPctError)} (${set.label}, cross-validated)`
    : ''
  return (
    `Round trips from each place to its nearest region are estimates of InfraGlobe's latency model, calibrated ${model.calibratedAt}${accuracy}; ` +
    'a home or mobile line adds more.'
  )
}

/** What population reach counts, with the city list's threshold and date. */
export function populationBasis(cityList: { minPopulation: number; asOf: string }): string {
  return (
    `city dwellers (the inhabitants of every GeoNames place of ${cityList.minPopulation.toLocaleString('en')} or more, ` +
    `as of ${cityList.asOf}), a stand-in for where people are`
  )
}
