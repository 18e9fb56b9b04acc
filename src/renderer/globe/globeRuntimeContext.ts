import { useSyncExternalStore } from 'react'
import type { FrameHooks } from './FrameDriver'
import type { CameraCommands, GlobeRuntime } from './runtime'

/**
 * The mounted globe's runtime and frame hooks, for what lives beside the
 * canvas rather than inside it: the annotation overlay (projects with the
 * runtime, moves its elements from a frame hook), scenes (move the camera)
 * and the export (renders the runtime's scene). There is one globe per window.
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

/** The camera of the globe on screen, for modules outside the canvas that move it (scenes, the export). */
export function currentCamera(): CameraCommands | null {
  return current?.runtime.commands ?? null
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The mounted globe, or null while there is none. */
export function useGlobeHandle(): GlobeHandle | null {
  return useSyncExternalStore(subscribe, currentGlobe, currentGlobe)
}
