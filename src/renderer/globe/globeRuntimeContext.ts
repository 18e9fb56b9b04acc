import { useSyncExternalStore } from 'react'
import type { GlobeRuntime } from './runtime'
import type { CameraCommands } from './types'

/*
 * The mounted globe's runtime, for what lives beside the canvas rather than
 * inside it: the annotation overlay (projects with the runtime, follows the
 * globe from an after-frame step), scenes (move the camera) and the export
 * (renders the runtime's scene). There is one globe per window.
 */

let current: GlobeRuntime | null = null
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

/** Makes a globe available; returns the function that withdraws it (an effect's cleanup). */
export function publishGlobe(runtime: GlobeRuntime): () => void {
  current = runtime
  notify()
  return () => {
    if (current !== runtime) return
    current = null
    notify()
  }
}

export function currentGlobe(): GlobeRuntime | null {
  return current
}

/** The camera of the globe on screen, for modules outside the canvas that move it (scenes, the export). */
export function currentCamera(): CameraCommands | null {
  return current?.commands ?? null
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The mounted globe's runtime, or null while there is none. */
export function useGlobeRuntime(): GlobeRuntime | null {
  return useSyncExternalStore(subscribe, currentGlobe, currentGlobe)
}
