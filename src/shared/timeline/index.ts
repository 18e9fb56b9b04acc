/**
 * The time-lapse's year filter: which regions are on the globe at each step
 * (2006 → the dataset's as-of year → announced), which are new, and the count
 * line and launch chart data. Pure: the year control, the globe and the panel
 * read it.
 */
export {
  ANNOUNCED,
  FIRST_YEAR,
  isTimelineStep,
  stepLabel,
  stepOrder,
  timelineSteps,
  yearOfDate,
  type TimelineStep,
} from './steps'
export {
  firstShownStep,
  isShownAt,
  regionsFirstShownAt,
  regionsOfUnknownLaunch,
  regionsShownAt,
  type TimelineRegion,
} from './shown'
export {
  formatCountLine,
  launchCounts,
  summarizeStep,
  summarizeTimeline,
  type CountLineOptions,
  type LaunchCount,
  type StepSummary,
} from './summary'
