import { INITIAL_CENTRE, initialDistance } from './cameraLimits'
import { FOV_DEGREES } from './dimensions'
import type { GlobeRuntime } from './runtime'
import type { CameraView } from './types'

/** The first view again: the whole globe, centred where it starts, at the zoom that fits this window. */
export function resetViewTarget(aspect: number): CameraView {
  return { ...INITIAL_CENTRE, distance: initialDistance(FOV_DEGREES, aspect) }
}

/**
 * Takes the camera back to the first view (Home on the globe, the toolbar's
 * Reset view): the way back for someone lost after zooming and turning.
 * Flies, or cuts with reduced motion (the rig decides).
 */
export function resetView(runtime: GlobeRuntime | null): Promise<void> {
  const commands = runtime?.commands
  if (!commands) return Promise.resolve()
  const canvas = runtime.canvas
  const aspect = canvas && canvas.clientHeight > 0 ? canvas.clientWidth / canvas.clientHeight : 16 / 9
  return commands.setView(resetViewTarget(aspect), { instant: false })
}
