import type { AppState } from '../state/store'
import { isMarkShape, type MarkShape } from './markShapes'

/** How an entry's swatch is drawn, in the DOM legend and in an exported image alike. */
export type LegendSwatch =
  | { shape: 'disc'; colour: string }
  | { shape: 'ring'; colour: string }
  /** A ring whose upper half is filled: a region with a reported outage that is still open (degraded). */
  | { shape: 'half'; colour: string }
  /** A ring struck through: a region reported out of service. */
  | { shape: 'struck'; colour: string }
  /** A disc inside a dotted ring: a region drawn at a placeholder point. */
  | { shape: 'dotted-ring'; colour: string; ring: string }
  /** A disc inside a separate ring: the globe's selected (or highlighted) marker. */
  | { shape: 'ringed-disc'; colour: string; ring: string }
  | { shape: 'line'; colour: string; /** CSS px; default 2. */ width?: number }
  /** A mark of the edge and zone layers (legend/markShapes.ts), filled, or drawn as an outline when `hollow`. */
  | { shape: MarkShape; colour: string; hollow?: boolean }

export interface LegendItem {
  label: string
  swatch: LegendSwatch
  /** The as-of date of the data this entry draws, when it differs from its section's; shown after the label. */
  asOf?: string
}

/**
 * One block of the legend. `columns` lays the items out in a grid (the
 * latency bands sit in one row of four); `title` heads the block.
 */
export interface LegendSection {
  id: string
  title?: string
  /** The as-of date of the data the section draws (the layer's own date, datasetDates); shown after the title. */
  asOf?: string
  items: readonly LegendItem[]
  columns: number
  /** Lower comes first. */
  order: number
  /** A line of small print under the items (a caveat), in the legend and in exported pictures. */
  note?: string
}

/** A layer's legend: its section for the current state, or null while it shows nothing. */
export type LegendProvider = (state: AppState) => LegendSection | null

/** A swatch of an edge or zone mark. */
export type MarkSwatch = Extract<LegendSwatch, { shape: MarkShape }>

export function isMarkSwatch(swatch: LegendSwatch): swatch is MarkSwatch {
  return isMarkShape(swatch.shape)
}
