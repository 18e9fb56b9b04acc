import { insertTextChunks, type PngText } from '../../shared/png/textChunks'
import { legendSections } from '../legend/sections'
import type { GlobeRuntime } from '../globe/runtime'
import { selectDrillView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { composeImage } from './composeImage'
import { datesLine, drawnLayers, drawnSources, footerLines, fullSources, type DrawnLayer } from './credits'
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

/**
 * Exports the globe's current view as a PNG: renders it at the requested
 * size in its own pass, composes labels, annotations, title, legend and
 * footer over it, encodes it and adds text metadata (title, data as of,
 * sources). The view on screen is left as it was.
 */
export async function exportView(runtime: GlobeRuntime, request: ExportRequest): Promise<ExportedImage> {
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
  const canvas = document.createElement('canvas')
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
    azView: selectDrillView(state),
  })
  const composed = performance.now()

  const encoded = await encodePng(canvas)
  const png = insertTextChunks(encoded, metadata(request.title, drawn, footer))
  canvas.width = 0
  canvas.height = 0
  const finished = performance.now()
  return {
    png,
    width,
    height,
    stages: { render: rendered - started, compose: composed - rendered, encode: finished - composed },
  }
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

function encodePng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
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
