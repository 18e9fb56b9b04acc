import type { CameraCommands } from './runtime'

/**
 * The camera of the globe on screen, for modules outside the canvas that
 * move it by command (scenes, the export): there is one globe per window.
 * The camera rig registers itself while it is mounted.
 */
let active: CameraCommands | null = null

export function activeCamera(): CameraCommands | null {
  return active
}

/** Registers the rig's commands; returns the function that unregisters them (only if still the active ones). */
export function registerActiveCamera(commands: CameraCommands): () => void {
  active = commands
  return () => {
    if (active === commands) active = null
  }
}
