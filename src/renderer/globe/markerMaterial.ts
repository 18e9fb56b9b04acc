import { Color, type ShaderMaterial } from 'three'
import { createBillboardMaterial } from './billboardMaterial'
import { MARKER_RADIUS_PX } from './dimensions'
import type { Theme } from '../../shared/settings/schema'
import { paletteFor } from '../theme/palette'
import { billboardVaryingsGlsl, horizonFadeGlsl, horizonMarginGlsl, screenScaleGlsl } from './shaderChunks'

/**
 * How far the quad reaches beyond the marker radius: room for the hover
 * growth, the selection ring, the chooser's ring and the comparison's dashes.
 */
export const MARKER_QUAD_SCALE = 3.4

/** Bits of the per-instance `aState` attribute. */
export const markerState = { hovered: 1, selected: 2 } as const

/** What the vertex shader hands each marker's fragments: its look, decoded once per vertex. */
const markerVaryingsGlsl = /* glsl */ `
  varying vec3 vFill;
  varying float vShape;
  varying float vHovered;
  varying float vSelected;
  varying float vDimmed;
  varying float vCompared;
  varying float vTop;
  varying float vFresh;
  varying float vApproximate;
`

const vertexShader = /* glsl */ `
  attribute vec3 aFill;
  attribute float aShape;
  attribute float aState;
  attribute float aEmphasis;
  uniform float uRadiusPx;
  uniform float uQuadScale;
  ${markerVaryingsGlsl}
  ${billboardVaryingsGlsl}
  ${horizonMarginGlsl}
  ${screenScaleGlsl}

  void main() {
    // Not on the globe at the time-lapse's year: no fragments at all (outside the clip volume).
    if (mod(floor(aEmphasis / 16.0), 2.0) > 0.5) {
      gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      return;
    }
    vec4 worldCenter = modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    vec3 viewCenter = (viewMatrix * worldCenter).xyz;
    vec3 up = normalize(worldCenter.xyz);
    vFacing = horizonMargin(worldCenter.xyz);

    // A billboard, flattened towards the limb only as much as keeps it legible:
    // the surface normal's screen direction is squashed, never to a sliver.
    vec3 viewUp = (viewMatrix * vec4(up, 0.0)).xyz;
    vec2 across = length(viewUp.xy) > 1e-4 ? normalize(viewUp.xy) : vec2(0.0, 1.0);
    vec2 along = vec2(across.y, -across.x); // along × across = +z: the quad stays front-facing
    float tilt = clamp(dot(viewUp, normalize(-viewCenter)), 0.0, 1.0);
    float squash = mix(0.55, 1.0, tilt);

    float halfPx = uRadiusPx * uQuadScale;
    vec2 localPx = position.xy * halfPx;
    vec2 offset = (localPx.x * along + localPx.y * squash * across) * worldPerPx(viewCenter);
    gl_Position = projectionMatrix * vec4(viewCenter + vec3(offset, 0.0), 1.0);

    vLocalPx = localPx;
    vFill = aFill;
    vShape = aShape;
    vHovered = mod(aState, 2.0);
    vSelected = step(1.5, aState);
    vDimmed = mod(aEmphasis, 2.0);
    vCompared = mod(floor(aEmphasis / 2.0), 2.0);
    vTop = mod(floor(aEmphasis / 4.0), 2.0);
    vApproximate = mod(floor(aEmphasis / 8.0), 2.0);
    vFresh = mod(floor(aEmphasis / 32.0), 2.0);
  }
`

const fragmentShader = /* glsl */ `
  uniform float uRadiusPx;
  uniform vec3 uHover;
  uniform vec3 uSelected;
  uniform vec3 uDimmed;
  uniform vec3 uTop;
  uniform vec3 uCompared;
  uniform vec3 uHalo;
  uniform vec3 uApproximate;
  uniform vec3 uFresh;
  uniform float uAppear;
  ${markerVaryingsGlsl}
  ${billboardVaryingsGlsl}
  ${horizonFadeGlsl}

  // 1 inside [inner, outer] (px from the centre), antialiased over aa px.
  float band(float r, float inner, float outer, float aa) {
    return smoothstep(inner - aa, inner + aa, r) * (1.0 - smoothstep(outer - aa, outer + aa, r));
  }

  void main() {
    float facing = horizonFade(vFacing);
    if (facing <= 0.0) discard;

    float r = length(vLocalPx);
    float aa = max(fwidth(r) * 0.75, 0.35);
    float radius = uRadiusPx * (1.0 + 0.35 * vHovered);
    float halo = 1.5;

    // Shapes (markerShapeCode): 0 disc, 1 ring, 2 half (upper half filled in a ring), 3 ring struck through.
    float isRing = step(0.5, vShape) * (1.0 - step(1.5, vShape));
    float isHalf = step(1.5, vShape) * (1.0 - step(2.5, vShape));
    float isStruck = step(2.5, vShape);
    float hollow = max(isRing, max(isHalf, isStruck));
    float hole = hollow * radius * (0.5 - 0.12 * (isHalf + isStruck));
    float ringPart = band(r, hole > 0.0 ? hole : -100.0, radius, aa);
    // "Up" is the quad's y, the surface normal's direction on screen.
    float upper = isHalf * smoothstep(-aa, aa, vLocalPx.y) * (1.0 - smoothstep(hole - aa, hole + aa, r));
    // The bar of a struck ring, from upper left to lower right.
    float bar = isStruck * (1.0 - smoothstep(1.2 - aa, 1.2 + aa, abs(vLocalPx.x + vLocalPx.y) * 0.7071)) *
      (1.0 - smoothstep(hole - aa, hole + aa, r));
    float shape = max(ringPart, max(upper, bar));
    float outline = max(band(r, hole > 0.0 ? hole - halo : -100.0, radius + halo, aa), max(upper, bar));
    float ring = vSelected * band(r, radius + 2.5, radius + 5.0, aa);
    float ringOutline = vSelected * band(r, radius + 1.0, radius + 6.5, aa);

    // The chooser's top three: a solid ring outside the selection ring.
    float topRing = vTop * band(r, radius + 6.5, radius + 9.0, aa);
    float topOutline = vTop * band(r, radius + 5.0, radius + 10.5, aa);

    // Compared regions: eight dashes, outside the top-three ring when there is one.
    float dashInner = radius + mix(6.5, 11.0, vTop);
    float angle = atan(vLocalPx.y, vLocalPx.x) / 6.2831853 + 0.5;
    float dashes = smoothstep(0.2, 0.3, fract(angle * 8.0)) * (1.0 - smoothstep(0.7, 0.8, fract(angle * 8.0)));
    float compareRing = vCompared * dashes * band(r, dashInner, dashInner + 2.5, aa);
    float compareOutline = vCompared * dashes * band(r, dashInner - 1.5, dashInner + 4.0, aa);

    // A placeholder location: a dotted ring close round the marker, "about here".
    float dots = smoothstep(0.3, 0.4, fract(angle * 12.0)) * (1.0 - smoothstep(0.6, 0.7, fract(angle * 12.0)));
    float approxRing = vApproximate * (1.0 - vSelected) * dots * band(r, radius + 2.0, radius + 3.5, aa);
    float approxOutline = vApproximate * (1.0 - vSelected) * dots * band(r, radius + 1.0, radius + 4.5, aa);

    // Outside the constraints: grey and faded, still there (brighter again under the pointer).
    vec3 fill = mix(vFill, uHover, vHovered);
    fill = mix(fill, uDimmed, vDimmed * 0.75 * (1.0 - vHovered));
    float fade = 1.0 - 0.45 * vDimmed * (1.0 - vHovered);

    vec3 color = uHalo;
    color = mix(color, fill, shape);
    color = mix(color, uSelected, ring);
    color = mix(color, uTop, topRing);
    color = mix(color, uCompared, compareRing);
    color = mix(color, uApproximate, approxRing);
    float mark = max(outline * 0.85, shape) * fade;
    float rings = max(
      max(max(max(ringOutline, topOutline), compareOutline), approxOutline * fade) * 0.85,
      max(max(max(ring, topRing), compareRing), approxRing * fade)
    );
    float alpha = max(mark, rings) * facing;

    // New at the time-lapse's year: a steady glow under the marker, and a ring that spreads
    // out and fades once as the year appears (uAppear 0 → 1; at 1 at once with reduced motion).
    float glow = vFresh * (1.0 - smoothstep(radius + 1.0, radius + 12.0, r)) * 0.7;
    float pulseR = radius + 3.0 + 13.0 * uAppear;
    float pulse = vFresh * (1.0 - uAppear) * band(r, pulseR - 1.5, pulseR + 1.5, aa);
    float under = max(glow, pulse) * facing;
    float outAlpha = alpha + under * (1.0 - alpha);
    if (outAlpha < 0.01) discard;
    color = (color * alpha + uFresh * under * (1.0 - alpha)) / outAlpha;

    gl_FragColor = vec4(color, outAlpha);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`

/**
 * Region markers as one instanced quad each, facing the viewer and tilted
 * with the surface towards the limb: a filled
 * disc, a ring where the region is announced (or, coloured by price, has
 * no price index), a half-filled disc where an outage is reported and a ring
 * struck through where the region is reported out of service — shape, not
 * only colour, tells them apart. A dotted ring marks a placeholder location.
 * All in the one draw call. The fill colour
 * is per instance (status or price bin, see markerAttributes.ts). Larger and
 * brighter when hovered; an outer ring when selected, a solid wider ring for
 * the chooser's top three, dashes for compared regions; grey and faded when
 * outside the user's constraints; a glow (and, as the year appears, a
 * spreading ring) when new at the time-lapse's year; nothing at all when not
 * yet on the globe at that year. A dark outline keeps them legible on land
 * and ocean.
 */
export function createMarkerMaterial(theme: Theme = 'dark'): ShaderMaterial {
  const palette = paletteFor(theme)
  return createBillboardMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      uRadiusPx: { value: MARKER_RADIUS_PX },
      uQuadScale: { value: MARKER_QUAD_SCALE },
      uHover: { value: new Color(palette.regionHover) },
      uSelected: { value: new Color(palette.regionSelected) },
      uDimmed: { value: new Color(palette.regionDimmed) },
      uTop: { value: new Color(palette.chooserTop) },
      uCompared: { value: new Color(palette.compared) },
      uHalo: { value: new Color(palette.markerOutline) },
      uApproximate: { value: new Color(palette.regionApproximate) },
      uFresh: { value: new Color(palette.regionNew) },
      uAppear: { value: 1 },
    },
  })
}

/** The theme's colours for the marks every marker may carry (a change of theme; the fills are per instance). */
export function applyMarkerColours(material: ShaderMaterial, theme: Theme): void {
  const palette = paletteFor(theme)
  const colours: Record<string, string> = {
    uHover: palette.regionHover,
    uSelected: palette.regionSelected,
    uDimmed: palette.regionDimmed,
    uTop: palette.chooserTop,
    uCompared: palette.compared,
    uHalo: palette.markerOutline,
  }
  for (const [name, colour] of Object.entries(colours)) (material.uniforms[name]?.value as Color | undefined)?.set(colour)
}
