import type { StoreApi, UseBoundStore } from 'zustand'
import type { AppState } from '../state/store'

/**
 * Keeps `chooserOpen` (the globe highlights the chooser's top three) with the
 * Choose tab: opening the tab turns it on, leaving the tab turns it off. An
 * update that sets `chooserOpen` itself together with the tab (a scene being
 * shown) is left as it is, and so is the toggle in the panel while the tab
 * stays open. A tab already open when this starts counts as just opened.
 * Returns the unsubscribe function.
 */
export function syncChooserOpenWithTab(store: UseBoundStore<StoreApi<AppState>>): () => void {
  const now = store.getState()
  if (now.panelTab === 'choose' && !now.chooserOpen) now.setChooserOpen(true)
  return store.subscribe((state, previous) => {
    if (state.panelTab === previous.panelTab || state.chooserOpen !== previous.chooserOpen) return
    const entering = state.panelTab === 'choose'
    const leaving = previous.panelTab === 'choose'
    if (entering !== leaving && state.chooserOpen !== entering) state.setChooserOpen(entering)
  })
}
