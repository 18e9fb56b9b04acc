/**
 * The steps of the time-lapse: every year from the first region's launch to
 * the dataset's as-of year, then the regions AWS has announced but not yet
 * opened, as one last step.
 */
export const FIRST_YEAR = 2006

/** The last step, after the as-of year. */
export const ANNOUNCED = 'announced'

export type TimelineStep = number | typeof ANNOUNCED

/** The year of a dataset's as-of date ("2026-11-21" → 2026). */
export function yearOfDate(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  if (!/^\d{4}/.test(isoDate) || !Number.isInteger(year)) throw new Error(`"${isoDate}" does not start with a year`)
  return year
}

/** 2006, 2007, …, asOfYear, 'announced'. An as-of year before 2006 gives the announced step alone. */
export function timelineSteps(asOfYear: number): TimelineStep[] {
  const steps: TimelineStep[] = []
  for (let year = FIRST_YEAR; year <= asOfYear; year += 1) steps.push(year)
  steps.push(ANNOUNCED)
  return steps
}

/** Where a step falls in the time-lapse: years in order, the announced step after every year. */
export function stepOrder(step: TimelineStep): number {
  return step === ANNOUNCED ? Number.POSITIVE_INFINITY : step
}

/** Whether `step` is a step of the time-lapse ending at asOfYear. */
export function isTimelineStep(step: unknown, asOfYear: number): step is TimelineStep {
  if (step === ANNOUNCED) return true
  return typeof step === 'number' && Number.isInteger(step) && step >= FIRST_YEAR && step <= asOfYear
}

/** What the year control and the count line show for a step. */
export function stepLabel(step: TimelineStep): string {
  return step === ANNOUNCED ? 'Announced' : String(step)
}
