import type { DrawnLabel } from '../globe/labelLayer'
import { labelType, runFont } from '../globe/labelText'
import { haloText } from './imageFonts'

const NOTE_GAP_EM = labelType.noteGapEm

/** Maps a point in CSS px relative to the on-screen canvas to image px. */
export type ScreenToImage = (x: number, y: number) => { x: number; y: number }

/**
 * Draws the HTML labels currently shown over the globe (link RTTs, the
 * pin's label, the places' names) onto the image: each run of text at
 * the place the browser laid it out, mapped to the image and scaled, in the
 * same font, colour and opacity, with the same dark halo. Reading the DOM
 * keeps the image's labels exactly the ones the de-clutter pass chose.
 */
export function drawLabels(
  context: CanvasRenderingContext2D,
  labelRoot: HTMLElement,
  canvasRect: DOMRect,
  toImage: ScreenToImage,
  scale: number,
): number {
  let drawn = 0
  const range = document.createRange()
  for (const element of labelRoot.children) {
    if (!(element instanceof HTMLElement)) continue
    const opacity = shownOpacity(element)
    if (opacity <= 0) continue
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const parent = node.parentElement
      if (!text || !parent) continue
      const style = getComputedStyle(parent)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      range.selectNodeContents(node)
      const rect = range.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const at = toImage(rect.left - canvasRect.left, rect.top + rect.height / 2 - canvasRect.top)
      context.save()
      context.globalAlpha = opacity
      context.font = `${style.fontStyle} ${style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`
      context.fillStyle = style.color
      context.textAlign = 'left'
      context.textBaseline = 'middle'
      haloText(context, text, at.x, at.y, 4 * scale)
      context.restore()
      drawn++
    }
  }
  range.detach()
  return drawn
}

/** The label's opacity as shown (0 when it or an ancestor inside the layer is hidden). */
function shownOpacity(element: HTMLElement): number {
  const style = getComputedStyle(element)
  if (style.display === 'none' || style.visibility === 'hidden') return 0
  return Number.parseFloat(style.opacity) || 0
}

/**
 * Draws the region labels the globe drew in its last frame (they are pixels
 * of its canvas, left out of the export's render) onto the image at its
 * scale: the same lines, fonts, colours, sides and opacity, with the halo.
 */
export function drawRegionLabels(context: CanvasRenderingContext2D, labels: readonly DrawnLabel[], toImage: ScreenToImage, scale: number): number {
  let drawn = 0
  context.save()
  context.textAlign = 'left'
  context.textBaseline = 'middle'
  for (const label of labels) {
    context.globalAlpha = label.opacity
    for (const line of label.lines) {
      let x = line.left
      line.runs.forEach((run, k) => {
        context.font = runFont(run)
        const width = context.measureText(run.text).width
        if (k > 0) x += NOTE_GAP_EM * run.sizePx
        const at = toImage(x, line.middle)
        context.font = runFont(run, scale)
        context.fillStyle = run.colour
        haloText(context, run.text, at.x, at.y, 4 * scale)
        x += width
        drawn++
      })
    }
  }
  context.restore()
  return drawn
}
