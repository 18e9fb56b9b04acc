import { useSyncExternalStore } from 'react'
import type { FrameHooks } from './FrameDriver'
import type { GlobeRuntime } from './runtime'

/**
 * The mounted globe's runtime and frame hooks, for layers that live beside
 * the canvas rather than inside it (the annotation overlay): they project
 * with the runtime and move their elements from a frame hook.
 */
export interface GlobeHandle {
  runtime: GlobeRuntime
  hooks: FrameHooks
}

let current: GlobeHandle | null = null
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

/** Makes a globe available; returns the function that withdraws it (an effect's cleanup). */
export function publishGlobe(handle: GlobeHandle): () => void {
  current = handle
  notify()
  return () => {
    if (current !== handle) return
    current = null
    notify()
  }
}

export function currentGlobe(): GlobeHandle | null {
  return current
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The mounted globe, or null while there is none. */
export function useGlobeHandle(): GlobeHandle | null {
  return useSyncExternalStore(subscribe, currentGlobe, currentGlobe)
}
