import { useEffect, useRef } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import { goToScene, startPresenting, stepScene, stopPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { isTextEntry, presenterKeyAction } from './presenterKeys'

/**
 * The presenter's keys, wherever the focus is (but never while typing):
 * F5 starts presenting, F11 toggles full screen on the web (the desktop's
 * View menu owns F11 there), and while presenting the clicker keys step
 * through the scenes and Escape leaves. They are taken at the window's
 * capture phase so that the globe, which turns with the arrow keys, never
 * sees them while presenting.
 */
export function usePresenterKeys(api: InfraGlobeApi, handlesFullScreenKey: boolean): void {
  const leaveOnExitFullScreen = useRef(false)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return
      const presenting = useLessonStore.getState().presenting
      if (event.key === 'F5') {
        // Shift+F5 is what some clickers send for "present from here": the same thing here.
        event.preventDefault()
        event.stopPropagation()
        if (!presenting) startPresenting(api)
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
      if (event.repeat && action === 'leave') return
      const last = useLessonStore.getState().scenes.length - 1
      if (action === 'next') stepScene(1)
      else if (action === 'previous') stepScene(-1)
      else if (action === 'first') void goToScene(0)
      else if (action === 'last') void goToScene(last)
      else stopPresenting(api)
    }
    // On the web, Escape in full screen is the browser's: it leaves full screen and the page never sees
    // the key. Leaving the full screen that presenting entered then leaves presenting too.
    const onFullScreenChange = (): void => {
      const presenting = useLessonStore.getState().presenting
      if (document.fullscreenElement) {
        leaveOnExitFullScreen.current = presenting
      } else if (leaveOnExitFullScreen.current && presenting) {
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
