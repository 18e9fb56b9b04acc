import { useEffect, useId, useState } from 'react'
import { usePlatform } from '../platform/PlatformContext'
import { useEdition } from '../platform/useEdition'
import { stepScene, stopPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { runPresenterAction, swapScreens } from './presentationLink'
import { usePresentationStore } from './presentationStore'
import { SceneThumbnail } from './SceneThumbnail'

/**
 * The presenter view's console (see PresenterConsole): its code is fetched when an audience
 * view first opens, or ahead of time once the first frame is shown.
 */
export function PresenterConsoleView() {
  const api = usePlatform()
  const edition = useEdition()
  const scenes = useLessonStore((s) => s.scenes)
  const index = useLessonStore((s) => s.current ?? 0)
  const blank = usePresentationStore((s) => s.blank)
  const displays = usePresentationStore((s) => s.displays)
  const fullScreen = usePresentationStore((s) => s.fullScreen)
  const opening = usePresentationStore((s) => s.audience === 'opening')
  const notesId = useId()
  const scene = scenes[index]
  const next = scenes[index + 1]

  return (
    <aside className="presenter-console" data-testid="presenter-console" aria-label="Presenter view">
      <header className="presenter-console__header">
        <p className="presenter-console__position" data-testid="presenter-position">
          Scene {index + 1} of {scenes.length}
          {opening && ' · opening the audience view…'}
        </p>
        <Clock />
      </header>
      <section className="presenter-console__next" aria-label="Next scene">
        <h2 className="presenter-console__heading">Next</h2>
        {next ? (
          <>
            <SceneThumbnail scene={next} label={`The next scene, “${next.title}”, as the globe will show it`} />
            <p className="presenter-console__next-title" data-testid="presenter-next-title">
              {next.title}
            </p>
          </>
        ) : (
          <p className="presenter-console__next-title" data-testid="presenter-next-title">
            End of the lesson
          </p>
        )}
      </section>
      <section className="presenter-console__notes" aria-labelledby={notesId}>
        <h2 id={notesId} className="presenter-console__heading">
          Notes{scene ? `: ${scene.title}` : ''}
        </h2>
        <div className="presenter-console__notes-text" data-testid="presenter-notes">
          {scene?.notes ? scene.notes : <p className="presenter-console__empty">No notes for this scene.</p>}
        </div>
      </section>
      <div className="presenter-console__controls">
        <button type="button" className="button" onClick={() => stepScene(-1)} disabled={index === 0}>
          Previous
        </button>
        <button type="button" className="button" onClick={() => stepScene(1)} disabled={index >= scenes.length - 1}>
          Next
        </button>
        <button type="button" className="button" aria-pressed={blank} onClick={() => runPresenterAction(api, 'blank')} title="B or .">
          Black screen
        </button>
        {edition === 'desktop' && displays === 1 && (
          <button type="button" className="button" onClick={() => void swapScreens(api)}>
            {fullScreen === 'audience' ? 'Show this view full screen' : 'Show the audience view full screen'}
          </button>
        )}
        <button type="button" className="button" onClick={() => stopPresenting(api)} title="Esc">
          End presenting
        </button>
      </div>
      {blank && (
        <p className="presenter-console__status" role="status">
          The audience sees a black screen.
        </p>
      )}
    </aside>
  )
}

/** The time of day and the time since presenting began, to the minute and second. */
function Clock() {
  const startedAt = usePresentationStore((s) => s.startedAt)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const elapsed = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000))
  const minutes = Math.floor(elapsed / 60)
  const seconds = String(elapsed % 60).padStart(2, '0')
  const time = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  return (
    <p className="presenter-console__clock" data-testid="presenter-clock">
      <span aria-label={`Time ${time}`}>{time}</span>
      <span className="presenter-console__elapsed" aria-label={`Elapsed ${minutes} minutes ${seconds} seconds`}>
        {minutes}:{seconds}
      </span>
    </p>
  )
}
