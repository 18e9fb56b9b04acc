/**
 * npm run -s latency -- [--json] [--path internet|backbone] --from <lat>,<lon> | --from "<city>" [--from ...]
 *
 * Ranks every region of the dataset by estimated round-trip time from each
 * origin (see scripts/latency/cli.ts). Exit code 2 on a bad argument.
 */
import { runCli } from './latency/cli'

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
})
