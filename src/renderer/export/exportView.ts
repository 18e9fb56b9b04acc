import { insertTextChunks, type PngText } from '../../shared/png/textChunks'
import { viewProjector } from '../annotations/viewAnchors'
import { legendSections } from '../legend/sections'
import type { GlobeRuntime } from '../globe/runtime'
import { selectDrillView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { composeImage } from './composeImage'
import { datesLine, drawnLayers, drawnSources, footerLines, fullSources, type DrawnLayer } from './credits'
import { imageOverlays } from './imageOverlays'
import { reachSettled } from '../reach/reachStore'
import { resolveSize, type ExportSize } from './exportSizes'
import { fitViewToFrame } from './frameFit'
import { KeptBuffer } from './keptBuffer'
import { renderGlobe } from './renderPass'

export interface ExportRequest {
  size: ExportSize
  transparent: boolean
  /** Drawn at the top of the image; empty draws none (a Title annotation on the view is the title). */
  title: string
  /** The image's Title metadata when it differs from what is drawn (the Title annotation's text). */
  documentTitle?: string
  /** A scene's caption, drawn as a band along the bottom and kept as the Description metadata. */
  caption?: string
}

export interface ExportedImage {
  png: Uint8Array
  width: number
  height: number
  /** Milliseconds spent rendering (and reading back), compositing and encoding. */
  stages: { render: number; compose: number; encode: number }
}

export const DEFAULT_TITLE = 'AWS global infrastructure'

/** A view rendered and composed onto a canvas, before encoding. */
export interface ComposedView {
  width: number
  height: number
  /** Milliseconds spent rendering (and reading back), and compositing. */
  stages: { render: number; compose: number }
  /** The layers drawn, each with its date and sources, and the footer made of them (the PNG's metadata repeats them). */
  drawn: readonly DrawnLayer[]
  footer: readonly string[]
}

/**
 * Exports the globe's current view as a PNG (composeView), encoded with
 * text metadata (title, description, each drawn layer's date, their
 * sources), once the reach layer draws the year shown. The screen's
 * frames wait for it (frameHold.ts).
 */
export async function exportView(runtime: GlobeRuntime, request: ExportRequest): Promise<ExportedImage> {
  // The screen's frames would take the GPU the export's render and read-back wait for.
  const release = runtime.frameHold.hold()
  const lease = keptCanvas.lease([], () => document.createElement('canvas'))
  try {
    // A scene just shown may still wait for its reach surface: the picture shows the year it says.
    await reachSettled()
    const { width, height, stages, drawn, footer } = composeView(runtime, request, lease.value)
    const composed = performance.now()
    const encoded = await encodePng(lease.value)
    const png = insertTextChunks(encoded, metadata(request, drawn, footer))
    const finished = performance.now()
    return { png, width, height, stages: { ...stages, encode: finished - composed } }
  } finally {
    release()
    lease.done()
  }
}

/** How long the canvas of an export is kept for the next one (ms; see keptBuffer.ts). */
const KEEP_CANVAS_MS = 30_000
const keptCanvas = new KeptBuffer<HTMLCanvasElement>((canvas) => {
  canvas.width = 0
  canvas.height = 0
}, KEEP_CANVAS_MS)

/**
 * The picture an export makes, shrunk by `factor` (every size in it scales
 * alike, so it is the same picture): what the dialog previews. The caller
 * owns the canvas.
 */
export function previewView(runtime: GlobeRuntime, request: ExportRequest, factor: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  composeView(runtime, request, canvas, factor)
  return canvas
}

/**
 * Renders the globe's current view at the requested size (times `factor`)
 * in its own pass, with the view fitted whole into the image (frameFit.ts),
 * and composes labels, annotations, title, the features' overlays (the
 * time-lapse's count line and chart), the AZ view, caption, legend and
 * footer onto `canvas`. The view on screen is left as it was. The PNG
 * export, the preview and the time-lapse's video frames all come from here.
 */
export function composeView(runtime: GlobeRuntime, request: ExportRequest, canvas: HTMLCanvasElement, factor = 1): ComposedView {
  const context = runtime.renderContext
  const state = useAppStore.getState()
  const dataset = state.dataset
  if (!context || !dataset || runtime.width === 0) throw new Error('the globe is not ready to export yet')
  const view = { width: runtime.width, height: runtime.height }
  const full = resolveSize(request.size, view)
  const width = Math.max(1, Math.round(full.width * factor))
  const height = Math.max(1, Math.round(full.height * factor))
  const fit = fitViewToFrame(view, { width, height })

  const started = performance.now()
  const globe = renderGlobe(context, view, {
    width,
    height,
    scale: fit.scale,
    fovStretch: fit.fovStretch,
    transparent: request.transparent,
  })
  const rendered = performance.now()

  const drawn = drawnLayers(state)
  const footer = footerLines(drawn)
  composeImage(canvas, {
    globe,
    width,
    height,
    fit,
    view,
    title: request.title,
    caption: request.caption ?? null,
    transparent: request.transparent,
    legend: legendSections(state),
    footer,
    labels: runtime.drawnLabels ? { regions: runtime.drawnLabels.regions(), layers: runtime.drawnLabels.layers() } : null,
    azView: selectDrillView(state),
    annotations: viewProjector(runtime),
    overlays: imageOverlays(state),
  })
  return { width, height, stages: { render: rendered - started, compose: performance.now() - rendered }, drawn, footer }
}

/** The image's text metadata: the dates and sources of what it draws, as its footer gives them. */
function metadata(request: ExportRequest, drawn: readonly DrawnLayer[], footer: readonly string[]): PngText[] {
  const title = (request.documentTitle ?? request.title).trim() || DEFAULT_TITLE
  const caption = request.caption?.trim()
  return [
    { keyword: 'Title', text: title },
    ...(caption ? [{ keyword: 'Description', text: caption }] : []),
    { keyword: 'Data as of', text: datesLine(drawn) },
    { keyword: 'Source', text: fullSources(drawnSources(drawn)) },
    { keyword: 'Comment', text: footer.join('\n') },
    { keyword: 'Software', text: 'InfraGlobe' },
    { keyword: 'Creation Time', text: new Date().toISOString() },
  ]
}

export function encodePng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('the image could not be encoded as PNG (too large for this browser?)'))
        return
      }
      blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject)
    }, 'image/png')
  })
}
