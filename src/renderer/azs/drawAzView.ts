import { azSummaryText } from '../../shared/azs'
import { font, wrapText } from '../export/imageFonts'
import type { DrillView } from '../state/selectors'
import { resolveRoleColours } from './azColours'
import { layoutAzDiagram, type ColourRole, type DiagramShape } from './azLayout'
import { outcomeLine } from './azWording'

/** Type sizes and margins of the exported AZ view, CSS px (scaled with the image). */
const TITLE_PX = 17
const TEXT_PX = 13
const PAD_PX = 12
/** Share of the image's width the box takes, within these bounds (CSS px). */
const WIDTH_SHARE = 0.36
const MIN_WIDTH_PX = 300
const MAX_WIDTH_PX = 520

export interface AzViewPlacement {
  /** The image's width, image px. */
  width: number
  /** Top edge of the box, image px (under the title). */
  top: number
  scale: number
}

/**
 * The AZ view in an exported image, top right: the title, the same drawing
 * as on screen (azLayout), and each deployment's verdict with its reason,
 * so a picture of "after the failure" says what failed and what still
 * serves. Returns the box's height in image px (0 when the view is closed).
 */
export function drawAzView(context: CanvasRenderingContext2D, view: DrillView, placement: AzViewPlacement): number {
  if (view.kind === 'closed') return 0
  const { scale } = placement
  const colours = resolveRoleColours()
  const pad = PAD_PX * scale
  const boxWidth = Math.min(MAX_WIDTH_PX * scale, Math.max(MIN_WIDTH_PX * scale, placement.width * WIDTH_SHARE))
  const inner = boxWidth - 2 * pad
  const left = placement.width - boxWidth - pad
  const top = placement.top

  const code = view.kind === 'missing' ? view.code : view.region.code
  const title = `Inside ${code} · schematic: AWS publishes no sites`
  const lines: { text: string; colour: string; weight: 400 | 700 }[] = []
  let layout: ReturnType<typeof layoutAzDiagram> | null = null
  if (view.kind === 'ready') {
    lines.push({ text: azSummaryText(view.summary), colour: colours.muted, weight: 400 })
    layout = layoutAzDiagram({ azs: view.summary.azs, failed: new Set(view.drill.failedAzIds), placements: view.drill.placements })
    for (const outcome of view.outcome.patterns) {
      lines.push({ text: outcomeLine(outcome), colour: outcome.serving ? colours.serving : colours.down, weight: 700 })
    }
    if (view.outcome.summary) lines.push({ text: view.outcome.summary, colour: colours.down, weight: 700 })
  } else if (view.kind === 'unknown') {
    lines.push({ text: 'AZ count unknown or disputed: no AZs are drawn rather than a guess.', colour: colours.muted, weight: 400 })
  } else {
    lines.push({ text: 'The dataset cannot show this drill.', colour: colours.muted, weight: 400 })
  }

  context.save()
  const textSize = TEXT_PX * scale
  const wrapped = lines.flatMap((line) => {
    context.font = font(line.weight, textSize)
    return wrapText(context, line.text, inner, ' — ').map((text) => ({ ...line, text }))
  })
  const titleSize = TITLE_PX * scale
  const diagramScale = layout ? inner / layout.width : 0
  const diagramHeight = layout ? layout.height * diagramScale : 0
  const lineHeight = textSize * 1.35
  const height = pad + titleSize * 1.4 + (layout ? diagramHeight + pad * 0.6 : 0) + wrapped.length * lineHeight + pad

  context.globalAlpha = 0.92
  context.fillStyle = colours.surface
  roundRect(context, left, top, boxWidth, height, 10 * scale)
  context.fill()
  context.globalAlpha = 1
  context.strokeStyle = colours.line
  context.lineWidth = 1 * scale
  context.stroke()

  context.textBaseline = 'top'
  context.textAlign = 'left'
  context.fillStyle = colours.text
  context.font = font(700, titleSize)
  context.fillText(title, left + pad, top + pad, inner)
  let y = top + pad + titleSize * 1.4

  if (layout) {
    const firstLine = wrapped.shift()
    if (firstLine) {
      context.font = font(firstLine.weight, textSize)
      context.fillStyle = firstLine.colour
      context.fillText(firstLine.text, left + pad, y, inner)
      y += lineHeight
    }
    context.save()
    context.translate(left + pad, y)
    context.scale(diagramScale, diagramScale)
    for (const shape of layout.shapes) drawShape(context, shape, colours)
    context.restore()
    y += diagramHeight + pad * 0.6
  }
  for (const line of wrapped) {
    context.font = font(line.weight, textSize)
    context.fillStyle = line.colour
    context.fillText(line.text, left + pad, y, inner)
    y += lineHeight
  }
  context.restore()
  return height
}

function drawShape(context: CanvasRenderingContext2D, shape: DiagramShape, colours: Record<ColourRole, string>): void {
  context.save()
  switch (shape.kind) {
    case 'rect':
      context.globalAlpha = shape.opacity
      roundRect(context, shape.x, shape.y, shape.w, shape.h, shape.r)
      if (shape.fill) {
        context.fillStyle = colours[shape.fill]
        context.fill()
      }
      if (shape.stroke) {
        context.setLineDash(shape.dash ? [6, 4] : [])
        context.strokeStyle = colours[shape.stroke]
        context.lineWidth = shape.strokeWidth
        context.stroke()
      }
      break
    case 'text':
      context.globalAlpha = shape.opacity
      context.font = font(shape.weight, shape.size)
      context.fillStyle = colours[shape.fill]
      context.textAlign = shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left'
      // SVG places text on its baseline, as here.
      context.textBaseline = 'alphabetic'
      context.fillText(shape.text, shape.x, shape.y)
      break
    case 'line':
      context.setLineDash(shape.dash ? [6, 4] : [])
      context.strokeStyle = colours[shape.stroke]
      context.lineWidth = shape.width
      context.beginPath()
      context.moveTo(shape.x1, shape.y1)
      context.lineTo(shape.x2, shape.y2)
      context.stroke()
      break
  }
  context.restore()
}

function roundRect(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  const radius = Math.min(r, w / 2, h / 2)
  context.beginPath()
  context.moveTo(x + radius, y)
  context.arcTo(x + w, y, x + w, y + h, radius)
  context.arcTo(x + w, y + h, x, y + h, radius)
  context.arcTo(x, y + h, x, y, radius)
  context.arcTo(x, y, x + w, y, radius)
  context.closePath()
}
