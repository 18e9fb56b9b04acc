import { firstShownStep, type TimelineRegion } from './shown'
import { ANNOUNCED, stepLabel, stepOrder, timelineSteps, type TimelineStep } from './steps'

/** What the count line and the launch chart say about one step. */
export interface StepSummary {
  step: TimelineStep
  /** "2014", or "Announced". */
  label: string
  /** Codes of every region on the globe at this step, in the order given. */
  shown: string[]
  /** Codes of the regions new at this step: launched that year (at the announced step: announced). */
  added: string[]
  /**
   * Codes of the regions that appear at this step although they did not
   * launch that year: available regions whose launch year no source gives
   * (or gives after the as-of date), shown from the as-of year on.
   */
  undated: string[]
}

function isDatedAt(region: TimelineRegion, step: TimelineStep): boolean {
  return step === ANNOUNCED || region.launchYear === step
}

/** The count line's data for one step. */
export function summarizeStep(regions: readonly TimelineRegion[], step: TimelineStep, asOfYear: number): StepSummary {
  const summary: StepSummary = { step, label: stepLabel(step), shown: [], added: [], undated: [] }
  const order = stepOrder(step)
  for (const region of regions) {
    const first = firstShownStep(region, asOfYear)
    if (stepOrder(first) > order) continue
    summary.shown.push(region.code)
    if (first !== step) continue
    if (isDatedAt(region, step)) summary.added.push(region.code)
    else summary.undated.push(region.code)
  }
  return summary
}

/** One summary per step of the time-lapse, 2006 → as-of year → announced: the per-year launch chart's data. */
export function summarizeTimeline(regions: readonly TimelineRegion[], asOfYear: number): StepSummary[] {
  return timelineSteps(asOfYear).map((step) => summarizeStep(regions, step, asOfYear))
}

/** One bar of the launch chart: how many regions a step added, and how many it showed in all. */
export interface LaunchCount {
  step: TimelineStep
  label: string
  /** Launched that year (announced, at the announced step). */
  added: number
  /** Shown from this step on with no launch year that year (see StepSummary.undated). */
  undated: number
  /** On the globe at this step. */
  total: number
}

/** The per-year launch chart: one bar per step of the time-lapse. */
export function launchCounts(regions: readonly TimelineRegion[], asOfYear: number): LaunchCount[] {
  return summarizeTimeline(regions, asOfYear).map((s) => ({
    step: s.step,
    label: s.label,
    added: s.added.length,
    undated: s.undated.length,
    total: s.shown.length,
  }))
}

export interface CountLineOptions {
  /** How a region is named in the line (default: its code). */
  name?: (code: string) => string
  /** The step's population reach, appended as "78 % of city dwellers within 50 ms". */
  reach?: { share: number; withinMs: number }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * "2014: 11 regions, 2 new: eu-central-1, cn-north-1", with the regions shown
 * only from today on named as such, and the population reach when given.
 */
export function formatCountLine(summary: StepSummary, options: CountLineOptions = {}): string {
  const name = options.name ?? ((code: string) => code)
  const list = (codes: readonly string[]) => codes.map(name).join(', ')
  const parts = [`${summary.label}: ${plural(summary.shown.length, 'region', 'regions')}`]
  const verb = summary.step === ANNOUNCED ? 'announced' : 'new'
  parts.push(summary.added.length === 0 ? `none ${verb}` : `${summary.added.length} ${verb}: ${list(summary.added)}`)
  let line = parts.join(', ')
  if (summary.undated.length > 0) line += `; shown from today, launch year unknown: ${list(summary.undated)}`
  if (options.reach) {
    const percent = Math.round(options.reach.share * 100)
    line += ` · ${percent} % of city dwellers within ${options.reach.withinMs} ms`
  }
  return line
}
