import { haloText } from './imageFonts'

/** Maps a point in CSS px relative to the on-screen canvas to image px. */
export type ScreenToImage = (x: number, y: number) => { x: number; y: number }

/**
 * Draws the HTML labels currently shown over the globe (region codes and
 * names, link RTTs, the pin's label) onto the image: each run of text at
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
