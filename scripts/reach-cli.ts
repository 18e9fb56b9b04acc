/**
 * npm run -s reach -- [--json] [--year <year>|announced] [--within <ms>]
 *
 * The share of city dwellers within a round trip of an AWS region, for each
 * step of the time-lapse, overall and per continent (see scripts/reach/cli.ts).
 * Exit code 2 on a bad argument.
 */
import { runReachCli } from './reach/cli'

process.exitCode = runReachCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
})
