import { useEffect, useId, useRef, useState } from 'react'
import { usePlatform } from '../platform/PlatformContext'
import { useMenuCommand } from '../state/menuCommands'
import { useAppStore } from '../state/store'
import '../styles/lesson.css'
import { startPresenting, stepScene, stopPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { usePresenterKeys } from './usePresenterKeys'

/** Degrees per second: slow enough to read the caption while the Earth turns. */
const AUTO_ROTATE_SPEED = 2

/**
 * Presenter mode: the caption in large type and a small progress indicator
 * over the globe, which fills the screen (the app collapses its panels); a
 * few quiet controls. Mounted always, so F5 and the menu's Present work from
 * anywhere.
 */
export function PresenterMode() {
  const api = usePlatform()
  const edition = useEdition()
  usePresenterKeys(api, edition === 'web')
  useMenuCommand('present', () => startPresenting(api))
  const presenting = useLessonStore((s) => s.presenting)
  if (!presenting) return null
  return <PresenterOverlay />
}

function PresenterOverlay() {
  const api = usePlatform()
  const scenes = useLessonStore((s) => s.scenes)
  const current = useLessonStore((s) => s.current)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const autoRotateSpeed = useAppStore((s) => s.autoRotateSpeed)
  const setAutoRotateSpeed = useAppStore((s) => s.setAutoRotateSpeed)
  const overlay = useRef<HTMLDivElement>(null)
  const captionId = useId()
  const index = current ?? 0
  const scene = scenes[index]

  // The panel that held the focus is gone: the overlay takes it, so screen readers follow the caption.
  useEffect(() => overlay.current?.focus(), [])

  // Reduced motion turned on while the globe turns: it stops.
  useEffect(() => {
    if (reducedMotion && autoRotateSpeed !== 0) setAutoRotateSpeed(0)
  }, [reducedMotion, autoRotateSpeed, setAutoRotateSpeed])

  return (
    <div ref={overlay} className="presenter" data-testid="presenter" tabIndex={-1} aria-label="Presenter mode">
      <p className="presenter__progress" data-testid="presenter-progress" aria-label={`Scene ${index + 1} of ${scenes.length}`}>
        {index + 1} / {scenes.length}
      </p>
      <div className="presenter__controls">
        <button type="button" className="presenter__button" onClick={() => stepScene(-1)} disabled={index === 0}>
          Previous
        </button>
        <button
          type="button"
          className="presenter__button"
          onClick={() => stepScene(1)}
          disabled={index >= scenes.length - 1}
        >
          Next
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
      </div>
      {scene && (
        <section className="presenter__caption" aria-labelledby={captionId} aria-live="polite" data-testid="presenter-caption">
          <h2 id={captionId} className="presenter__title">
            {scene.title}
          </h2>
          {scene.caption && <p className="presenter__text">{scene.caption}</p>}
        </section>
      )}
    </div>
  )
}

/** 'web' or 'desktop' once the platform has said; null until then. */
function useEdition(): string | null {
  const api = usePlatform()
  const [edition, setEdition] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    api.appInfo().then(
      (info) => live && setEdition(info.edition),
      () => {},
    )
    return () => {
      live = false
    }
  }, [api])
  return edition
}
