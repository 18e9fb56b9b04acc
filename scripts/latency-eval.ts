/**
 * npm run latency:eval [-- --raw <dir>] [-- --dataset <file>]
 *
 * Prints the latency model's error on data held out of every fit, for each
 * kind of figure: a user's (RIPE Atlas rows, leave-one-country-out; the
 * figure quoted next to user-to-region round trips) and region to region
 * (the AWS matrix, leave-one-region-out; the figure quoted for the
 * inter-region matrix and network; the Azure matrix as an out-of-sample
 * check), next to the naive straight-line distance fit. Writes nothing.
 */
import { readFileSync } from 'node:fs'
import { parseLatencyModel } from '../src/shared/latency/modelFile'
import { calibrateAndEvaluate, loadInputs, sensitivity } from './latency/evaluate'
import { MODEL_FILE, parseScriptArgs } from './latency/paths'
import { printCommittedComparison, printEvaluation, printSensitivity } from './latency/report'

try {
  const args = parseScriptArgs(process.argv.slice(2), 'latency-eval [--raw <dir>] [--dataset <file>]')
  const inputs = loadInputs(args.raw, args.dataset)
  const { calibration, evaluation } = calibrateAndEvaluate(inputs)
  printEvaluation(inputs, calibration, evaluation)
  printSensitivity(sensitivity(inputs, evaluation))
  const committed = parseLatencyModel(readFileSync(MODEL_FILE, 'utf8'))
  printCommittedComparison(committed.ok ? committed.model : null, calibration, MODEL_FILE)
} catch (error) {
  console.error(`latency-eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
