import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { stepLabel } from '../../../shared/timeline'
import { slug } from '../../export/exportSizes'
import { currentGlobe } from '../../globe/globeRuntimeContext'
import { usePlatform } from '../../platform/PlatformContext'
import { selectTimelineSteps } from '../../state/selectors'
import { useAppStore } from '../../state/store'
import { useDialogFocus } from '../../ui/useDialogFocus'
import '../../styles/dialog.css'
import '../../export/export.css'
import { exportTimeLapsePngs, exportTimeLapseVideo } from './timeLapseExport'
import type { TimeLapseProgress } from './timeLapseFrames'
import { DEFAULT_TIME_LAPSE_TITLE, useTimeLapseExportStore } from './timeLapseExportStore'

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string }

const SECONDS_CHOICES = [0.5, 1, 2] as const

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The time-lapse export: one PNG per year, or a WebM video, of a range of years at 1920 × 1080. */
export function TimeLapseExportBody() {
  const api = usePlatform()
  const { title, secondsPerStep, setOpen, setTitle, setSecondsPerStep } = useTimeLapseExportStore()
  const steps = useAppStore(selectTimelineSteps)
  const [from, setFrom] = useState(0)
  const [to, setTo] = useState(Math.max(0, steps.length - 1))
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [progress, setProgress] = useState<TimeLapseProgress | null>(null)
  const running = useRef<AbortController | null>(null)
  const dialog = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const ids = { from: useId(), to: useId(), seconds: useId(), title: useId() }
  const busy = status.kind === 'busy'
  const chosen = steps.slice(Math.min(from, to), Math.max(from, to) + 1)
  const heading = title.trim() || DEFAULT_TIME_LAPSE_TITLE

  const close = useCallback(() => {
    running.current?.abort()
    setOpen(false)
  }, [setOpen])
  useDialogFocus(dialog, close)
  useEffect(() => () => running.current?.abort(), [])

  /** Runs one export with progress and cancel; `save` takes the finished files to the platform. */
  const run = async <T,>(what: string, make: (signal: AbortSignal) => Promise<T | null>, save: (result: T) => Promise<void>) => {
    const runtime = currentGlobe()
    if (!runtime) {
      setStatus({ kind: 'error', message: 'The globe is not ready to export yet' })
      return
    }
    const controller = new AbortController()
    running.current = controller
    setStatus({ kind: 'busy', message: `Exporting the ${what}…` })
    try {
      const result = await make(controller.signal)
      setProgress(null)
      if (result === null) setStatus({ kind: 'idle' })
      else await save(result)
    } catch (error) {
      setProgress(null)
      setStatus({ kind: 'error', message: `The ${what} could not be exported: ${messageOf(error)}` })
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  const savePngs = () =>
    run(
      'pictures',
      (signal) => exportTimeLapsePngs(currentGlobe()!, { steps: chosen, title: heading }, setProgress, signal),
      async (files) => {
        const outcome = await api.saveSeries({ lessonTitle: `${heading} time-lapse`, files })
        if (outcome.status === 'saved') setStatus({ kind: 'done', message: `Saved ${outcome.count} pictures to ${outcome.location}` })
        else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' })
        else setStatus({ kind: 'error', message: `The pictures were not all saved (${outcome.written} of ${files.length} written): ${outcome.message}` })
      },
    )

  const saveVideo = () =>
    run(
      'video',
      (signal) => exportTimeLapseVideo(currentGlobe()!, { steps: chosen, title: heading }, secondsPerStep, setProgress, signal),
      async (video) => {
        const outcome = await api.saveFile({ kind: 'webm', suggestedName: `infraglobe-${slug(heading) || 'time-lapse'}.webm`, data: video })
        if (outcome.status === 'saved') {
          setStatus({ kind: 'done', message: `Saved the video (${(video.byteLength / 1e6).toFixed(1)} MB) to ${outcome.location}` })
        } else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' })
        else setStatus({ kind: 'error', message: `The video was not saved: ${outcome.message}` })
      },
    )

  const stepOptions = steps.map((step, i) => (
    <option key={String(step)} value={i}>
      {stepLabel(step)}
    </option>
  ))

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && !busy && close()}>
      <div ref={dialog} className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby={headingId} tabIndex={-1}>
        <header className="dialog__header">
          <h2 id={headingId}>Export the time-lapse</h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </header>
        <p className="export-dialog__hint">
          Each year at 1920 × 1080 with its count line, the launches per year, the legend and the sources. The layers,
          location and camera are those of the view now.
        </p>
        <fieldset className="export-dialog__group" disabled={busy}>
          <legend>Years</legend>
          <label className="export-dialog__choice" htmlFor={ids.from}>
            From{' '}
            <select id={ids.from} value={from} onChange={(event) => setFrom(Number(event.target.value))}>
              {stepOptions}
            </select>
          </label>
          <label className="export-dialog__choice" htmlFor={ids.to}>
            to{' '}
            <select id={ids.to} value={to} onChange={(event) => setTo(Number(event.target.value))}>
              {stepOptions}
            </select>
          </label>
          <span className="export-dialog__hint">
            {' '}
            ({chosen.length} {chosen.length === 1 ? 'picture' : 'pictures'})
          </span>
        </fieldset>
        <div className="export-dialog__field">
          <label htmlFor={ids.title}>Title on the pictures</label>
          <input id={ids.title} type="text" value={title} maxLength={200} disabled={busy} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="export-dialog__field">
          <label htmlFor={ids.seconds}>Seconds per year in the video</label>
          <select id={ids.seconds} value={secondsPerStep} disabled={busy} onChange={(event) => setSecondsPerStep(Number(event.target.value))}>
            {SECONDS_CHOICES.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds}
              </option>
            ))}
          </select>
        </div>
        <div className="export-dialog__actions">
          <button type="button" className="button" disabled={busy || chosen.length === 0} onClick={() => void savePngs()}>
            Save one PNG per year…
          </button>
          <button type="button" className="button" disabled={busy || chosen.length === 0} onClick={() => void saveVideo()}>
            Save the video (WebM)…
          </button>
          {busy && (
            <button type="button" className="button" onClick={() => running.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
        {progress && (
          <progress className="export-dialog__progress" max={progress.total} value={progress.current - 1} aria-label="Years exported" />
        )}
        <p
          className={`export-dialog__status${status.kind === 'error' ? ' export-dialog__status--error' : ''}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="time-lapse-status"
        >
          {progress ? `Year ${progress.current} of ${progress.total}: ${progress.label}` : status.kind === 'idle' ? '' : status.message}
        </p>
      </div>
    </div>
  )
}
