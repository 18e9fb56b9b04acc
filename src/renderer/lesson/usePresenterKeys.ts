import { useEffect, useRef } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import { startPresenting, stopPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { runPresenterAction, sendAudienceCommand } from './presentationLink'
import { usePresentationStore } from './presentationStore'
import { isTextEntry, presenterKeyAction } from './presenterKeys'

/**
 * The presenter's keys, wherever the focus is (but never while typing):
 * F5 starts presenting, F11 toggles full screen on the web (the desktop's
 * View menu owns F11 there), and while presenting the clicker keys step
 * through the scenes, B or "." blank the audience's screen and Escape
 * leaves. In the audience view of a presentation on two screens the same
 * keys go to the presenter's window, which decides. They are taken at the
 * window's capture phase so that the globe, which turns with the arrow
 * keys, never sees them while presenting.
 */
export function usePresenterKeys(api: InfraGlobeApi, handlesFullScreenKey: boolean): void {
  const leaveOnExitFullScreen = useRef(false)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return
      const presenting = useLessonStore.getState().presenting
      const audienceView = usePresentationStore.getState().role === 'audience'
      if (event.key === 'F5') {
        // Shift+F5 is what some clickers send for "present from here": the same thing here.
        event.preventDefault()
        event.stopPropagation()
        if (!presenting && !audienceView) void startPresenting(api)
        return
      }
      if (event.key === 'F11' && handlesFullScreenKey) {
        event.preventDefault()
        const on = !document.fullscreenElement
        leaveOnExitFullScreen.current = false
        api.setFullScreen(on).catch(() => {})
        return
      }
      if (!presenting || event.shiftKey) return
      const action = presenterKeyAction(event.key)
      if (!action) return
      event.preventDefault()
      event.stopPropagation()
      if (event.repeat && (action === 'leave' || action === 'blank')) return
      if (audienceView) sendAudienceCommand(api, action)
      else runPresenterAction(api, action)
    }
    // On the web, Escape in full screen is the browser's: it leaves full screen and the page never sees
    // the key. Leaving the full screen that presenting entered then leaves presenting too (not in the
    // audience view, whose full screen is the presenter's to give up, nor while it is open).
    const onFullScreenChange = (): void => {
      const presenting = useLessonStore.getState().presenting
      const { role, audience } = usePresentationStore.getState()
      if (document.fullscreenElement) {
        leaveOnExitFullScreen.current = presenting && role === 'app' && audience === 'none'
      } else if (leaveOnExitFullScreen.current && presenting && audience === 'none') {
        leaveOnExitFullScreen.current = false
        stopPresenting(api)
      }
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    document.addEventListener('fullscreenchange', onFullScreenChange)
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true })
      document.removeEventListener('fullscreenchange', onFullScreenChange)
    }
  }, [api, handlesFullScreenKey])
}
