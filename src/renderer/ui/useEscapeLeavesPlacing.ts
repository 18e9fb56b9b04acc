import { useEffect } from 'react'
import { useAppStore } from '../state/store'

/** Escape, wherever the focus is (the globe, the panel, the page), leaves place-me mode. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !useAppStore.getState().placing) return
  useAppStore.getState().setPlacing(false)
  event.preventDefault()
}

let users = 0

/**
 * The one Escape handler of place-me mode, on the window while any user of
 * this hook is mounted: the globe and the location picker both use it, so it
 * works with either on screen, and it acts once however many do.
 */
export function useEscapeLeavesPlacing(): void {
  useEffect(() => {
    if (users++ === 0) window.addEventListener('keydown', onKeyDown)
    return () => {
      if (--users === 0) window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
