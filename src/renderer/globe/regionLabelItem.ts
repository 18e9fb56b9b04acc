import { palette } from '../theme/palette'
import { labelType, lineWidth, type LabelLine, type LabelRun, type MeasureText } from './labelText'

/** A region label's tones, as the label layer numbers them. */
export const tones = { plain: 0, hovered: 1, selected: 2 } as const

export const CODE_LINE_PX = labelType.codePx * labelType.lineHeight
export const NAME_LINE_PX = labelType.namePx * labelType.lineHeight
export const CODE_HEIGHT = Math.round(CODE_LINE_PX)
export const FULL_HEIGHT = Math.round(CODE_LINE_PX + NAME_LINE_PX)

/** One region's label: its text, measured widths, and what the sprites show of it now. */
export interface LabelItem {
  code: string
  name: string
  /** A note after the code on the first line (the RTT from the user), none when empty. */
  note: string
  noteColour: string
  noted: boolean
  announced: boolean
  /** 1 for the oldest region, down to 0 for the newest (and for a region whose launch year is unknown). */
  launchRank: number
  /** Width of the code line at the plain and at the bold weight, and of the name line, CSS px. */
  codeLineWidths: [number, number]
  nameWidth: number
  /** What the sprites currently show, so unchanged labels cost no writes. */
  shown: boolean
  withName: boolean
  opacity: number
  tone: number
  side: number
  drawnTone: number
  atlasVersion: number
  /** The box's top-left corner from the marker, CSS px, as last placed. */
  dx: number
  dy: number
}

/** Measures a label's code line at the plain and bold weights, and its name line. */
export function measureLabelItem(item: LabelItem, measure: MeasureText): void {
  const [plainCode, name] = labelLines(item, tones.plain)
  const [boldCode] = labelLines(item, tones.selected)
  item.codeLineWidths = [lineWidth(plainCode, measure), lineWidth(boldCode, measure)]
  item.nameWidth = lineWidth(name, measure)
}

export function codeLineWidth(item: LabelItem): number {
  return item.codeLineWidths[item.tone === tones.plain ? 0 : 1]
}

export function boxWidth(item: LabelItem, withName: boolean): number {
  const code = codeLineWidth(item)
  return withName ? Math.max(code, item.nameWidth) : code
}

/** The theme's colour of a label's code and name in a tone. */
export function toneColour(tone: number): string {
  return tone === tones.selected ? palette.regionSelected : tone === tones.hovered ? palette.regionHover : palette.label
}

/** A label's two lines in a tone: the code (and its note), and the place name. */
export function labelLines(item: LabelItem, tone: number): [LabelLine, LabelLine] {
  const colour = toneColour(tone)
  const codeRun: LabelRun = { text: item.code, weight: tone === tones.plain ? labelType.plainWeight : labelType.emphasisWeight, sizePx: labelType.codePx, colour }
  const runs = item.note ? [codeRun, { text: item.note, weight: labelType.noteWeight, sizePx: labelType.codePx, colour: item.noteColour }] : [codeRun]
  return [
    { runs, gapPx: labelType.noteGapEm * labelType.codePx, height: CODE_LINE_PX },
    { runs: [{ text: item.name, weight: labelType.nameWeight, sizePx: labelType.namePx, colour }], gapPx: 0, height: NAME_LINE_PX },
  ]
}
