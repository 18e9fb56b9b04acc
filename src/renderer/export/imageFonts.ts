import { FONT_STACK } from '../theme/fonts'
import { palette } from '../theme/palette'

export { FONT_STACK }

export function font(weight: number | string, sizePx: number, family: string = FONT_STACK): string {
  return `${weight} ${sizePx.toFixed(2)}px ${family}`
}

/** Text with a dark halo round it, as the labels on screen have: legible on land, ocean and any slide. */
export function haloText(context: CanvasRenderingContext2D, text: string, x: number, y: number, haloPx: number): void {
  context.save()
  context.lineJoin = 'round'
  context.miterLimit = 2
  context.strokeStyle = palette.labelHalo
  context.lineWidth = haloPx
  context.strokeText(text, x, y)
  context.restore()
  context.fillText(text, x, y)
}

/** The font size at which `text` fits in `maxWidth` px: `size`, or smaller, but never under `minSize`. */
export function fittedSize(context: CanvasRenderingContext2D, text: string, weight: number, size: number, minSize: number, maxWidth: number): number {
  context.font = font(weight, size)
  const width = context.measureText(text).width
  if (width <= maxWidth || width === 0) return size
  return Math.max(minSize, (size * maxWidth) / width)
}

/** Cuts text to fit `maxWidth` with an ellipsis (at the context's current font). */
export function ellipsize(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (context.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid
    else high = mid - 1
  }
  return `${text.slice(0, low).trimEnd()}…`
}

/**
 * Breaks text into lines no wider than `maxWidth` (at the context's current
 * font): between the parts joined by `separator` where possible, between
 * words otherwise. A single word wider than the line keeps a line of its own.
 */
export function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number, separator = ' · '): string[] {
  const fits = (line: string) => context.measureText(line).width <= maxWidth
  const lines: string[] = []
  let line = ''
  const add = (piece: string, joiner: string) => {
    const candidate = line ? `${line}${joiner}${piece}` : piece
    if (!line || fits(candidate)) {
      line = candidate
      return
    }
    lines.push(line)
    line = piece
  }
  for (const part of text.split(separator)) {
    if (fits(part)) add(part, separator)
    else part.split(' ').forEach((word, index) => add(word, index === 0 ? separator : ' '))
  }
  if (line) lines.push(line)
  return lines
}
