import { Color, type ShaderMaterial } from 'three'
import { PLUS_ARM } from '../legend/markShapes'
import { palette } from '../theme/palette'
import { createBillboardMaterial } from './billboardMaterial'
import { billboardVaryingsGlsl, horizonFadeGlsl, horizonMarginGlsl, screenScaleGlsl } from './shaderChunks'

/** Half the side of each mark's quad, CSS px: room for the largest mark grown on hover, its ring and an offset. */
export const PLACE_QUAD_PX = 20

/** Bits of the per-instance `aState` attribute. */
export const placeState = { hovered: 1, selected: 2 } as const

const varyings = /* glsl */ `
  varying vec3 vColor;
  varying float vShape;
  varying float vRadius;
  varying float vHollow;
  varying float vHovered;
  varying float vSelected;
  varying vec2 vOffset;
`

const vertexShader = /* glsl */ `
  attribute vec3 aColor;
  attribute float aShape;
  attribute float aRadius;
  attribute float aHollow;
  attribute float aState;
  attribute vec2 aOffset;
  attribute float aShown;
  uniform float uQuadPx;
  ${varyings}
  ${billboardVaryingsGlsl}
  ${horizonMarginGlsl}
  ${screenScaleGlsl}

  void main() {
    vec4 worldCenter = modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    vec3 viewCenter = (viewMatrix * worldCenter).xyz;
    // A hidden mark (its layer's switch is off) is given no fragments at all.
    vFacing = aShown > 0.5 ? horizonMargin(worldCenter.xyz) : -1.0;
    // Upright on screen at a constant size, like the labels: the shapes stay recognisable near the limb.
    vec2 localPx = position.xy * uQuadPx + aOffset;
    gl_Position = aShown > 0.5 ? projectionMatrix * vec4(viewCenter + vec3(localPx * worldPerPx(viewCenter), 0.0), 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    vLocalPx = localPx;
    vOffset = aOffset;
    vColor = aColor;
    vShape = aShape;
    vRadius = aRadius;
    vHollow = aHollow;
    vHovered = mod(aState, 2.0);
    vSelected = step(1.5, aState);
  }
`

const fragmentShader = /* glsl */ `
  uniform vec3 uHover;
  uniform vec3 uSelected;
  uniform vec3 uHalo;
  ${varyings}
  ${billboardVaryingsGlsl}
  ${horizonFadeGlsl}

  float box(vec2 p, vec2 b) {
    vec2 d = abs(p) - b;
    return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
  }

  // Signed distance (px) to the shape of radius r: 0 triangle, 1 diamond, 2 square, 3 plus (legend/markShapes.ts).
  float shape(vec2 p, float kind, float r) {
    if (kind < 0.5) {
      // Equilateral, apex up, centroid on the centre (Inigo Quilez); h is half a side.
      float h = r * 0.8660254;
      const float k = 1.7320508;
      p.x = abs(p.x) - h;
      p.y = p.y + h / k;
      if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
      p.x -= clamp(p.x, -2.0 * h, 0.0);
      return -length(p) * sign(p.y);
    }
    if (kind < 1.5) return (abs(p.x) + abs(p.y) - r) * 0.7071068;
    if (kind < 2.5) return box(p, vec2(r * 0.8));
    float a = r * ${PLUS_ARM.toFixed(3)};
    return min(box(p, vec2(r, a)), box(p, vec2(a, r)));
  }

  void main() {
    float facing = horizonFade(vFacing);
    if (facing <= 0.0) discard;
    vec2 p = vLocalPx - vOffset;
    float r = vRadius * (1.0 + 0.35 * vHovered);
    float d = shape(p, vShape, r);
    float aa = 0.75;
    // An outline mark (unconfirmed) is a 2.2 px band along the shape's edge.
    float body = mix(d, abs(d + 1.1) - 1.1, vHollow);
    float fill = 1.0 - smoothstep(-aa, aa, body);
    float halo = 1.0 - smoothstep(-aa, aa, body - 1.4);
    float ring = vSelected * (1.0 - smoothstep(-aa, aa, abs(d - 3.5) - 1.1));
    float ringHalo = vSelected * (1.0 - smoothstep(-aa, aa, abs(d - 3.5) - 2.4));

    vec3 fillColour = mix(vColor, uHover, 0.6 * vHovered);
    vec3 color = mix(uHalo, fillColour, fill);
    color = mix(color, uSelected, ring);
    float alpha = max(max(fill, halo * 0.85), max(ring, ringHalo * 0.8)) * facing;
    if (alpha < 0.01) discard;
    gl_FragColor = vec4(color, alpha);
    #include <colorspace_fragment>
  }
`

/**
 * Edge and zone marks as one instanced quad each, upright on screen at a
 * constant size: a triangle, diamond, square or plus per instance (the kinds
 * differ by shape as well as colour), filled, or an outline where the item
 * is unconfirmed; larger and paler when hovered, ringed when selected, with
 * a dark edge that keeps them legible on land and ocean. `aOffset` (px)
 * moves a mark aside where it would sit on another kind's.
 */
export function createPlaceMaterial(): ShaderMaterial {
  return createBillboardMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      uQuadPx: { value: PLACE_QUAD_PX },
      uHover: { value: new Color(palette.placeHover) },
      uSelected: { value: new Color(palette.regionSelected) },
      uHalo: { value: new Color(palette.labelHalo) },
    },
  })
}
