import type { AnchorProjector } from '../annotations/annotationLayout'
import { drawAnnotations } from '../annotations/drawAnnotations'
import { drawAzView } from '../azs/drawAzView'
import type { DrillView } from '../state/selectors'
import { palette } from '../theme/palette'
import type { LegendSection } from '../legend/types'
import { drawCaptionBand } from './drawCaption'
import type { DrawnLabel, DrawnLayerLabel } from '../globe/labelText'
import { drawLayerLabels, drawRegionLabels } from './drawLabels'
import { drawLegend } from './drawLegend'
import { viewToImage, type FrameFit } from './frameFit'
import { ellipsize, fittedSize, font, haloText, wrapText } from './imageFonts'
import type { ImageOverlay } from './imageOverlayTypes'
import type { GlobeImage } from './renderPass'

/** Type and margins in CSS px (scaled with the image). */
const TITLE_PX = 30
const SUBTITLE_PX = 19
const FOOTER_PX = 13
const MARGIN_PX = 17

export interface CompositeInputs {
  globe: GlobeImage
  width: number
  height: number
  /** How the on-screen view sits in the image: labels and annotations are mapped with it. */
  fit: FrameFit
  /** The on-screen view, CSS px. */
  view: { width: number; height: number }
  /** Drawn at the top; empty draws none (a Title annotation is already on the view). */
  title: string
  /** A scene's caption, drawn as a band along the bottom; null or empty: none. */
  caption?: string | null
  /** A transparent image: the footer's halo is lighter, as there is no dark globe colour round it to match. */
  transparent?: boolean
  legend: readonly LegendSection[]
  /** The footer's lines (credits.ts footerLines): each drawn layer's date, then the sources drawn. */
  footer: readonly string[]
  /** The labels as the globe drew them (view CSS px): the regions' and the layers' (link RTTs, the pin's). */
  labels: { regions: readonly DrawnLabel[]; layers: readonly DrawnLayerLabel[] } | null
  /** The AZ view ("Inside this region") when it is open: drawn top right, under the title. */
  azView?: DrillView
  /** Where the annotations' anchors lie in the view (as on screen); null draws no annotations. */
  annotations: AnchorProjector | null
  /** What features add (export/imageOverlays.ts): lines under the title, and their own drawing. */
  overlays?: readonly ImageOverlay[]
}

/**
 * The exported picture: the globe, its labels, the annotations, the title at
 * the top (with the features' lines under it), the caption band along the
 * bottom, the legend bottom left and the footer (each drawn layer's date,
 * its sources, InfraGlobe) bottom right, all sized by the export's scale.
 */
export function composeImage(canvas: HTMLCanvasElement, inputs: CompositeInputs): void {
  const { width, height, fit, view } = inputs
  const scale = fit.scale
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw the exported image (no 2D canvas)')
  context.putImageData(inputs.globe.pixels, 0, 0)

  if (inputs.labels) {
    const toImage = (x: number, y: number) => viewToImage(fit, x, y)
    drawRegionLabels(context, inputs.labels.regions, toImage, scale)
    drawLayerLabels(context, inputs.labels.layers, toImage, scale)
  }
  if (inputs.annotations) drawAnnotations(context, { view, project: inputs.annotations, fit })

  const margin = MARGIN_PX * scale
  const band = inputs.caption?.trim() ? drawCaptionBand(context, inputs.caption.trim(), width, height, scale) : 0
  const footerSize = drawFooter(context, inputs.footer, width, height - band, scale, inputs.transparent ?? false)
  const bottom = height - band - footerSize - margin * 0.9
  drawLegend(context, inputs.legend, { height, scale, bottom: band + footerSize + margin * 0.9 })
  const overlays = inputs.overlays ?? []
  let top = drawTitle(context, inputs.title, width, scale)
  for (const overlay of overlays) if (overlay.subtitle) top = drawSubtitle(context, overlay.subtitle, width, scale, top)
  for (const overlay of overlays) overlay.draw?.(context, { width, height, scale, top, bottom })
  if (inputs.azView) drawAzView(context, inputs.azView, { width, top: Math.max(top, margin + TITLE_PX * scale * 1.5), scale })
}

/** Draws the title at the top and returns the image y below it. */
function drawTitle(context: CanvasRenderingContext2D, title: string, width: number, scale: number): number {
  const text = title.trim()
  const margin = MARGIN_PX * scale
  if (!text) return margin
  const maxWidth = width - 2 * margin
  const size = fittedSize(context, text, 700, TITLE_PX * scale, 16 * scale, maxWidth)
  context.save()
  context.font = font(700, size)
  context.fillStyle = palette.label
  context.textAlign = 'center'
  context.textBaseline = 'top'
  haloText(context, ellipsize(context, text, maxWidth), width / 2, margin, 6 * scale)
  context.restore()
  return margin + size * 1.25
}

/** A line under the title (wrapped, never cut short), centred; returns the image y below it. */
function drawSubtitle(context: CanvasRenderingContext2D, text: string, width: number, scale: number, top: number): number {
  const margin = MARGIN_PX * scale
  const size = SUBTITLE_PX * scale
  context.save()
  context.font = font(600, size)
  context.fillStyle = palette.label
  context.textAlign = 'center'
  context.textBaseline = 'top'
  const lines = wrapText(context, text, width - 2 * margin)
  lines.forEach((line, index) => haloText(context, line, width / 2, top + index * size * 1.3, 5 * scale))
  context.restore()
  return top + lines.length * size * 1.3 + 4 * scale
}

/**
 * Draws the footer's lines at the bottom right of the area above
 * `bottomEdge` and returns the height they take (image px). They shrink a
 * little to stay one line each, then wrap: the dates and the sources'
 * attribution are never cut short.
 */
function drawFooter(
  context: CanvasRenderingContext2D,
  footer: readonly string[],
  width: number,
  bottomEdge: number,
  scale: number,
  transparent: boolean,
): number {
  const margin = MARGIN_PX * scale
  const maxWidth = width - 2 * margin
  const longest = footer.reduce((a, b) => (b.length > a.length ? b : a), '')
  const size = fittedSize(context, longest, 400, FOOTER_PX * scale, 11 * scale, maxWidth)
  context.save()
  context.font = font(400, size)
  const lines = footer.flatMap((line) => wrapText(context, line, maxWidth))
  const lineHeight = size * 1.3
  context.fillStyle = palette.labelMuted
  context.textAlign = 'right'
  context.textBaseline = 'bottom'
  const bottom = bottomEdge - margin * 0.6
  // Over a slide of any colour a thin halo keeps the small type legible without a heavy dark outline.
  const halo = (transparent ? 2.5 : 4) * scale
  lines.forEach((text, index) => {
    const y = bottom - (lines.length - 1 - index) * lineHeight
    haloText(context, ellipsize(context, text, maxWidth), width - margin, y, halo)
  })
  context.restore()
  return lines.length * lineHeight + margin * 0.6
}
