import { useSyncExternalStore } from 'react'
import { layoutKey, windowLayout, type WindowLayout } from './layoutRules'

let cached: WindowLayout | null = null

function current(): WindowLayout {
  const next = windowLayout({ width: window.innerWidth, height: window.innerHeight })
  // The same object while the mode holds, so a resize within a mode re-renders nothing.
  if (!cached || layoutKey(cached) !== layoutKey(next)) cached = next
  return cached
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener)
  return () => window.removeEventListener('resize', listener)
}

/** The window's layout (layoutRules.ts), following resizes. */
export function useWindowLayout(): WindowLayout {
  return useSyncExternalStore(subscribe, current, current)
}
