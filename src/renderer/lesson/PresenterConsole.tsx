import { presenterConsoleView } from '../loading/views'
import { usePlatform } from '../platform/PlatformContext'
import { useLessonStore } from './lessonStore'
import { usePresenterLink } from './presentationLink'
import { isPresenterView, usePresentationStore } from './presentationStore'
// The console's styles stay in the first stylesheet: no late cascade change when it loads.
import '../styles/presenterConsole.css'

/**
 * The presenter view, beside the current scene's globe while an audience
 * view is open: what comes next (title and picture), the scene's speaker
 * notes in large type, the time of day and the time since presenting
 * began, the step buttons, the black screen, swapping screens (desktop, one
 * display) and the way out. The class sees none of it.
 */
export function PresenterConsole() {
  const api = usePlatform()
  usePresenterLink(api)
  const presenting = useLessonStore((s) => s.presenting)
  const shown = usePresentationStore((s) => isPresenterView(s, presenting))
  if (!shown) return null
  return <presenterConsoleView.View />
}
