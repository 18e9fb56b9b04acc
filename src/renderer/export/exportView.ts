import { insertTextChunks, type PngText } from '../../shared/png/textChunks'
import { legendSections } from '../legend/sections'
import type { GlobeRuntime } from '../globe/runtime'
import { useAppStore } from '../state/store'
import { composeImage } from './composeImage'
import { datesLine, drawnLayers, drawnSources, footerLines, fullSources, type DrawnLayer } from './credits'
import { imageOverlays } from './imageOverlays'
import { reachSettled } from '../reach/reachStore'
import { resolveSize, type ExportSize } from './exportSizes'
import { renderGlobe } from './renderPass'

export interface ExportRequest {
  size: ExportSize
  transparent: boolean
  title: string
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
 * Renders the globe's current view at the requested size in its own pass
 * and composes labels, annotations, title, the features' overlays (the
 * time-lapse's count line and chart), legend and footer onto `canvas`. The
 * view on screen is left as it was. The PNG export and the time-lapse's
 * video frames both come from here.
 */
export function composeView(runtime: GlobeRuntime, request: ExportRequest, canvas: HTMLCanvasElement): ComposedView {
  const context = runtime.renderContext
  const state = useAppStore.getState()
  const dataset = state.dataset
  if (!context || !dataset || runtime.width === 0) throw new Error('the globe is not ready to export yet')
  const view = { width: runtime.width, height: runtime.height }
  const { width, height, scale } = resolveSize(request.size, view)

  const started = performance.now()
  const globe = renderGlobe(context, view, { width, height, scale, transparent: request.transparent })
  const rendered = performance.now()

  const drawn = drawnLayers(state)
  const footer = footerLines(drawn)
  const labelRoot = runtime.labelRoot
  composeImage(canvas, {
    globe,
    width,
    height,
    scale,
    view,
    title: request.title,
    legend: legendSections(state),
    footer,
    labels: labelRoot && runtime.canvas ? { root: labelRoot, canvas: runtime.canvas } : null,
    overlays: imageOverlays(state),
  })
  return { width, height, stages: { render: rendered - started, compose: performance.now() - rendered }, drawn, footer }
}

/**
 * Exports the globe's current view as a PNG (composeView), encoded with
 * text metadata (title, each drawn layer's date, their sources), once the reach layer draws
 * the year shown.
 */
export async function exportView(runtime: GlobeRuntime, request: ExportRequest): Promise<ExportedImage> {
  // A scene just shown may still wait for its reach surface: the picture shows the year it says.
  await reachSettled()
  const canvas = document.createElement('canvas')
  const { width, height, stages, drawn, footer } = composeView(runtime, request, canvas)
  const composed = performance.now()
  const encoded = await encodePng(canvas)
  const png = insertTextChunks(encoded, metadata(request.title, drawn, footer))
  canvas.width = 0
  canvas.height = 0
  const finished = performance.now()
  return { png, width, height, stages: { ...stages, encode: finished - composed } }
}

/** The image's text metadata: the dates and sources of what it draws, as its footer gives them. */
function metadata(title: string, drawn: readonly DrawnLayer[], footer: readonly string[]): PngText[] {
  return [
    { keyword: 'Title', text: title.trim() || DEFAULT_TITLE },
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
