import {
  BufferAttribute,
  BufferGeometry,
  Color,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Mesh,
  ShaderMaterial,
  Vector2,
  type ColorRepresentation,
  type WebGLRenderer,
} from 'three'
import { horizonMarginGlsl, horizonMarginUniforms, segmentCornerGlsl } from './shaderChunks'

/** One group of lines of a layer, drawn in its own colour and width. */
export interface ScreenLineGroup {
  /** Segment endpoints, x, y, z pairs (see sphereSegments). */
  positions: Float32Array
  color: ColorRepresentation
  /** Width on screen in CSS px (an export scales it with its size). */
  widthPx: number
  /** 0–1; 1 unless given. */
  opacity?: number
}

/** The look of a group that a theme change sets (a uniform change: no buffer is uploaded). */
export type ScreenLineStyle = Pick<ScreenLineGroup, 'color' | 'opacity'>

export type ScreenLines = Mesh<BufferGeometry, ShaderMaterial>

/** Groups one layer draws in its single draw call. */
export type ScreenLineGroups = readonly [ScreenLineGroup] | readonly [ScreenLineGroup, ScreenLineGroup]

// Uniform names ending in `WidthPx` are CSS px widths: the export scales every one of them with its size.
const vertexShader = /* glsl */ `
  attribute vec3 aStart;
  attribute vec3 aEnd;
  uniform float uPixelRatio;
  uniform float uWidthPx;
  uniform float uSecondWidthPx;
  uniform float uSecondFrom;
  varying float vAcross;
  varying float vHalfWidth;
  varying float vFacing;
  varying float vSecond;
  ${horizonMarginGlsl}
  ${segmentCornerGlsl}

  void main() {
    // Four vertices per segment; the vertex's place in its quad says which end and which side it is.
    int corner = gl_VertexID % 4;
    vec2 quad = vec2(corner == 1 || corner == 2 ? 1.0 : 0.0, corner < 2 ? -1.0 : 1.0);
    // The groups lie one after the other in the segments: no attribute tells them apart.
    float second = step(uSecondFrom, float(gl_VertexID / 4));
    float halfWidth = 0.5 * mix(uWidthPx, uSecondWidthPx, second) * uPixelRatio;
    float facingStart = horizonMargin((modelMatrix * vec4(aStart, 1.0)).xyz);
    float facingEnd = horizonMargin((modelMatrix * vec4(aEnd, 1.0)).xyz);
    // A segment wholly beyond the horizon collapses to a point outside the view: no fragment is shaded for it.
    if (max(facingStart, facingEnd) < 0.0) {
      gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      return;
    }
    vFacing = quad.x < 0.5 ? facingStart : facingEnd;

    // Matrix times vector twice, never matrix times matrix: tens of thousands of segments per frame.
    vec4 clipStart = projectionMatrix * (modelViewMatrix * vec4(aStart, 1.0));
    vec4 clipEnd = projectionMatrix * (modelViewMatrix * vec4(aEnd, 1.0));
    // One drawing-buffer px beyond the line on each side for the antialiased edge.
    float reach = halfWidth + 1.0;
    gl_Position = segmentCorner(clipStart, clipEnd, quad, reach);
    vAcross = quad.y * reach;
    vHalfWidth = halfWidth;
    vSecond = second;
  }
`

const fragmentShader = /* glsl */ `
  uniform vec3 uColor;
  uniform vec3 uSecondColor;
  uniform float uOpacity;
  uniform float uSecondOpacity;
  varying float vAcross;
  varying float vHalfWidth;
  varying float vFacing;
  varying float vSecond;

  void main() {
    // Beyond the horizon: hidden, as the Earth's depth hides the rest of the far side.
    if (vFacing < 0.0) discard;
    float coverage = clamp(vHalfWidth + 0.5 - abs(vAcross), 0.0, 1.0);
    float alpha = coverage * mix(uOpacity, uSecondOpacity, vSecond);
    if (alpha < 0.01) discard;
    gl_FragColor = vec4(mix(uColor, uSecondColor, vSecond), alpha);
    #include <colorspace_fragment>
  }
`

/**
 * Lines of a constant width in CSS px on screen, however many device
 * pixels that takes: WebGL lines are one device pixel wide, too thin for
 * a projector and hairlines in a 4K export. Each segment is a quad of four
 * vertices that the vertex shader widens along the segment's screen-space
 * normal, so a layer of up to two groups (borders and coastlines) is one
 * draw call, with no buffer upload after it is built: a theme change is a
 * uniform change. The quads are plain vertices, not instances: software
 * renderers (SwiftShader) draw each instance as a draw of its own, which
 * for tens of thousands of segments cost seconds in a 4K export. The width
 * follows the buffer drawn into (onBeforeRender), so the adaptive
 * resolution's lower pixel ratio while moving keeps the CSS width, and an
 * export's target, with the width the export scaled, keeps the screen's
 * picture. Depth-tested against the Earth; beyond the horizon discarded.
 */
export function createScreenLines(groups: ScreenLineGroups, name: string): ScreenLines {
  const [first, second] = groups
  const positions = second ? concat(first.positions, second.positions) : first.positions
  const geometry = new BufferGeometry()
  const { vertices, index } = segmentQuads(positions)
  const buffer = new InterleavedBuffer(vertices, 6)
  geometry.setAttribute('aStart', new InterleavedBufferAttribute(buffer, 3, 0))
  geometry.setAttribute('aEnd', new InterleavedBufferAttribute(buffer, 3, 3))
  const indices = new BufferAttribute(index, 1)
  geometry.setIndex(indices)
  // Several MB for the coastlines that the GPU holds from the first draw on and nothing reads again.
  buffer.onUpload(releaseArray)
  indices.onUpload(releaseArray)
  const material = new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    depthTest: true,
    depthWrite: false,
    uniforms: {
      ...horizonMarginUniforms(),
      uResolution: { value: new Vector2(1, 1) },
      uPixelRatio: { value: 1 },
      uWidthPx: { value: first.widthPx },
      uSecondWidthPx: { value: second?.widthPx ?? first.widthPx },
      // Past the last instance when there is one group.
      uSecondFrom: { value: first.positions.length / 6 },
      uColor: { value: new Color(first.color) },
      uSecondColor: { value: new Color(second?.color ?? first.color) },
      uOpacity: { value: first.opacity ?? 1 },
      uSecondOpacity: { value: second?.opacity ?? first.opacity ?? 1 },
    },
  })
  const lines = new Mesh(geometry, material)
  lines.name = name
  // The quad's own positions say nothing of where the segments lie.
  lines.frustumCulled = false
  lines.onBeforeRender = (renderer) => followDrawingBuffer(material, renderer)
  return lines
}

const scratch = new Vector2()

/**
 * Sets the resolution and pixel ratio of the buffer about to be drawn into:
 * the canvas at the ratio of this frame, or an export's target, whose
 * pixels the export has already scaled the CSS widths to (ratio 1).
 */
export function followDrawingBuffer(material: ShaderMaterial, renderer: Pick<WebGLRenderer, 'getRenderTarget' | 'getDrawingBufferSize' | 'getPixelRatio'>): void {
  const { uResolution, uPixelRatio } = material.uniforms
  if (!uResolution || !uPixelRatio) return
  const target = renderer.getRenderTarget()
  if (target) {
    ;(uResolution.value as Vector2).set(target.width, target.height)
    uPixelRatio.value = 1
  } else {
    ;(uResolution.value as Vector2).copy(renderer.getDrawingBufferSize(scratch))
    uPixelRatio.value = renderer.getPixelRatio()
  }
}

/** Gives group `index` (0 or 1) a new colour and opacity, without touching a buffer. */
export function restyleScreenLines(lines: ScreenLines, index: 0 | 1, style: ScreenLineStyle): void {
  const uniforms = lines.material.uniforms
  const colour = index === 0 ? uniforms.uColor : uniforms.uSecondColor
  const opacity = index === 0 ? uniforms.uOpacity : uniforms.uSecondOpacity
  ;(colour?.value as Color | undefined)?.set(style.color)
  if (opacity) opacity.value = style.opacity ?? 1
}

export function disposeScreenLines(lines: ScreenLines): void {
  lines.geometry.dispose()
  lines.material.dispose()
}

/**
 * Four vertices per segment, each holding both ends (x, y, z, x, y, z), and
 * two triangles per quad: 0 and 3 at the start, 1 and 2 at the end, 0 and 1
 * on one side. `positions` holds the segments' ends as sphereSegments gives them.
 */
export function segmentQuads(positions: Float32Array): { vertices: Float32Array; index: Uint32Array } {
  const count = Math.floor(positions.length / 6)
  const vertices = new Float32Array(count * 24)
  const index = new Uint32Array(count * 6)
  for (let s = 0; s < count; s++) {
    for (let corner = 0; corner < 4; corner++) {
      for (let k = 0; k < 6; k++) vertices[s * 24 + corner * 6 + k] = positions[s * 6 + k] as number
    }
    const base = s * 4
    const i = s * 6
    index[i] = base
    index[i + 1] = base + 1
    index[i + 2] = base + 2
    index[i + 3] = base
    index[i + 4] = base + 2
    index[i + 5] = base + 3
  }
  return { vertices, index }
}

function releaseArray(this: { array: unknown }): void {
  this.array = null
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}
