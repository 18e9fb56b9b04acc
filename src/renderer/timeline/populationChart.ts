import type { ContinentCode } from '../../shared/continents/schema'
import type { StepPopulationReach } from '../../shared/reach/populationTimeline'
import { ANNOUNCED, stepLabel, type TimelineStep } from '../../shared/timeline'

/** The whole city list, or one continent's part of it. */
export type PopulationArea = 'world' | ContinentCode

export interface PopulationPoint {
  step: TimelineStep
  x: number
  y: number
  /** 0 … 1; null where the area has no city at all. */
  share: number | null
}

export interface PopulationLine {
  withinMs: number
  points: PopulationPoint[]
  /** An SVG path through the points. */
  path: string
}

export interface PopulationChartLayout {
  width: number
  height: number
  /** The plot's left edge (after the percentage labels) and its baseline. */
  left: number
  baseline: number
  top: number
  lines: PopulationLine[]
  /** Horizontal grid lines: 0, 25, 50, 75, 100 %. */
  grid: { y: number; label: string }[]
  /** Year labels along the bottom. */
  ticks: { x: number; label: string }[]
  /** Where the step shown is, for a vertical marker; null for none. */
  currentX: number | null
  description: string
}

export const DEFAULT_POPULATION_CHART_SIZE = { width: 440, height: 190 }

const LEFT = 40
const RIGHT = 8
const TOP = 8
const BOTTOM = 20

function shareOf(row: StepPopulationReach, index: number, area: PopulationArea): number | null {
  const share = row.shares[index]
  if (!share) return null
  if (area === 'world') return share.share
  const part = share.byContinent[area]
  return part && part.total > 0 ? part.share : null
}

const percent = (share: number) => `${Math.round(share * 100)} %`

/**
 * The population reach chart: for each threshold, the share of city
 * dwellers (of the world or a continent) within it, step by step from 2006
 * to the announced step.
 */
export function populationChartLayout(
  rows: readonly StepPopulationReach[],
  area: PopulationArea,
  current: TimelineStep | null,
  size = DEFAULT_POPULATION_CHART_SIZE,
): PopulationChartLayout {
  const plotWidth = size.width - LEFT - RIGHT
  const baseline = size.height - BOTTOM
  const plotHeight = baseline - TOP
  const xOf = (i: number) => LEFT + (rows.length > 1 ? (i / (rows.length - 1)) * plotWidth : plotWidth / 2)
  const yOf = (share: number) => baseline - share * plotHeight
  const thresholds = rows[0]?.shares.map((s) => s.withinMs) ?? []
  const lines = thresholds.map((withinMs, t): PopulationLine => {
    const points = rows.map((row, i): PopulationPoint => {
      const share = shareOf(row, t, area)
      return { step: row.step, x: xOf(i), y: share === null ? baseline : yOf(share), share }
    })
    let path = ''
    let pen = false
    for (const p of points) {
      if (p.share === null) {
        pen = false
        continue
      }
      path += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`
      pen = true
    }
    return { withinMs, points, path }
  })
  const grid = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: yOf(share), label: percent(share) }))
  const ticks = rows.flatMap((row, i) => {
    const step = row.step
    const show = i === 0 || step === ANNOUNCED || (typeof step === 'number' && step % 5 === 0 && i < rows.length - 3)
    return show ? [{ x: xOf(i), label: step === ANNOUNCED ? 'Ann.' : String(step) }] : []
  })
  const index = current === null ? -1 : rows.findIndex((row) => row.step === current)
  const first = rows[0]
  const last = rows.at(-1)
  const described = lines.map((line) => {
    const a = line.points[0]?.share
    const b = line.points.at(-1)?.share
    const range = a === null || a === undefined || b === null || b === undefined ? 'no cities' : `${percent(a)} → ${percent(b)}`
    return `within ${line.withinMs} ms: ${range}`
  })
  return {
    ...size,
    left: LEFT,
    baseline,
    top: TOP,
    lines,
    grid,
    ticks,
    currentX: index >= 0 ? xOf(index) : null,
    description:
      first && last
        ? `Share of city dwellers near a region, ${stepLabel(first.step)} to ${stepLabel(last.step)}: ${described.join('; ')}.`
        : 'No population reach yet.',
  }
}
