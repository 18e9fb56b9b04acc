import type { ErrorFigures, LatencyModelFile } from '../../src/shared/latency/modelFile'
import type { Calibration } from './calibrate'
import type { Scored, SensitivityRow } from './crossValidate'
import type { Evaluation, Inputs } from './evaluate'
import { ROUTE_CORRECTION } from './calibrate'

const pct = (x: number) => `${x.toFixed(1)} %`.padStart(8)

function row(label: string, f: ErrorFigures): string {
  return `  ${label.padEnd(34)} ${String(f.n).padStart(5)} ${pct(f.medianAbsPctError)} ${pct(f.p90AbsPctError)} ${pct(f.bandCoveragePct)} ${pct(f.medianPctBias)}`
}

function block(title: string, scored: Scored): string[] {
  return [title, row('model', scored.model), row('naive straight-line fit', scored.baseline)]
}

export function printEvaluation(inputs: Inputs, calibration: Calibration, evaluation: Evaluation): void {
  const p = calibration.params
  const lines = [
    'Latency model: error on data held out of every fit',
    `  ${''.padEnd(34)} ${'n'.padStart(5)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'band'.padStart(8)} ${'bias'.padStart(8)}`,
    `  ${''.padEnd(34)} ${''.padStart(5)} ${'|error|'.padStart(8)} ${'|error|'.padStart(8)} ${'holds'.padStart(8)} ${''.padStart(8)}`,
    'User to region (the figures a user sees, public internet, access path included):',
    ...block(
      `RIPE Atlas rows read as a user reaching a region (${inputs.cases.length}), leave-one-country-out, route-corrected as the app estimates:`,
      evaluation.ripe.users,
    ),
    ...block(
      `RIPE Atlas country pairs (${inputs.ripe.pairs.length}), leave-one-country-out, distance alone:`,
      evaluation.ripe.countryPairs,
    ),
    'Region to region (the inter-region matrix and network, AWS backbone):',
    ...block(
      `AWS inter-region matrix (${inputs.cloudping.sourceId}), leave-one-region-out, route-corrected (as the app estimates near regions):`,
      evaluation.cloudping.routeCorrected,
    ),
    ...block('AWS inter-region matrix, leave-one-region-out, distance alone:', evaluation.cloudping.distanceOnly),
    ...block(`Azure P95 matrix (${inputs.azure.pairs.length} pairs), out of sample, backbone path (P95: measurements run high):`, evaluation.azure),
    '',
    'Parameters (all data):',
    `  backbone: overhead ${p.backbone.overheadMs} ms, stretch ${p.backbone.stretchNear} near → ${p.backbone.stretchFar} far, half-way at ${p.backbone.halfDistanceKm} km`,
    `  internet: path premium × ${p.internet.pathPremium} (RIPE slope ${calibration.premium.slope.toFixed(3)}, intercept ${calibration.premium.interceptMs.toFixed(1)} ms), access path ${p.internet.accessMs} ms, user band ×${p.internet.band.low}–×${p.internet.band.high}`,
    `  backbone band (${p.band.quantiles.join('–')} quantiles): distance only ×${p.band.distanceOnly.low}–×${p.band.distanceOnly.high}, route-corrected ×${p.band.routeCorrected.low}–×${p.band.routeCorrected.high}`,
    `  route correction: ${p.routeCorrection.lengthKm} km, prior weight ${p.routeCorrection.priorWeight}, near fraction ${p.routeCorrection.nearFraction}`,
  ]
  console.log(lines.join('\n'))
}

export function printSensitivity(rows: readonly SensitivityRow[]): void {
  console.log('\nRoute correction: leave-one-region-out error (median / p90) over the grid the constants were picked from')
  for (const r of rows) {
    const chosen =
      r.lengthKm === ROUTE_CORRECTION.lengthKm &&
      r.priorWeight === ROUTE_CORRECTION.priorWeight &&
      r.nearFraction === ROUTE_CORRECTION.nearFraction
    console.log(
      `  length ${String(r.lengthKm).padStart(4)} km, prior ${String(r.priorWeight).padEnd(3)}, near ${String(r.nearFraction).padEnd(3)}: ${pct(r.medianAbsPctError)} ${pct(r.p90AbsPctError)}${chosen ? '   ← chosen' : ''}`,
    )
  }
}

export function printCommittedComparison(committed: LatencyModelFile | null, calibration: Calibration, file: string): void {
  if (!committed) {
    console.log(`\n${file}: missing or invalid; run npm run latency:calibrate`)
    return
  }
  const same = JSON.stringify(committed.params) === JSON.stringify(calibration.params)
  console.log(
    `\n${file}: calibrated ${committed.calibratedAt}; its parameters ${same ? 'match this run' : 'DIFFER from this run: run npm run latency:calibrate'}`,
  )
}
