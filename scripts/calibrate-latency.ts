/**
 * npm run latency:calibrate [-- --raw <dir>] [-- --dataset <file>] [-- --out <file>]
 *
 * Fits the latency model on the measured matrix in the dataset and the
 * calibration files in the raw directory (default <repo>/../shared/data/raw),
 * cross-validates it, and replaces assets/data/latency-model.json atomically.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { calibrateAndEvaluate, loadInputs } from './latency/evaluate'
import { buildModelFile } from './latency/modelFile'
import { parseScriptArgs } from './latency/paths'
import { printEvaluation } from './latency/report'

try {
  const args = parseScriptArgs(process.argv.slice(2), 'calibrate-latency [--raw <dir>] [--dataset <file>] [--out <file>]')
  const inputs = loadInputs(args.raw, args.dataset)
  const { calibration, evaluation } = calibrateAndEvaluate(inputs)
  const calibratedAt = new Date().toISOString().slice(0, 10)
  const file = buildModelFile(calibration, evaluation, inputs, calibratedAt)
  const temp = `${args.out}.tmp`
  writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`)
  renameSync(temp, args.out)
  printEvaluation(inputs, calibration, evaluation)
  console.log(`\nwrote ${args.out}`)
} catch (error) {
  console.error(`calibrate-latency: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
