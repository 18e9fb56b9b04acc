import { CONTINENT_NAMES, type ContinentCode } from '../../src/shared/continents'
import { populationBasis, reachCaveat } from '../../src/shared/reach/caveat'
import { createReachModel } from '../../src/shared/reach/model'
import { nearestRttOverSets, populationShare } from '../../src/shared/reach/population'
import { populationPlaces } from '../../src/shared/reach/populationTimeline'
import { regionsShownAt } from '../../src/shared/timeline/shown'
import { isTimelineStep, timelineSteps, yearOfDate, type TimelineStep } from '../../src/shared/timeline/steps'
import { USAGE, UsageError, parseReachArgs } from './args'
import { loadReachInputs, type ReachInputs } from './inputs'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** Exit codes: 0 done, 1 the bundled data could not be read, 2 a bad argument. */
export const EXIT_OK = 0
export const EXIT_DATA = 1
export const EXIT_USAGE = 2

/** One line of `reach --json`: one step of the time-lapse. */
export interface ReachRow {
  /** A year, or "announced" for the step after the as-of year. */
  year: TimelineStep
  /** Regions on the globe at that step, all partitions. */
  regions: number
  /** The threshold, ms (inclusive). */
  within: number
  /** Share of city dwellers whose estimated round trip to the nearest region is at most `within`, 0 … 1. */
  populationShare: number
  /** The same per continent (GeoNames codes), for every continent with cities. */
  byContinent: Partial<Record<ContinentCode, number>>
  /** What the population is: city dwellers, as a stand-in for where people are. */
  populationBasis: string
}

/** Shares are printed to four decimals: a hundredth of a percent. */
const round4 = (x: number) => Math.round(x * 10_000) / 10_000

/** The rows for the chosen steps (every step when options.year is null). */
export function reachRows(inputs: ReachInputs, steps: readonly TimelineStep[], withinMs: number): ReachRow[] {
  const asOfYear = yearOfDate(inputs.dataset.asOf)
  const model = createReachModel(inputs.dataset.regions, inputs.model.params, inputs.dataset.latency)
  const places = populationPlaces(inputs.cities, inputs.continentOf)
  const sets = steps.map((step) => regionsShownAt(inputs.dataset.regions, step, asOfYear).map((r) => r.code))
  const nearest = nearestRttOverSets(model, places, sets)
  const basis = populationBasis(inputs.cityList)
  return steps.map((step, i) => {
    const share = populationShare(places, nearest[i] as Float64Array, withinMs)
    const byContinent: ReachRow['byContinent'] = {}
    for (const [code, s] of Object.entries(share.byContinent) as [ContinentCode, { share: number }][]) byContinent[code] = round4(s.share)
    return {
      year: step,
      regions: (sets[i] as string[]).length,
      within: withinMs,
      populationShare: round4(share.share),
      byContinent,
      populationBasis: basis,
    }
  })
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`

/** The readable form: one line per step, world then each continent, with what the figures are. */
export function formatReachTable(rows: readonly ReachRow[], inputs: ReachInputs, withinMs: number): string {
  const continents = [...new Set(rows.flatMap((r) => Object.keys(r.byContinent) as ContinentCode[]))].sort()
  const width = 8
  const lines = [
    `Share of city dwellers within ${withinMs} ms of an AWS region (estimated round trip to the nearest region)`,
    '',
    `${'year'.padEnd(10)}${'regions'.padStart(8)}${'world'.padStart(width + 1)}${continents.map((c) => c.padStart(width + 1)).join('')}`,
    ...rows.map(
      (r) =>
        `${String(r.year).padEnd(10)}${String(r.regions).padStart(8)}${pct(r.populationShare).padStart(width + 1)}` +
        continents.map((c) => (r.byContinent[c] === undefined ? '' : pct(r.byContinent[c])).padStart(width + 1)).join(''),
    ),
    '',
    `Continents (GeoNames): ${continents.map((c) => `${c} ${CONTINENT_NAMES[c]}`).join(', ')}.`,
    `Population: ${rows[0]?.populationBasis ?? populationBasis(inputs.cityList)}; ${inputs.cityList.count.toLocaleString('en')} places.`,
    `Regions: those launched by each year, all partitions (China and GovCloud included); "announced" adds the announced regions.`,
    reachCaveat(inputs.model),
  ]
  return `${lines.join('\n')}\n`
}

/**
 * `npm run -s reach -- …`: the share of city dwellers within a round trip of
 * a region, per step of the time-lapse, as JSON or as a table. A bad
 * argument: one line on stderr, exit code 2.
 */
export function runReachCli(argv: readonly string[], io: CliIo, load: () => ReachInputs = () => loadReachInputs()): number {
  const usage = (message: string) => {
    io.err(`reach: ${message} (usage: ${USAGE})\n`)
    return EXIT_USAGE
  }
  let options
  try {
    options = parseReachArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usage(error.message)
  }
  if (options.help) {
    io.out(`usage: ${USAGE}\n`)
    return EXIT_OK
  }
  let inputs: ReachInputs
  try {
    inputs = load()
  } catch (error) {
    io.err(`reach: cannot load the bundled data: ${(error as Error).message}\n`)
    return EXIT_DATA
  }
  const asOfYear = yearOfDate(inputs.dataset.asOf)
  if (options.year !== null && !isTimelineStep(options.year, asOfYear)) {
    return usage(`--year ${options.year} is outside the time-lapse: 2006 to ${asOfYear}, or "announced"`)
  }
  const steps = options.year === null ? timelineSteps(asOfYear) : [options.year]
  const rows = reachRows(inputs, steps, options.withinMs)
  io.out(options.json ? `${JSON.stringify(rows)}\n` : formatReachTable(rows, inputs, options.withinMs))
  return EXIT_OK
}
