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
 * `segmentCorner(clipStart, clipEnd, corner, reach)`: a corner of the
 * screen-space quad drawn for a line segment, in clip space. `corner.x` picks
 * the end (0 the start, 1 the end), `corner.y` the side (-1 or 1), and the
 * corner stands `reach` drawing-buffer px off the segment, square to it on
 * screen, whatever the segment's depth. `uResolution` is the drawing buffer's
 * size in px. The network, the arcs and the world's lines are all drawn so.
 */
export const segmentCornerGlsl = /* glsl */ `
  uniform vec2 uResolution;

  vec4 segmentCorner(vec4 clipStart, vec4 clipEnd, vec2 corner, float reach) {
    vec2 halfSize = 0.5 * uResolution;
    vec2 direction = (clipEnd.xy / clipEnd.w - clipStart.xy / clipStart.w) * halfSize;
    float length2 = dot(direction, direction);
    direction = length2 > 1e-10 ? direction * inversesqrt(length2) : vec2(1.0, 0.0);
    vec2 normal = vec2(-direction.y, direction.x);
    vec4 clip = corner.x < 0.5 ? clipStart : clipEnd;
    clip.xy += normal * (corner.y * reach) / halfSize * clip.w;
    return clip;
  }
`

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
