import { presenterOverlayView } from '../loading/views'
import { usePlatform } from '../platform/PlatformContext'
import { useEdition } from '../platform/useEdition'
import { useMenuCommand } from '../state/menuCommands'
// The overlay's styles stay in the first stylesheet: no late cascade change when it loads.
import '../styles/lesson.css'
import { startPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { isPresenterView, usePresentationStore } from './presentationStore'
import { usePresenterKeys } from './usePresenterKeys'

/**
 * Presenter mode over the globe: the caption in large type. In one window
 * (a mirrored projector) also a small progress indicator and a few quiet
 * controls, among them "Open audience view" for a second screen; in the
 * presenter view the controls are in the console beside the globe
 * (PresenterConsole), and in the audience view there is nothing but the
 * caption. Mounted always, so F5 and the menu's Present work from anywhere.
 */
export function PresenterMode() {
  const api = usePlatform()
  const edition = useEdition()
  usePresenterKeys(api, edition === 'web')
  useMenuCommand('present', () => startPresenting(api))
  const presenting = useLessonStore((s) => s.presenting)
  if (!presenting) return null
  return <presenterOverlayView.View />
}

/** The audience's black screen (B or "."): covers everything until the presenter shows the globe again. */
export function BlankScreen() {
  const presenting = useLessonStore((s) => s.presenting)
  const blank = usePresentationStore((s) => s.blank)
  const presenterView = usePresentationStore((s) => isPresenterView(s, true))
  if (!presenting || !blank || presenterView) return null
  return <div className="blank-screen" data-testid="blank-screen" aria-label="Black screen" role="img" />
}
