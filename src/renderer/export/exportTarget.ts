import type { GlobeRuntime } from '../globe/runtime'

let active: GlobeRuntime | null = null

/** The globe whose view the export renders: the one mounted (there is one globe in the app). */
export function exportTarget(): GlobeRuntime | null {
  return active
}

/** Called by the export bridge; returns the function that unregisters the globe again. */
export function setExportTarget(runtime: GlobeRuntime): () => void {
  active = runtime
  return () => {
    if (active === runtime) active = null
  }
}
