import { useEffect, useId, useRef } from 'react'
import { addViewObstacle } from '../globe/viewObstacles'
import { usePlatform } from '../platform/PlatformContext'
import { useAppStore } from '../state/store'
import { stepScene, stopPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { openAudienceView, runPresenterAction } from './presentationLink'
import { isPresenterView, usePresentationStore } from './presentationStore'

/** Degrees per second: slow enough to read the caption while the Earth turns. */
const AUTO_ROTATE_SPEED = 2

/**
 * What presenter mode shows over the globe while a lesson is presented (see PresenterMode): its
 * code is fetched when presenting first starts, or ahead of time once the first frame is shown.
 */
export function PresenterOverlay() {
  const role = usePresentationStore((s) => s.role)
  const presenterView = usePresentationStore((s) => isPresenterView(s, true))
  const blank = usePresentationStore((s) => s.blank)
  const scenes = useLessonStore((s) => s.scenes)
  const current = useLessonStore((s) => s.current)
  const overlay = useRef<HTMLDivElement>(null)
  const index = current ?? 0

  // The panel that held the focus is gone: the overlay takes it, so screen readers follow the caption.
  useEffect(() => overlay.current?.focus(), [])

  return (
    <div ref={overlay} className="presenter" data-testid="presenter" tabIndex={-1} aria-label="Presenter mode">
      {role === 'app' && !presenterView && (
        <>
          <p className="presenter__progress" data-testid="presenter-progress" aria-label={`Scene ${index + 1} of ${scenes.length}`}>
            {index + 1} / {scenes.length}
          </p>
          <PresenterControls index={index} count={scenes.length} />
        </>
      )}
      {presenterView && blank && (
        <p className="presenter__blank-note" role="status">
          The audience sees a black screen (B to show the globe again)
        </p>
      )}
      <PresenterCaption />
    </div>
  )
}

/** The current scene's title and caption, large, over the lower part of the globe: an obstacle framing keeps the subject clear of. */
export function PresenterCaption() {
  const scene = useLessonStore((s) => s.scenes[s.current ?? 0])
  const captionId = useId()
  const box = useRef<HTMLElement>(null)
  const shown = scene !== undefined
  useEffect(() => {
    const element = box.current
    return element ? addViewObstacle(element, 'caption') : undefined
  }, [shown])
  if (!scene) return null
  return (
    <section ref={box} className="presenter__caption" aria-labelledby={captionId} aria-live="polite" data-testid="presenter-caption">
      <h2 id={captionId} className="presenter__title">
        {scene.title}
      </h2>
      {scene.caption && <p className="presenter__text">{scene.caption}</p>}
    </section>
  )
}

/** The one-window controls: step, black screen, a second screen, auto-rotation, leave. */
function PresenterControls({ index, count }: { index: number; count: number }) {
  const api = usePlatform()
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const autoRotateSpeed = useAppStore((s) => s.autoRotateSpeed)
  const setAutoRotateSpeed = useAppStore((s) => s.setAutoRotateSpeed)
  const blank = usePresentationStore((s) => s.blank)
  const opening = usePresentationStore((s) => s.audience === 'opening')
  const notice = usePresentationStore((s) => s.notice)

  // Reduced motion turned on while the globe turns: it stops.
  useEffect(() => {
    if (reducedMotion && autoRotateSpeed !== 0) setAutoRotateSpeed(0)
  }, [reducedMotion, autoRotateSpeed, setAutoRotateSpeed])

  return (
    <div className="presenter__controls">
      <button type="button" className="presenter__button" onClick={() => stepScene(-1)} disabled={index === 0}>
        Previous
      </button>
      <button type="button" className="presenter__button" onClick={() => stepScene(1)} disabled={index >= count - 1}>
        Next
      </button>
      <button
        type="button"
        className="presenter__button"
        aria-pressed={blank}
        title="A black screen, as slide software has (B or .)"
        onClick={() => runPresenterAction(api, 'blank')}
      >
        Black screen
      </button>
      <button
        type="button"
        className="presenter__button"
        disabled={opening}
        title="The globe and caption alone in a second window for the projector; notes and the next scene here"
        onClick={() => void openAudienceView(api)}
      >
        Open audience view
      </button>
      <button
        type="button"
        className="presenter__button"
        aria-pressed={autoRotateSpeed !== 0}
        disabled={reducedMotion}
        title={reducedMotion ? 'Off while reduced motion is asked for' : 'Turn the globe slowly'}
        onClick={() => setAutoRotateSpeed(autoRotateSpeed === 0 ? AUTO_ROTATE_SPEED : 0)}
      >
        Auto-rotate
      </button>
      <button type="button" className="presenter__button" onClick={() => stopPresenting(api)} title="Leave (Esc)">
        Exit
      </button>
      {notice && (
        <p className="presenter__notice" role="alert">
          {notice}
        </p>
      )}
    </div>
  )
}
