import { insertTextChunks, type PngText } from '../../shared/png/textChunks'
import { legendSections } from '../legend/sections'
import type { GlobeRuntime } from '../globe/runtime'
import { useAppStore } from '../state/store'
import { composeImage } from './composeImage'
import { footerLine, fullSources } from './credits'
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

  const labelRoot = runtime.labelRoot
  composeImage(canvas, {
    globe,
    width,
    height,
    scale,
    view,
    title: request.title,
    legend: legendSections(state),
    dataset,
    labels: labelRoot && runtime.canvas ? { root: labelRoot, canvas: runtime.canvas } : null,
    overlays: imageOverlays(state),
  })
  return { width, height, stages: { render: rendered - started, compose: performance.now() - rendered } }
}

/**
 * Exports the globe's current view as a PNG (composeView), encoded with
 * text metadata (title, data as of, sources), once the reach layer draws
 * the year shown.
 */
export async function exportView(runtime: GlobeRuntime, request: ExportRequest): Promise<ExportedImage> {
  // A scene just shown may still wait for its reach surface: the picture shows the year it says.
  await reachSettled()
  const canvas = document.createElement('canvas')
  const { width, height, stages } = composeView(runtime, request, canvas)
  const composed = performance.now()
  const dataset = useAppStore.getState().dataset
  if (!dataset) throw new Error('the globe is not ready to export yet')
  const encoded = await encodePng(canvas)
  const png = insertTextChunks(encoded, metadata(request.title, dataset))
  canvas.width = 0
  canvas.height = 0
  const finished = performance.now()
  return { png, width, height, stages: { ...stages, encode: finished - composed } }
}

function metadata(title: string, dataset: NonNullable<ReturnType<typeof useAppStore.getState>['dataset']>): PngText[] {
  return [
    { keyword: 'Title', text: title.trim() || DEFAULT_TITLE },
    { keyword: 'Data as of', text: dataset.asOf },
    { keyword: 'Source', text: fullSources(dataset.sources) },
    { keyword: 'Comment', text: footerLine(dataset) },
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
