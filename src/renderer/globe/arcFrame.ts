import { PerspectiveCamera, type Camera, type ShaderMaterial, type Vector2 } from 'three'
import { radii } from './dimensions'

/** Closest the dash scale follows the camera to the ground, so dashes never shrink to nothing. */
const MIN_ALTITUDE = 0.02

/**
 * Per-frame uniforms of an arc material: the canvas size for pixel widths,
 * and the dash period in scene units for `dashPx` CSS px at the point of
 * the globe nearest the camera, so dashes keep their on-screen size at any
 * zoom. Allocates nothing.
 */
export function updateArcUniforms(material: ShaderMaterial, camera: Camera, width: number, height: number, dashPx: number): void {
  const { uResolution, uDashWorld } = material.uniforms
  if (!uResolution || !uDashWorld || width === 0 || height === 0) return
  ;(uResolution.value as Vector2).set(width, height)
  if (!(camera instanceof PerspectiveCamera)) return
  const altitude = Math.max(MIN_ALTITUDE, camera.position.length() - radii.earth)
  const worldPerPx = (2 * Math.tan((camera.fov * Math.PI) / 360) * altitude) / height
  uDashWorld.value = dashPx * worldPerPx
}
