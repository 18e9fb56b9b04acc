import { Color, type ShaderMaterial } from 'three'
import { createBillboardMaterial } from './billboardMaterial'
import { MARKER_RADIUS_PX } from './dimensions'
import { palette } from './palette'
import { billboardVaryingsGlsl, horizonFadeGlsl, horizonMarginGlsl, screenScaleGlsl } from './shaderChunks'

/** How far the quad reaches beyond the marker radius: room for the hover growth and the selection ring. */
export const MARKER_QUAD_SCALE = 2.4

/** Bits of the per-instance `aState` attribute. */
export const markerState = { hovered: 1, selected: 2 } as const

const vertexShader = /* glsl */ `
  attribute float aAnnounced;
  attribute float aState;
  uniform float uRadiusPx;
  uniform float uQuadScale;
  varying float vAnnounced;
  varying float vHovered;
  varying float vSelected;
  ${billboardVaryingsGlsl}
  ${horizonMarginGlsl}
  ${screenScaleGlsl}

  void main() {
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
    vAnnounced = aAnnounced;
    vHovered = mod(aState, 2.0);
    vSelected = step(1.5, aState);
  }
`

const fragmentShader = /* glsl */ `
  uniform float uRadiusPx;
  uniform vec3 uAvailable;
  uniform vec3 uAnnounced;
  uniform vec3 uHover;
  uniform vec3 uSelected;
  uniform vec3 uHalo;
  varying float vAnnounced;
  varying float vHovered;
  varying float vSelected;
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
    float hole = vAnnounced * radius * 0.5;
    float halo = 1.5;

    float shape = band(r, hole > 0.0 ? hole : -100.0, radius, aa);
    float outline = band(r, hole > 0.0 ? hole - halo : -100.0, radius + halo, aa);
    float ring = vSelected * band(r, radius + 2.5, radius + 5.0, aa);
    float ringOutline = vSelected * band(r, radius + 1.0, radius + 6.5, aa);

    vec3 fill = mix(mix(uAvailable, uAnnounced, vAnnounced), uHover, vHovered);
    vec3 color = uHalo;
    color = mix(color, fill, shape);
    color = mix(color, uSelected, ring);
    float alpha = max(max(outline, ringOutline) * 0.85, max(shape, ring)) * facing;
    if (alpha < 0.01) discard;

    gl_FragColor = vec4(color, alpha);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`

/**
 * Region markers as one instanced quad each, facing the viewer and tilted
 * with the surface towards the limb: a filled
 * disc for an available region, a ring for an announced one (shape, not only
 * colour, tells them apart), larger and brighter when hovered, with an outer
 * ring when selected. A dark outline keeps them legible on land and ocean.
 */
export function createMarkerMaterial(): ShaderMaterial {
  return createBillboardMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      uRadiusPx: { value: MARKER_RADIUS_PX },
      uQuadScale: { value: MARKER_QUAD_SCALE },
      uAvailable: { value: new Color(palette.regionAvailable) },
      uAnnounced: { value: new Color(palette.regionAnnounced) },
      uHover: { value: new Color(palette.regionHover) },
      uSelected: { value: new Color(palette.regionSelected) },
      uHalo: { value: new Color(palette.labelHalo) },
    },
  })
}
