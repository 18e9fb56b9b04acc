import { FONT_STACK } from '../theme/fonts'

/**
 * The type of a region label, in CSS px: the code line (the code, then a
 * note such as the RTT from the user) and the place-name line below it.
 * The same figures size the label for the de-clutter pass, rasterise it
 * for the globe and draw it into an exported image.
 */
export const labelType = {
  codePx: 15,
  namePx: 14,
  /** Line height as a multiple of the font size. */
  lineHeight: 1.2,
  /** The code in a plain label; hovered and selected labels are bold. */
  plainWeight: 600,
  emphasisWeight: 700,
  noteWeight: 700,
  nameWeight: 400,
  /** Between the code and its note, em of the code's size. */
  noteGapEm: 0.4,
} as const

/** One run of text in one font and colour. */
export interface LabelRun {
  text: string
  weight: number
  sizePx: number
  colour: string
}

/** The CSS font of a run, at `scale` times its size. */
export function runFont(run: Pick<LabelRun, 'weight' | 'sizePx'>, scale = 1): string {
  return `${run.weight} ${run.sizePx * scale}px ${FONT_STACK}`
}

/** Width of a text in a font, CSS px. */
export type MeasureText = (text: string, font: string) => number

/** Measures with a Canvas 2D context (the browser's own text shaping); null where there is none. */
export function canvasMeasure(): MeasureText | null {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (!context) return null
  return (text, font) => {
    context.font = font
    return context.measureText(text).width
  }
}

/** A line of runs side by side (the code and its note), with the gap before each run after the first. */
export interface LabelLine {
  runs: readonly LabelRun[]
  /** Gap before each run after the first, CSS px. */
  gapPx: number
  /** Line box height, CSS px. */
  height: number
}

/** Width of a line, CSS px. */
export function lineWidth(line: LabelLine, measure: MeasureText): number {
  let width = 0
  line.runs.forEach((run, k) => {
    width += (k > 0 ? line.gapPx : 0) + measure(run.text, runFont(run))
  })
  return Math.ceil(width)
}

/** A region label's tones, in the order the label mesh numbers them. */
export const LABEL_TONES = ['plain', 'hovered', 'selected'] as const

/** A region label as drawn, for the export and the probe: canvas CSS px. */
export interface DrawnLabel {
  code: string
  left: number
  top: number
  width: number
  height: number
  opacity: number
  tone: (typeof LABEL_TONES)[number]
  side: 'right' | 'left'
  /** The code's colour. */
  colour: string
  /** Each line's runs, its left edge and its middle. */
  lines: { runs: readonly LabelRun[]; left: number; middle: number }[]
}

/** A layer label as drawn, for the export: its line and box in canvas CSS px. */
export interface DrawnLayerLabel {
  line: LabelLine
  left: number
  top: number
}
