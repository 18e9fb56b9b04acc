import { ANNOUNCED, type LaunchCount, type TimelineStep } from '../../shared/timeline'

/**
 * The launch chart's geometry, worked out once and drawn twice: as SVG in
 * the panel and on the canvas of an exported picture, so both show the same
 * bars. One bar per step of the time-lapse: the regions launched that year
 * (announced, at the last step), with those shown from that year although
 * their launch year is unknown stacked on top. Units are CSS px.
 */
export interface LaunchChartSize {
  width: number
  height: number
}

export interface LaunchBar {
  step: TimelineStep
  label: string
  x: number
  width: number
  /** Top of the launched part and its height (0 for none). */
  addedY: number
  addedHeight: number
  /** The undated part, above the launched part. */
  undatedY: number
  undatedHeight: number
  added: number
  undated: number
  /** The step shown now. */
  current: boolean
  announced: boolean
  /** The count above the bar, or '' for an empty bar. */
  value: string
  /** The year under the bar, or '' where labels would crowd. */
  tick: string
}

export interface LaunchChartLayout extends LaunchChartSize {
  bars: LaunchBar[]
  /** y of the baseline. */
  baseline: number
  /** The largest bar's count. */
  max: number
  /** What the chart says, for a screen reader and an image's alt text. */
  description: string
}

export const DEFAULT_LAUNCH_CHART_SIZE: LaunchChartSize = { width: 440, height: 118 }

/** Room above the bars for their counts, and below for the years. */
const TOP = 16
const BOTTOM = 18
const GAP = 0.22

function tickOf(index: number, count: number, step: TimelineStep): string {
  if (step === ANNOUNCED) return 'Ann.'
  // The as-of year goes unlabelled: it stands right beside the announced step's label.
  const labelled = index === 0 || (step % 5 === 0 && index < count - 3)
  return labelled ? String(step) : ''
}

export function launchChartLayout(
  counts: readonly LaunchCount[],
  current: TimelineStep | null,
  size: LaunchChartSize = DEFAULT_LAUNCH_CHART_SIZE,
): LaunchChartLayout {
  const max = Math.max(1, ...counts.map((c) => c.added + c.undated))
  const slot = counts.length > 0 ? size.width / counts.length : size.width
  const baseline = size.height - BOTTOM
  const perRegion = (baseline - TOP) / max
  const currentIndex = counts.findIndex((c) => c.step === current)
  const bars = counts.map((c, i): LaunchBar => {
    const addedHeight = c.added * perRegion
    const undatedHeight = c.undated * perRegion
    const total = c.added + c.undated
    return {
      step: c.step,
      label: c.label,
      x: i * slot + (slot * GAP) / 2,
      width: slot * (1 - GAP),
      addedY: baseline - addedHeight,
      addedHeight,
      undatedY: baseline - addedHeight - undatedHeight,
      undatedHeight,
      added: c.added,
      undated: c.undated,
      current: c.step === current,
      announced: c.step === ANNOUNCED,
      value: total > 0 ? String(total) : '',
      // The step shown is always labelled; a label just beside it gives way.
      tick: currentIndex >= 0 && i !== currentIndex && Math.abs(i - currentIndex) <= 2 ? '' : tickOf(i, counts.length, c.step),
    }
  })
  const described = counts
    .filter((c) => c.added + c.undated > 0)
    .map((c) => `${c.label}: ${c.added}${c.undated > 0 ? ` (+${c.undated} of unknown launch year)` : ''}`)
  return {
    ...size,
    bars,
    baseline,
    max,
    description: `Regions launched per year (announced at the last step). ${described.join(', ')}.`,
  }
}

/** The colours the chart is drawn in (from the palette, so the export and the screen agree). */
export interface LaunchChartColours {
  bar: string
  current: string
  announced: string
  undated: string
  text: string
  axis: string
}

/** Draws the chart on a 2D canvas with its top left at (x, y), `scale` image px per CSS px. */
export function drawLaunchChart(
  context: CanvasRenderingContext2D,
  layout: LaunchChartLayout,
  at: { x: number; y: number; scale: number; font: (weight: number, px: number) => string },
  colours: LaunchChartColours,
): void {
  const { x: left, y: top, scale: s } = at
  context.save()
  context.translate(left, top)
  context.scale(s, s)
  context.strokeStyle = colours.axis
  context.lineWidth = 1
  context.beginPath()
  context.moveTo(0, layout.baseline + 0.5)
  context.lineTo(layout.width, layout.baseline + 0.5)
  context.stroke()
  context.textAlign = 'center'
  for (const bar of layout.bars) {
    const fill = bar.current ? colours.current : bar.announced ? colours.announced : colours.bar
    if (bar.addedHeight > 0) {
      context.fillStyle = fill
      context.fillRect(bar.x, bar.addedY, bar.width, bar.addedHeight)
    }
    if (bar.undatedHeight > 0) {
      context.strokeStyle = colours.undated
      context.strokeRect(bar.x + 0.5, bar.undatedY + 0.5, bar.width - 1, bar.undatedHeight - 1)
    }
    context.fillStyle = colours.text
    if (bar.value) {
      context.font = at.font(bar.current ? 700 : 400, 11)
      context.textBaseline = 'bottom'
      context.fillText(bar.value, bar.x + bar.width / 2, bar.undatedY - 2)
    }
    if (bar.tick || bar.current) {
      context.font = at.font(bar.current ? 700 : 400, 11)
      context.textBaseline = 'top'
      context.fillText(bar.current ? bar.label.replace('Announced', 'Ann.') : bar.tick, bar.x + bar.width / 2, layout.baseline + 3)
    }
  }
  context.restore()
}
