import type { Dataset } from '../../../shared/dataset/schema'
import type { ExplainedRegion } from '../../../shared/latency'
import type { SceneYear } from '../../../shared/lesson/schema'
import type { UserLocation } from '../../../shared/settings/schema'
import {
  ANNOUNCED,
  FIRST_YEAR,
  launchCounts,
  summarizeStep,
  timelineSteps,
  yearOfDate,
  type LaunchCount,
  type StepSummary,
  type TimelineStep,
} from '../../../shared/timeline'
import type { AppState } from '../store'
import { latencyRankingOf } from './latencyRanking'
import { memoLast } from './memoLast'

/**
 * What the globe shows at the store's year. Every layer that follows the
 * time-lapse (markers, labels, latency arcs and ranking, network) reads this
 * one value; the chooser, the comparison and provisioning stay on today's
 * data and never read it.
 */
export interface YearView {
  /** The step shown; null: today, no time-lapse (every region, nothing marked new). */
  step: TimelineStep | null
  /** The dataset's as-of year: the last year of the time-lapse (null without a dataset). */
  asOfYear: number | null
  /** Codes of the regions on the globe; null: every region. */
  shown: ReadonlySet<string> | null
  /** Codes of the regions new at this step (launched that year, or announced at the announced step). */
  added: ReadonlySet<string>
  /** The count line's data; null for today. */
  summary: StepSummary | null
}

const NONE: ReadonlySet<string> = new Set()

/**
 * The step a stored year stands for at this as-of year: null stays today,
 * a year before the first launch shows the first year, a year after the
 * as-of year shows the as-of year (a scene saved with a later dataset).
 */
export function timelineStepOf(year: SceneYear, asOfYear: number): TimelineStep | null {
  if (year === null) return null
  if (year === ANNOUNCED) return ANNOUNCED
  return Math.min(Math.max(year, FIRST_YEAR), asOfYear)
}

const asOfYears = new WeakMap<Dataset, number>()

/** The dataset's as-of year, worked out once per dataset. */
export function asOfYearOf(dataset: Dataset): number {
  let year = asOfYears.get(dataset)
  if (year === undefined) {
    year = yearOfDate(dataset.asOf)
    asOfYears.set(dataset, year)
  }
  return year
}

/** The year view for a dataset and a stored year (memoised: the same arguments give the same object). */
export const yearViewOf = memoLast((dataset: Dataset | null, year: SceneYear): YearView => {
  if (!dataset) return { step: null, asOfYear: null, shown: null, added: NONE, summary: null }
  const asOfYear = asOfYearOf(dataset)
  const step = timelineStepOf(year, asOfYear)
  if (step === null) return { step, asOfYear, shown: null, added: NONE, summary: null }
  const summary = summarizeStep(dataset.regions, step, asOfYear)
  return { step, asOfYear, shown: new Set(summary.shown), added: new Set(summary.added), summary }
})

/** The year view of the store's dataset and year (yearViewOf). */
export function selectYearView(state: Pick<AppState, 'dataset' | 'year'>): YearView {
  return yearViewOf(state.dataset, state.year)
}

/** The step the store's year stands for (null: today). */
export function selectTimelineStep(state: Pick<AppState, 'dataset' | 'year'>): TimelineStep | null {
  return selectYearView(state).step
}

/**
 * The step whose regions the reach layer measures: the time-lapse's step, or
 * today's open regions (the as-of year) when no year is chosen; null
 * without a dataset.
 */
export function selectReachStep(state: Pick<AppState, 'dataset' | 'year'>): TimelineStep | null {
  const view = selectYearView(state)
  return view.step ?? view.asOfYear
}

/** Every step of the dataset's time-lapse, 2006 → as-of year → announced; empty without a dataset. */
export const timelineStepsOf = memoLast((dataset: Dataset | null): readonly TimelineStep[] =>
  dataset ? timelineSteps(asOfYearOf(dataset)) : [],
)

export function selectTimelineSteps(state: Pick<AppState, 'dataset'>): readonly TimelineStep[] {
  return timelineStepsOf(state.dataset)
}

/** The launch chart's bars, one per step; empty without a dataset. */
export const launchCountsOf = memoLast((dataset: Dataset | null): readonly LaunchCount[] =>
  dataset ? launchCounts(dataset.regions, asOfYearOf(dataset)) : [],
)

export function selectLaunchCounts(state: Pick<AppState, 'dataset'>): readonly LaunchCount[] {
  return launchCountsOf(state.dataset)
}

const onlyShown = memoLast(
  (ranking: readonly ExplainedRegion[], shown: ReadonlySet<string> | null): readonly ExplainedRegion[] =>
    shown ? ranking.filter((rank) => shown.has(rank.code)) : ranking,
)

/**
 * The ranking from the user's location among the regions on the globe at
 * the store's year (today: every region): what the latency arcs draw and
 * the latency panel lists. The chooser and the comparison read today's
 * ranking (selectLatencyRanking) instead.
 */
export function shownLatencyRankingOf(dataset: Dataset | null, location: UserLocation | null, year: SceneYear): readonly ExplainedRegion[] {
  return onlyShown(latencyRankingOf(dataset, location), yearViewOf(dataset, year).shown)
}

export function selectShownLatencyRanking(state: Pick<AppState, 'dataset' | 'userLocation' | 'year'>): readonly ExplainedRegion[] {
  return shownLatencyRankingOf(state.dataset, state.userLocation, state.year)
}
