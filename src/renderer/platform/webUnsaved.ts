import type { InfraGlobeApi } from '../../shared/api'

/**
 * The web edition's guard for an unsaved lesson: while the renderer reports
 * unsaved changes, leaving or reloading the page makes the browser ask first
 * (its own wording: browsers show no text a page gives them). The desktop
 * edition does the same in main, with its own question.
 */
export function createWebUnsavedGuard(target: () => Pick<Window, 'addEventListener' | 'removeEventListener'> = () => window): Pick<InfraGlobeApi, 'setUnsavedLesson'> {
  const ask = (event: BeforeUnloadEvent) => {
    event.preventDefault()
    // Older browsers ask only when returnValue is set.
    event.returnValue = true
  }
  let guarding = false
  return {
    setUnsavedLesson(unsaved) {
      if (unsaved !== guarding) {
        if (unsaved) target().addEventListener('beforeunload', ask)
        else target().removeEventListener('beforeunload', ask)
        guarding = unsaved
      }
      return Promise.resolve()
    },
  }
}
