import type { IUniform } from 'three'
import { radii } from './dimensions'

/**
 * GLSL shared by the globe's shader materials, spliced into their sources,
 * with the uniforms each chunk reads. One definition keeps the markers, the
 * pin and the arcs hiding behind the same horizon and scaling alike.
 */

/**
 * `horizonMargin(world)`: positive on the near side of the globe, 0 on the
 * horizon, negative beyond it; the same margin horizonMargin() in shared/geo
 * computes for labels and picking. Vertex shaders only.
 */
export const horizonMarginGlsl = /* glsl */ `
  uniform float uEarthRadius;

  float horizonMargin(vec3 world) {
    float eyeDistance = length(cameraPosition);
    return dot(normalize(world), cameraPosition / eyeDistance) - uEarthRadius / eyeDistance;
  }
`

export function horizonMarginUniforms(): Record<'uEarthRadius', IUniform<number>> {
  return { uEarthRadius: { value: radii.earth } }
}

/**
 * `worldPerPx(viewPoint)`: world units per CSS pixel at a view-space point's
 * depth, so a billboard sized in pixels keeps its size on screen at any zoom.
 * `uWorldPerPx` is the value at unit depth, set each frame from the camera.
 */
export const screenScaleGlsl = /* glsl */ `
  uniform float uWorldPerPx;

  float worldPerPx(vec3 viewPoint) {
    return uWorldPerPx * max(-viewPoint.z, 1e-4);
  }
`

export function screenScaleUniforms(): Record<'uWorldPerPx', IUniform<number>> {
  return { uWorldPerPx: { value: 0.001 } }
}

/**
 * The varyings of a billboard: its fragment's offset in CSS px from the
 * anchor, and the anchor's horizon margin.
 */
export const billboardVaryingsGlsl = /* glsl */ `
  varying vec2 vLocalPx;
  varying float vFacing;
`

/**
 * `horizonFade(margin)`: 0 behind the horizon, ramping to 1 just in front of
 * it so billboards fade in rather than pop. Fragment shaders.
 */
export const horizonFadeGlsl = /* glsl */ `
  float horizonFade(float margin) {
    return smoothstep(0.0, 0.04, margin);
  }
`
