import { useEffect, useRef, useState } from 'react'
import { currentGlobe } from '../globe/globeRuntimeContext'
import { resolveSize } from './exportSizes'
import { previewView, type ExportRequest } from './exportView'

/** The preview's largest size on screen, CSS px. */
const PREVIEW_WIDTH = 480
const PREVIEW_HEIGHT = 300
/** Options typed in quick succession make one preview, this long after the last. */
const SETTLE_MS = 200

/**
 * The export as it will be, shrunk to fit the dialog: the same picture (the
 * same fit of the view into the image's shape, title, legend and footer,
 * every size scaled alike) drawn again whenever an option changes.
 */
export function ExportPreview({ request }: { request: ExportRequest }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [state, setState] = useState<{ label: string; problem: string | null }>({ label: '', problem: null })
  const key = JSON.stringify(request)

  useEffect(() => {
    const timer = setTimeout(() => {
      const runtime = currentGlobe()
      const target = canvas.current
      if (!target) return
      try {
        if (!runtime || runtime.width === 0) throw new Error('the globe is not ready yet')
        const full = resolveSize(request.size, { width: runtime.width, height: runtime.height })
        const ratio = Math.min(1, PREVIEW_WIDTH / full.width, PREVIEW_HEIGHT / full.height)
        // Drawn at the screen's pixel density, shown at `ratio` of the image's size.
        const density = Math.min(2, globalThis.devicePixelRatio || 1)
        const picture = previewView(runtime, request, Math.min(1, ratio * density))
        target.width = picture.width
        target.height = picture.height
        target.style.width = `${Math.round(full.width * ratio)}px`
        target.style.height = `${Math.round(full.height * ratio)}px`
        target.getContext('2d')?.drawImage(picture, 0, 0)
        picture.width = 0
        picture.height = 0
        setState({ label: `${full.width} × ${full.height} px`, problem: null })
      } catch (error) {
        setState({ label: '', problem: error instanceof Error ? error.message : String(error) })
      }
    }, SETTLE_MS)
    return () => clearTimeout(timer)
    // The request is compared by value: a new object with the same options draws nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return (
    <figure className="export-preview" data-testid="export-preview">
      <canvas ref={canvas} className="export-preview__image" role="img" aria-label={`Preview of the image${state.label ? `, ${state.label}` : ''}`} hidden={state.problem !== null} />
      <figcaption className="export-preview__caption">
        {state.problem ? `No preview: ${state.problem}` : state.label ? `Preview · ${state.label}` : 'Drawing the preview…'}
      </figcaption>
    </figure>
  )
}
