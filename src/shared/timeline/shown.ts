import { ANNOUNCED, stepOrder, type TimelineStep } from './steps'

/** What the time-lapse needs of a region (the dataset's Region has it). */
export interface TimelineRegion {
  code: string
  /** null: no source gives it. */
  launchYear: number | null
  status: 'available' | 'announced'
}

/**
 * The first step at which a region is on the globe. An announced region
 * appears at the announced step. An available region appears in its launch
 * year; one whose launch year is unknown appears at the as-of year ("today"),
 * the only year we know it was open; so does one dated after the as-of year,
 * since the dataset says it is open now.
 */
export function firstShownStep(region: TimelineRegion, asOfYear: number): TimelineStep {
  if (region.status === 'announced') return ANNOUNCED
  if (region.launchYear === null) return asOfYear
  return Math.min(region.launchYear, asOfYear)
}

/** Whether a region is on the globe at a step: it appeared at this step or earlier. Steps only ever add regions. */
export function isShownAt(region: TimelineRegion, step: TimelineStep, asOfYear: number): boolean {
  return stepOrder(firstShownStep(region, asOfYear)) <= stepOrder(step)
}

/** The regions on the globe at a step, in the order given. */
export function regionsShownAt<R extends TimelineRegion>(regions: readonly R[], step: TimelineStep, asOfYear: number): R[] {
  return regions.filter((r) => isShownAt(r, step, asOfYear))
}

/** The regions that first appear at a step (launched that year, or undated and appearing "today"), in the order given. */
export function regionsFirstShownAt<R extends TimelineRegion>(regions: readonly R[], step: TimelineStep, asOfYear: number): R[] {
  return regions.filter((r) => firstShownStep(r, asOfYear) === step)
}

/**
 * Available regions whose launch year no source gives: they are shown from
 * the as-of year on, and the panel names them so nobody reads them as new
 * that year.
 */
export function regionsOfUnknownLaunch<R extends TimelineRegion>(regions: readonly R[]): R[] {
  return regions.filter((r) => r.status === 'available' && r.launchYear === null)
}
