import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'

/** The two slices the sync looks at together. */
const tabAndOpen = (state: AppState) => [state.panelTab, state.chooserOpen] as const

/**
 * Keeps `chooserOpen` (the globe highlights the chooser's top three) with the
 * Choose tab: opening the tab turns it on, leaving the tab turns it off. An
 * update that sets `chooserOpen` itself together with the tab (a scene being
 * shown) is left as it is, and so is the toggle in the panel while the tab
 * stays open. A tab already open when this starts counts as just opened.
 * Returns the unsubscribe function.
 */
export function syncChooserOpenWithTab(): () => void {
  const now = useAppStore.getState()
  if (now.panelTab === 'choose' && !now.chooserOpen) now.setChooserOpen(true)
  return watch(
    tabAndOpen,
    ([tab, open], [previousTab, previousOpen]) => {
      if (tab === previousTab || open !== previousOpen) return
      const entering = tab === 'choose'
      const leaving = previousTab === 'choose'
      if (entering !== leaving && open !== entering) useAppStore.getState().setChooserOpen(entering)
    },
    { equality: shallow },
  )
}
