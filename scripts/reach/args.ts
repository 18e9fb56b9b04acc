import { ANNOUNCED, type TimelineStep } from '../../src/shared/timeline/steps'

export const USAGE = 'reach [--json] [--year <year>|announced] [--within <ms>]'

/** The default threshold: the fastest of the latency bands. */
export const DEFAULT_WITHIN_MS = 50

export class UsageError extends Error {}

export interface ReachOptions {
  json: boolean
  /** One step of the time-lapse, or null for every step. Checked against the dataset's years once it is loaded. */
  year: TimelineStep | null
  withinMs: number
  help: boolean
}

const INTEGER = /^\d+$/
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/

function parseYear(value: string): TimelineStep {
  const text = value.trim()
  if (text.toLowerCase() === ANNOUNCED) return ANNOUNCED
  if (!INTEGER.test(text)) throw new UsageError(`--year must be a year such as 2016 or "announced", not "${value}"`)
  return Number(text)
}

function parseWithin(value: string): number {
  const text = value.trim()
  const ms = Number(text)
  if (!NUMBER.test(text) || !Number.isFinite(ms) || ms <= 0) {
    throw new UsageError(`--within must be a round trip in milliseconds above 0, such as 50, not "${value}"`)
  }
  return ms
}

/** `--flag value` or `--flag=value`; each flag at most once. Throws UsageError with a one-line message. */
export function parseReachArgs(argv: readonly string[]): ReachOptions {
  const options: ReachOptions = { json: false, year: null, withinMs: DEFAULT_WITHIN_MS, help: false }
  const seen = new Set<string>()
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    if (seen.has(flag)) throw new UsageError(`${flag} is given twice`)
    seen.add(flag)
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1)
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`)
      i += 1
      return next
    }
    if (flag === '--json' && eq < 0) options.json = true
    else if ((flag === '--help' || flag === '-h') && eq < 0) options.help = true
    else if (flag === '--year') options.year = parseYear(takeValue())
    else if (flag === '--within') options.withinMs = parseWithin(takeValue())
    else throw new UsageError(`unknown argument "${arg}"`)
  }
  return options
}
