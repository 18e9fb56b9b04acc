import { Color, DoubleSide, ShaderMaterial, Vector2 } from 'three'
import { horizonMarginGlsl, horizonMarginUniforms, segmentCornerGlsl } from './shaderChunks'

/** How a segment is drawn (the per-instance `aStyle` attribute). */
export const arcStyle = {
  solid: 0,
  /** Even dashes: a link without a measurement. */
  dashed: 1,
  /** Dashes that brighten towards their head, so the direction of travel shows even when they stand still. */
  directed: 2,
} as const

/** No region: the value of `uHovered` / `uSelected` and of `aEnds` components that name none. */
export const NO_REGION = -1

// From the vertex to the fragment shader.
const varyings = /* glsl */ `
  varying vec3 vColor;
  varying float vAlpha;
  varying float vAcross;
  varying float vHalfWidth;
  varying float vProgress;
  varying float vStyle;
`

const vertexShader = /* glsl */ `
  attribute vec3 aStart;
  attribute vec3 aEnd;
  attribute vec2 aProgress;
  attribute vec3 aColor;
  attribute vec2 aEnds;
  attribute float aStyle;
  uniform float uWidthPx;
  uniform float uHighlightWidthPx;
  uniform float uHovered;
  uniform float uSelected;
  uniform float uBaseAlpha;
  uniform float uDimAlpha;
  uniform vec3 uHighlightColor;
  uniform float uHighlightMix;
  ${varyings}
  ${horizonMarginGlsl}
  ${segmentCornerGlsl}

  // 1 when this segment's arc ends at the region with that index.
  float endsAt(float region) {
    if (region < 0.0) return 0.0;
    return max(step(abs(aEnds.x - region), 0.5), step(abs(aEnds.y - region), 0.5));
  }

  // Moves the end of a segment that lies behind the near plane onto it, so the screen direction stays right.
  void trimToNear(vec4 kept, inout vec4 moved, float planeZ) {
    moved.xyz = mix(kept.xyz, moved.xyz, (planeZ - kept.z) / (moved.z - kept.z));
  }

  void main() {
    float lit = max(endsAt(uHovered), endsAt(uSelected));
    float anyLit = step(0.0, max(uHovered, uSelected));
    float halfWidth = 0.5 * mix(uWidthPx, uHighlightWidthPx, lit);
    vAlpha = lit > 0.5 ? 1.0 : mix(uBaseAlpha, uDimAlpha, anyLit);
    vColor = mix(aColor, uHighlightColor, lit * uHighlightMix);

    // Parts of arcs beyond the limb (lifted over the far side) fade out: the far side's arcs
    // would otherwise ring the globe.
    vec3 world = (modelMatrix * vec4(position.x < 0.5 ? aStart : aEnd, 1.0)).xyz;
    vAlpha *= smoothstep(-0.12, 0.0, horizonMargin(world));

    vec4 start = modelViewMatrix * vec4(aStart, 1.0);
    vec4 end = modelViewMatrix * vec4(aEnd, 1.0);
    // The near plane in view space (perspective camera), a hair inside so w stays positive.
    float planeZ = -1.001 * projectionMatrix[3][2] / (projectionMatrix[2][2] - 1.0);
    if (start.z > planeZ && end.z <= planeZ) trimToNear(end, start, planeZ);
    else if (end.z > planeZ && start.z <= planeZ) trimToNear(start, end, planeZ);

    vec4 clipStart = projectionMatrix * start;
    vec4 clipEnd = projectionMatrix * end;
    // One px beyond the line on each side for the antialiased edge.
    float reach = halfWidth + 1.0;
    gl_Position = segmentCorner(clipStart, clipEnd, position.xy, reach);

    vAcross = position.y * reach;
    vHalfWidth = halfWidth;
    vProgress = position.x < 0.5 ? aProgress.x : aProgress.y;
    vStyle = aStyle;
  }
`

const fragmentShader = /* glsl */ `
  uniform float uDashWorld;
  uniform float uTime;
  uniform float uFlowSpeed;
  ${varyings}

  void main() {
    float alpha = vAlpha * clamp(vHalfWidth + 0.5 - abs(vAcross), 0.0, 1.0);
    if (vStyle > 0.5) {
      // Dash periods along the arc; time moves the pattern towards the far end.
      float phase = vProgress / uDashWorld - uTime * uFlowSpeed;
      float f = fract(phase);
      float aa = clamp(fwidth(phase), 1e-4, 0.25);
      if (vStyle < 1.5) {
        alpha *= smoothstep(0.0, aa, f) * (1.0 - smoothstep(0.55 - aa, 0.55, f));
      } else {
        float head = 0.72;
        alpha *= smoothstep(0.0, aa, f) * (1.0 - smoothstep(head - aa, head, f)) * mix(0.3, 1.0, f / head);
      }
    }
    if (alpha < 0.01) discard;
    gl_FragColor = vec4(vColor, alpha);
    #include <colorspace_fragment>
  }
`

export interface ArcMaterialOptions {
  /** Line width in CSS px. */
  widthPx: number
  /** Width of the arcs of the hovered or selected region. */
  highlightWidthPx: number
  /** Opacity with nothing highlighted, and of the other arcs while some are. */
  baseAlpha: number
  dimAlpha: number
  /** Colour highlighted arcs move towards, and by how much (0 keeps their own). */
  highlightColor: string
  highlightMix: number
}

/**
 * Arcs as screen-space ribbons: each segment of every arc is a quad
 * (arcGeometry.ts) that the vertex shader turns into a line of constant pixel
 * width (WebGL lines are one pixel wide), so a whole layer is one draw call. The
 * arcs of the hovered and selected regions (per-segment `aEnds` against
 * two uniforms) are drawn wider and brighter while the others dim, with no
 * attribute upload on hover. Depth-tested against the Earth, so the far side
 * hides the arcs behind it.
 */
export function createArcMaterial(options: ArcMaterialOptions): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    depthTest: true,
    depthWrite: false,
    side: DoubleSide,
    uniforms: {
      ...horizonMarginUniforms(),
      uResolution: { value: new Vector2(1, 1) },
      uWidthPx: { value: options.widthPx },
      uHighlightWidthPx: { value: options.highlightWidthPx },
      uHovered: { value: NO_REGION },
      uSelected: { value: NO_REGION },
      uBaseAlpha: { value: options.baseAlpha },
      uDimAlpha: { value: options.dimAlpha },
      uHighlightColor: { value: new Color(options.highlightColor) },
      uHighlightMix: { value: options.highlightMix },
      uDashWorld: { value: 0.02 },
      uTime: { value: 0 },
      uFlowSpeed: { value: 0 },
    },
  })
}
