import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useAnnotationStore } from '../annotations/annotationStore'
import { useDialogFocus } from '../ui/useDialogFocus'
import { currentGlobe } from '../globe/globeRuntimeContext'
import { currentSceneTitle, lessonTitle, listScenes } from '../lesson/sceneControl'
import { usePlatform } from '../platform/PlatformContext'
import '../styles/dialog.css'
import './export.css'
import { TimeLapseExportButton } from '../timeline/export/TimeLapseExportButton'
import { exportAllScenes, type SeriesProgress } from './exportAllScenes'
import { seriesOutcomeMessage } from './seriesMessage'
import { ExportPreview } from './ExportPreview'
import { resolveSize, SIZE_CHOICES, slug, type SizeChoice } from './exportSizes'
import { useExportStore } from './exportStore'
import { defaultExportTitle } from './exportTitle'
import { DEFAULT_TITLE, exportView, type ExportRequest } from './exportView'

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The PNG export: a preview, the size (slide shapes first), background and
 * title; save or copy the current view; or export a series (every scene of
 * the lesson). Each series is one entry of the "Several images" list.
 */
export function ExportDialogBody() {
  const api = usePlatform()
  const { sizeId, transparent, captions, seriesRequested, setOpen, setSizeId, setTransparent, setCaptions, consumeSeriesRequest } =
    useExportStore()
  // The title starts afresh at each opening: the scene's, or none when a Title annotation is on the view.
  const [initialTitle] = useState(() =>
    defaultExportTitle({ sceneTitle: currentSceneTitle(), annotations: useAnnotationStore.getState().annotations }, DEFAULT_TITLE),
  )
  const [title, setTitle] = useState(initialTitle.drawn)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [progress, setProgress] = useState<SeriesProgress | null>(null)
  const series = useRef<AbortController | null>(null)
  const dialog = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const titleId = useId()
  const titleNoteId = useId()
  const seriesHeadingId = useId()
  const busy = status.kind === 'busy'
  const sceneCount = listScenes().length

  const close = useCallback(() => {
    series.current?.abort()
    setOpen(false)
  }, [setOpen])
  useDialogFocus(dialog, close)

  const choice = SIZE_CHOICES.find((c) => c.id === sizeId) ?? (SIZE_CHOICES[0] as SizeChoice)
  const runtime = currentGlobe()
  const view = runtime && runtime.width > 0 ? { width: runtime.width, height: runtime.height } : null
  const drawnTitle = title.trim()
  const request: ExportRequest = useMemo(
    () => ({
      size: choice.size,
      transparent,
      title: drawnTitle,
      ...(!drawnTitle && initialTitle.fromAnnotation ? { documentTitle: initialTitle.document } : {}),
    }),
    [choice.size, transparent, drawnTitle, initialTitle],
  )

  const render = async (): Promise<Uint8Array> => {
    const target = currentGlobe()
    if (!target) throw new Error('the globe is not ready to export yet')
    // A frame for the status line to show before the main thread is busy rendering.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return (await exportView(target, request)).png
  }

  const save = async () => {
    setStatus({ kind: 'busy', message: 'Rendering the image…' })
    try {
      const png = await render()
      const outcome = await api.saveFile({ suggestedName: fileName(drawnTitle || initialTitle.document), kind: 'png', data: png })
      if (outcome.status === 'saved') setStatus({ kind: 'done', message: `Saved to ${outcome.location}` })
      else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' })
      else setStatus({ kind: 'error', message: `The image was not saved: ${outcome.message}` })
    } catch (error) {
      setStatus({ kind: 'error', message: `The image could not be made: ${messageOf(error)}` })
    }
  }

  const copy = async () => {
    setStatus({ kind: 'busy', message: 'Rendering the image…' })
    try {
      await api.copyPng(await render())
      setStatus({ kind: 'done', message: 'Copied to the clipboard' })
    } catch (error) {
      setStatus({ kind: 'error', message: `The image was not copied: ${messageOf(error)}` })
    }
  }

  const saveAll = useCallback(async () => {
    const target = currentGlobe()
    if (!target) {
      setStatus({ kind: 'error', message: 'The globe is not ready to export yet' })
      return
    }
    const controller = new AbortController()
    series.current = controller
    setStatus({ kind: 'busy', message: 'Exporting the scenes…' })
    try {
      const files = await exportAllScenes(target, { size: choice.size, transparent, captions }, setProgress, controller.signal)
      setProgress(null)
      if (!files) {
        setStatus({ kind: 'idle' })
        return
      }
      const outcome = await api.saveSeries({ lessonTitle: lessonTitle(), files })
      const said = seriesOutcomeMessage(outcome, files, listScenes().map((scene) => scene.title))
      setStatus(said ?? { kind: 'idle' })
    } catch (error) {
      setProgress(null)
      setStatus({ kind: 'error', message: `The scenes could not be exported: ${messageOf(error)}` })
    } finally {
      if (series.current === controller) series.current = null
    }
  }, [api, choice.size, transparent, captions])

  useEffect(() => {
    if (!seriesRequested) return
    consumeSeriesRequest()
    void saveAll()
  }, [seriesRequested, consumeSeriesRequest, saveAll])

  useEffect(() => () => series.current?.abort(), [])

  const sizeChoices = (group: SizeChoice['group']) =>
    SIZE_CHOICES.filter((c) => c.group === group).map((c) => (
      <label key={c.id} className="export-dialog__choice">
        <input type="radio" name="export-size" value={c.id} checked={c.id === choice.id} onChange={() => setSizeId(c.id)} />
        {c.label}
        {view && c.size.kind === 'multiple' && <span className="export-dialog__hint"> ({pixels(c.size, view)})</span>}
      </label>
    ))

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && !busy && close()}>
      <div
        ref={dialog}
        className="dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        tabIndex={-1}
      >
        <header className="dialog__header">
          <h2 id={headingId}>Export image</h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </header>
        <div className="export-dialog__body">
          <div className="export-dialog__look">
            <ExportPreview request={request} />
            <div className="export-dialog__actions">
              <button type="button" className="button" disabled={busy} onClick={() => void save()}>
                Save PNG…
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void copy()}>
                Copy to clipboard
              </button>
            </div>
            <p
              className={`export-dialog__status${status.kind === 'error' ? ' export-dialog__status--error' : ''}`}
              role={status.kind === 'error' ? 'alert' : 'status'}
              data-testid="export-status"
            >
              {progress ? `Scene ${progress.current} of ${progress.total}` : status.kind === 'idle' ? '' : status.message}
            </p>
            {progress && (
              <progress className="export-dialog__progress" max={progress.total} value={progress.current - 1} aria-label="Scenes exported" />
            )}
            {/* Each series is one entry: a button and its own options. */}
            <section className="export-dialog__series" aria-labelledby={seriesHeadingId}>
              <h3 id={seriesHeadingId} className="export-dialog__series-heading">
                Several images
              </h3>
              <div className="export-dialog__entry">
                <button
                  type="button"
                  className="button"
                  disabled={busy || sceneCount === 0}
                  title={sceneCount === 0 ? 'The lesson has no scenes yet' : undefined}
                  onClick={() => void saveAll()}
                >
                  Export all scenes…
                </button>
                {progress && (
                  <button type="button" className="button" onClick={() => series.current?.abort()}>
                    Cancel
                  </button>
                )}
                <label className="export-dialog__choice">
                  <input type="checkbox" checked={captions} disabled={busy} onChange={(event) => setCaptions(event.target.checked)} />
                  with each scene&apos;s caption as a band along the bottom
                </label>
              </div>
              {!busy && (
                <div className="export-dialog__entry">
                  <TimeLapseExportButton onOpen={close} />
                </div>
              )}
            </section>
          </div>
          <div className="export-dialog__options">
            <fieldset className="export-dialog__group" disabled={busy}>
              <legend>Size</legend>
              {sizeChoices('slide')}
              <p className="export-dialog__subhead">The window&apos;s shape</p>
              {sizeChoices('window')}
            </fieldset>
            <fieldset className="export-dialog__group export-dialog__group--inline" disabled={busy}>
              <legend>Background</legend>
              <label className="export-dialog__choice">
                <input type="radio" name="export-background" checked={!transparent} onChange={() => setTransparent(false)} />
                Opaque
              </label>
              <label className="export-dialog__choice">
                <input type="radio" name="export-background" checked={transparent} onChange={() => setTransparent(true)} />
                Transparent
              </label>
            </fieldset>
            <div className="export-dialog__field">
              <label htmlFor={titleId}>Title on the image</label>
              <input
                id={titleId}
                type="text"
                value={title}
                maxLength={200}
                disabled={busy}
                aria-describedby={initialTitle.fromAnnotation ? titleNoteId : undefined}
                onChange={(event) => setTitle(event.target.value)}
              />
              {initialTitle.fromAnnotation && (
                <p id={titleNoteId} className="export-dialog__note">
                  The Title annotation on the view (“{initialTitle.document}”) is the image’s title; a title typed here is drawn
                  above it as well.
                </p>
              )}
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}

function pixels(size: SizeChoice['size'], view: { width: number; height: number }): string {
  try {
    const { width, height } = resolveSize(size, view)
    return `${width} × ${height}`
  } catch {
    return 'too large'
  }
}

/** "infraglobe-aws-global-infrastructure.png" from the title. */
function fileName(title: string): string {
  const words = slug(title)
  return `infraglobe${words ? `-${words}` : ''}.png`
}
