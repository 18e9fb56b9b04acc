import { labelType, runFont, type DrawnLabel, type DrawnLayerLabel, type LabelLine } from '../globe/labelText'
import { haloText } from './imageFonts'

/** Maps a point in CSS px relative to the on-screen canvas to image px. */
export type ScreenToImage = (x: number, y: number) => { x: number; y: number }

/**
 * Draws the region labels the globe drew in its last frame (they are pixels
 * of its canvas, left out of the export's render) onto the image at its
 * scale: the same lines, fonts, colours, sides and opacity, with the halo.
 */
export function drawRegionLabels(context: CanvasRenderingContext2D, labels: readonly DrawnLabel[], toImage: ScreenToImage, scale: number): number {
  let drawn = 0
  for (const label of labels) {
    for (const line of label.lines) drawn += drawLine(context, { runs: line.runs, gapPx: labelType.noteGapEm * labelType.codePx }, line.left, line.middle, label.opacity, toImage, scale)
  }
  return drawn
}

/** Draws the layers' labels (link RTTs, the pin's, the places' names) as the globe drew them, at the image's scale. */
export function drawLayerLabels(context: CanvasRenderingContext2D, labels: readonly DrawnLayerLabel[], toImage: ScreenToImage, scale: number): number {
  let drawn = 0
  for (const label of labels) drawn += drawLine(context, label.line, label.left, label.top + Math.round(label.line.height) / 2, 1, toImage, scale)
  return drawn
}

/** One line of runs from its left edge and middle (view CSS px); returns the runs drawn. */
function drawLine(
  context: CanvasRenderingContext2D,
  line: Pick<LabelLine, 'runs' | 'gapPx'>,
  left: number,
  middle: number,
  opacity: number,
  toImage: ScreenToImage,
  scale: number,
): number {
  context.save()
  context.globalAlpha = opacity
  context.textAlign = 'left'
  context.textBaseline = 'middle'
  let x = left
  line.runs.forEach((run, k) => {
    if (k > 0) x += line.gapPx
    context.font = runFont(run)
    const width = context.measureText(run.text).width
    const at = toImage(x, middle)
    context.font = runFont(run, scale)
    context.fillStyle = run.colour
    haloText(context, run.text, at.x, at.y, 4 * scale)
    x += width
  })
  context.restore()
  return line.runs.length
}
