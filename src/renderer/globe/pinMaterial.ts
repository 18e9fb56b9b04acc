import { Color, Vector4, type ShaderMaterial } from 'three'
import { createBillboardMaterial } from './billboardMaterial'
import type { Theme } from '../../shared/settings/schema'
import { paletteFor } from '../theme/palette'
import { billboardVaryingsGlsl, horizonFadeGlsl, horizonMarginGlsl, screenScaleGlsl } from './shaderChunks'

/** The pin's size in CSS px: head radius, and the head's centre above the point it marks. */
export const PIN_HEAD_RADIUS_PX = 8
export const PIN_HEAD_HEIGHT_PX = 22

/** The quad around the pin and its ground ring, CSS px from the anchor. */
const QUAD = { halfWidth: 14, below: 12, above: 34 } as const

const vertexShader = /* glsl */ `
  uniform vec4 uQuad; // half width, below, above, unused
  ${billboardVaryingsGlsl}
  ${horizonMarginGlsl}
  ${screenScaleGlsl}

  void main() {
    vec4 worldAnchor = modelMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    vec3 viewAnchor = (viewMatrix * worldAnchor).xyz;
    vFacing = horizonMargin(worldAnchor.xyz);

    // Upright on screen, like a map pin, whatever the globe's tilt; constant size at any zoom.
    vec2 localPx = vec2(position.x * uQuad.x, mix(-uQuad.y, uQuad.z, position.y * 0.5 + 0.5));
    gl_Position = projectionMatrix * vec4(viewAnchor + vec3(localPx * worldPerPx(viewAnchor), 0.0), 1.0);
    vLocalPx = localPx;
  }
`

const fragmentShader = /* glsl */ `
  uniform float uHeadRadius;
  uniform float uHeadHeight;
  uniform vec3 uPin;
  uniform vec3 uDot;
  uniform vec3 uHalo;
  ${billboardVaryingsGlsl}
  ${horizonFadeGlsl}

  // Signed distance to an isosceles triangle with its apex at the origin and base (±q.x, q.y) (Inigo Quilez).
  float triangle(vec2 p, vec2 q) {
    p.x = abs(p.x);
    vec2 a = p - q * clamp(dot(p, q) / dot(q, q), 0.0, 1.0);
    vec2 b = p - q * vec2(clamp(p.x / q.x, 0.0, 1.0), 1.0);
    float s = -sign(q.y);
    vec2 d = min(vec2(dot(a, a), s * (p.x * q.y - p.y * q.x)), vec2(dot(b, b), s * (p.y - q.y)));
    return -sqrt(d.x) * sign(d.y);
  }

  void main() {
    float facing = horizonFade(vFacing);
    if (facing <= 0.0) discard;
    vec2 p = vLocalPx;
    vec2 head = vec2(0.0, uHeadHeight);
    float body = min(
      length(p - head) - uHeadRadius,
      triangle(p, vec2(uHeadRadius * 0.78, uHeadHeight))
    );
    float aa = 0.75;
    float fill = 1.0 - smoothstep(-aa, aa, body);
    float outline = 1.0 - smoothstep(-aa, aa, body - 1.6);
    float centre = 1.0 - smoothstep(-aa, aa, length(p - head) - uHeadRadius * 0.42);

    // A ring on the ground around the marked point, flattened like the ground seen at an angle.
    float ground = length(p * vec2(1.0, 2.2));
    float ring = (1.0 - smoothstep(1.0, 2.0, abs(ground - 9.0))) * (1.0 - outline);

    vec3 color = mix(uPin, uHalo, 1.0 - fill);
    color = mix(color, uDot, centre);
    color = mix(color, uPin, ring);
    float alpha = max(max(fill, outline * 0.9), ring * 0.8) * facing;
    if (alpha < 0.01) discard;
    gl_FragColor = vec4(color, alpha);
    #include <colorspace_fragment>
  }
`

/**
 * The user's location as a map pin: a magenta teardrop with a light centre
 * and a dark outline (colours: applyPinColours), standing upright on screen with its tip on the place,
 * and a ring on the ground around it. Shape and colour both set it apart
 * from the round region markers. One quad, one draw call.
 */
export function createPinMaterial(): ShaderMaterial {
  return createBillboardMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      uQuad: { value: new Vector4(QUAD.halfWidth, QUAD.below, QUAD.above, 0) },
      uHeadRadius: { value: PIN_HEAD_RADIUS_PX },
      uHeadHeight: { value: PIN_HEAD_HEIGHT_PX },
      uPin: { value: new Color() },
      uDot: { value: new Color() },
      uHalo: { value: new Color() },
    },
  })
}

/** The pin in the theme's colours. */
export function applyPinColours(material: ShaderMaterial, theme: Theme): void {
  const palette = paletteFor(theme)
  ;(material.uniforms.uPin?.value as Color | undefined)?.set(palette.userPin)
  ;(material.uniforms.uDot?.value as Color | undefined)?.set(palette.pinDot)
  ;(material.uniforms.uHalo?.value as Color | undefined)?.set(palette.markerOutline)
}
