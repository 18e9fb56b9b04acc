import type { IUniform } from 'three'

/**
 * A colouring of the land drawn by the Earth's own shader (landMaterial.ts)
 * instead of by a second sphere over it: the reach layer's bands. A second
 * sphere cost a whole second pass over the globe's pixels with blending,
 * about a third of a frame with every layer on in software WebGL; in the
 * Earth's pass it is one more texture tap.
 *
 * `apply` is GLSL run in the Earth's fragment shader once the land mask is
 * there, with `vec3 colour` (the surface's colour before light, to change in
 * place), `float coverage` (the land mask: 1 on land, 0 at sea, in between on
 * the coasts) and `vec2 vUv` (u from 180°W, v from the south pole) in scope.
 */
export interface SurfaceOverlay {
  /** Uniform and function declarations, placed before main(). */
  declarations: string
  apply: string
  uniforms: Record<string, IUniform>
}

/**
 * The Earth's overlay: set by the layer that draws one, followed by the Earth
 * (either may mount first). One at a time.
 */
export class SurfaceOverlaySlot {
  private overlay: SurfaceOverlay | null = null
  private readonly listeners = new Set<(overlay: SurfaceOverlay | null) => void>()

  get current(): SurfaceOverlay | null {
    return this.overlay
  }

  set(overlay: SurfaceOverlay | null): void {
    if (overlay === this.overlay) return
    this.overlay = overlay
    for (const listener of this.listeners) listener(overlay)
  }

  /** Calls `listener` now with the current overlay and on every change; returns the unsubscribe. */
  follow(listener: (overlay: SurfaceOverlay | null) => void): () => void {
    this.listeners.add(listener)
    listener(this.overlay)
    return () => this.listeners.delete(listener)
  }
}
