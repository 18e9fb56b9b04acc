import { palette } from '../theme/palette'
import { withAsOf } from '../legend/sections'
import { markPolygon } from '../legend/markShapes'
import type { LegendSection, LegendSwatch } from '../legend/types'
import { font, wrapText } from './imageFonts'

/**
 * The legend's box model in CSS px, from the on-screen legend (layout.css at
 * the 17 px root size), so the image's legend looks like the app's.
 */
const css = {
  margin: 17,
  padX: 14.5,
  padY: 8.5,
  fontSize: 15,
  lineHeight: 15 * 1.45,
  rowPad: 1.7,
  swatch: 14.5,
  gap: 9.35,
  columnGap: 18.7,
  titleTop: 6,
  titleBottom: 1.7,
  radius: 8,
  /** A section's note (a caveat): smaller, muted, wrapped at this width. */
  noteFontSize: 12,
  noteLineHeight: 12 * 1.35,
  noteTop: 3,
  noteWidth: 430,
} as const

/** The box's colours in the current theme: the label halo, nearly opaque, under the label colour. */
function boxColours() {
  return { border: palette.boxLine, background: withAlpha(palette.labelHalo, 0.88), text: palette.label }
}

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

/** Where the legend went (image px), for callers and tests. */
export interface LegendBox {
  x: number
  y: number
  width: number
  height: number
}

interface LaidOutSection {
  section: LegendSection
  columnWidths: number[]
  rows: number
  /** The note's lines, wrapped. */
  noteLines: string[]
}

/**
 * Draws every legend section in a compact box at the bottom left of the
 * image, `bottom` px above its lower edge, scaled by `scale`; nothing when
 * there are no sections.
 */
export function drawLegend(
  context: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  options: { height: number; scale: number; bottom: number },
): LegendBox | null {
  if (sections.length === 0) return null
  const colours = boxColours()
  const s = options.scale
  context.font = font(400, css.fontSize * s)
  const itemWidth = (label: string) => (css.swatch + css.gap) * s + context.measureText(label).width
  const rowHeight = (css.lineHeight + 2 * css.rowPad) * s

  const laid: LaidOutSection[] = sections.map((section) => {
    const columns = Math.max(1, section.columns)
    const columnWidths = new Array<number>(columns).fill(0)
    section.items.forEach((item, i) => {
      const column = i % columns
      columnWidths[column] = Math.max(columnWidths[column] as number, itemWidth(withAsOf(item.label, item.asOf)))
    })
    context.font = font(400, css.noteFontSize * s)
    const noteLines = section.note ? wrapText(context, section.note, css.noteWidth * s) : []
    context.font = font(400, css.fontSize * s)
    return { section, columnWidths, rows: Math.ceil(section.items.length / columns), noteLines }
  })

  let contentWidth = 0
  let contentHeight = 0
  laid.forEach(({ section, columnWidths, rows, noteLines }, i) => {
    const gaps = (columnWidths.length - 1) * css.columnGap * s
    contentWidth = Math.max(contentWidth, columnWidths.reduce((a, b) => a + b, 0) + gaps)
    if (noteLines.length > 0) {
      context.font = font(400, css.noteFontSize * s)
      for (const line of noteLines) contentWidth = Math.max(contentWidth, context.measureText(line).width)
      contentHeight += (css.noteTop + noteLines.length * css.noteLineHeight) * s
    }
    if (section.title) {
      context.font = font(600, css.fontSize * s)
      contentWidth = Math.max(contentWidth, context.measureText(withAsOf(section.title, section.asOf)).width)
      contentHeight += ((i === 0 ? 0 : css.titleTop) + css.lineHeight + css.titleBottom) * s
    }
    contentHeight += rows * rowHeight
  })

  const box: LegendBox = {
    x: css.margin * s,
    y: 0,
    width: contentWidth + 2 * css.padX * s,
    height: contentHeight + 2 * css.padY * s,
  }
  box.y = options.height - options.bottom - box.height

  context.save()
  context.beginPath()
  context.roundRect(box.x, box.y, box.width, box.height, css.radius * s)
  context.fillStyle = colours.background
  context.fill()
  context.lineWidth = Math.max(1, s)
  context.strokeStyle = colours.border
  context.stroke()

  context.textBaseline = 'middle'
  context.textAlign = 'left'
  context.fillStyle = colours.text
  let y = box.y + css.padY * s
  laid.forEach(({ section, columnWidths, noteLines }, index) => {
    if (section.title) {
      y += (index === 0 ? 0 : css.titleTop) * s
      context.font = font(600, css.fontSize * s)
      context.fillStyle = colours.text
      context.fillText(withAsOf(section.title, section.asOf), box.x + css.padX * s, y + (css.lineHeight * s) / 2)
      y += (css.lineHeight + css.titleBottom) * s
    }
    context.font = font(400, css.fontSize * s)
    const columns = columnWidths.length
    section.items.forEach((item, i) => {
      const column = i % columns
      let x = box.x + css.padX * s
      for (let c = 0; c < column; c++) x += (columnWidths[c] as number) + css.columnGap * s
      const rowTop = y + Math.floor(i / columns) * rowHeight
      const middle = rowTop + rowHeight / 2
      drawSwatch(context, item.swatch, x + (css.swatch * s) / 2, middle, s)
      context.fillStyle = colours.text
      context.fillText(withAsOf(item.label, item.asOf), x + (css.swatch + css.gap) * s, middle)
    })
    y += Math.ceil(section.items.length / columns) * rowHeight
    if (noteLines.length > 0) {
      y += css.noteTop * s
      context.font = font(400, css.noteFontSize * s)
      context.fillStyle = palette.labelMuted
      for (const line of noteLines) {
        context.fillText(line, box.x + css.padX * s, y + (css.noteLineHeight * s) / 2)
        y += css.noteLineHeight * s
      }
    }
  })
  context.restore()
  return box
}

/** One swatch centred on (cx, cy), as the on-screen legend draws it. */
export function drawSwatch(context: CanvasRenderingContext2D, swatch: LegendSwatch, cx: number, cy: number, s: number): void {
  const r = (css.swatch / 2) * s
  const disc = (radius: number, colour: string) => {
    context.beginPath()
    context.arc(cx, cy, radius, 0, Math.PI * 2)
    context.fillStyle = colour
    context.fill()
  }
  const ring = (width: number, colour: string) => {
    context.beginPath()
    context.arc(cx, cy, r - (width / 2) * s, 0, Math.PI * 2)
    context.lineWidth = width * s
    context.strokeStyle = colour
    context.stroke()
  }
  switch (swatch.shape) {
    case 'disc':
      disc(r, swatch.colour)
      return
    case 'ring':
      ring(3, swatch.colour)
      return
    case 'half':
      ring(2, swatch.colour)
      context.beginPath()
      context.arc(cx, cy, r - 1 * s, Math.PI, Math.PI * 2)
      context.closePath()
      context.fillStyle = swatch.colour
      context.fill()
      return
    case 'struck': {
      ring(2, swatch.colour)
      const d = (r - 1 * s) * Math.SQRT1_2
      context.beginPath()
      context.moveTo(cx - d, cy - d)
      context.lineTo(cx + d, cy + d)
      context.lineWidth = 2.5 * s
      context.stroke()
      return
    }
    case 'dotted-ring':
      disc(r - 1.5 * s, swatch.colour)
      context.beginPath()
      context.arc(cx, cy, r + 1.5 * s, 0, Math.PI * 2)
      context.setLineDash([2 * s, 2 * s])
      context.lineWidth = 1.5 * s
      context.strokeStyle = swatch.ring
      context.stroke()
      context.setLineDash([])
      return
    case 'ringed-disc':
      // The on-screen box-shadows: 2 px of background, then 2 px of the ring colour.
      disc(r + 4 * s, swatch.ring)
      disc(r + 2 * s, palette.background)
      disc(r, swatch.colour)
      return
    case 'line': {
      const h = (swatch.width ?? 2) * s
      context.fillStyle = swatch.colour
      context.fillRect(cx - r, cy - h / 2, 2 * r, h)
      return
    }
    default: {
      // An edge or zone mark: the globe's shape, filled with a dark edge, or an outline.
      const hollow = swatch.hollow === true
      const corners = markPolygon(swatch.shape, r * (hollow ? 0.7 : 0.8))
      context.beginPath()
      corners.forEach(([x, y], i) => (i === 0 ? context.moveTo(cx + x, cy + y) : context.lineTo(cx + x, cy + y)))
      context.closePath()
      context.lineJoin = 'round'
      if (hollow) {
        context.lineWidth = 2.2 * s
        context.strokeStyle = swatch.colour
      } else {
        context.fillStyle = swatch.colour
        context.fill()
        context.lineWidth = 1.2 * s
        context.strokeStyle = palette.labelHalo
      }
      context.stroke()
    }
  }
}
