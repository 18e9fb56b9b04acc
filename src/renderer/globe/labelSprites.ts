import {
  BufferAttribute,
  CustomBlending,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  Mesh,
  OneFactor,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  Vector2,
  type Texture,
  type WebGLRenderer,
} from 'three'
import type { AtlasCell } from './labelAtlas'

/** What the export leaves out of its render: it draws the labels itself, at its own scale (export/drawLabels.ts). */
export const SCREEN_ONLY = 'screenOnly'

/** Drawn after every layer: labels lie over the globe as the HTML labels did. */
const LABEL_RENDER_ORDER = 1000

const vertexShader = /* glsl */ `
  attribute vec3 aAnchor;
  /** Top-left corner from the anchor (x right, y down) and size, CSS px. */
  attribute vec4 aBox;
  /** Atlas rectangle: u0, v0, u1, v1 (v down). */
  attribute vec4 aUv;
  attribute float aOpacity;
  uniform vec2 uResolution;
  uniform float uPixelRatio;
  varying vec2 vUv;
  varying float vOpacity;

  void main() {
    if (aOpacity <= 0.0) {
      gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      return;
    }
    vec4 clip = projectionMatrix * viewMatrix * modelMatrix * vec4(aAnchor, 1.0);
    vec2 ndc = clip.xy / clip.w;
    // Device px from the top-left, on whole pixels, so each texel of the atlas meets one pixel.
    vec2 anchorPx = floor(vec2(ndc.x + 1.0, 1.0 - ndc.y) * 0.5 * uResolution + 0.5);
    vec2 corner = position.xy;
    vec2 px = anchorPx + floor(aBox.xy * uPixelRatio + 0.5) + corner * floor(aBox.zw * uPixelRatio + 0.5);
    gl_Position = vec4(px.x / uResolution.x * 2.0 - 1.0, 1.0 - px.y / uResolution.y * 2.0, 0.0, 1.0);
    vUv = mix(aUv.xy, aUv.zw, corner);
    vOpacity = aOpacity;
  }
`

const fragmentShader = /* glsl */ `
  uniform sampler2D uAtlas;
  varying vec2 vUv;
  varying float vOpacity;

  void main() {
    // Premultiplied texels: the fade scales colour and coverage together.
    gl_FragColor = texture2D(uAtlas, vUv) * vOpacity;
  }
`

const scratch = new Vector2()

/**
 * Text quads in screen space, one instance per line of a label, all in one
 * draw call: each anchored to a point of the scene in the vertex shader (so
 * a turn moves them with no work on the main thread), placed beside it by
 * a box in CSS px and textured from the label atlas. The boxes, atlas cells
 * and opacities are written only when the de-clutter pass changes them.
 */
export class LabelSprites {
  readonly mesh: Mesh<InstancedBufferGeometry, ShaderMaterial>
  private anchor = new InstancedBufferAttribute(new Float32Array(0), 3)
  private box = new InstancedBufferAttribute(new Float32Array(0), 4)
  private uv = new InstancedBufferAttribute(new Float32Array(0), 4)
  private opacity = new InstancedBufferAttribute(new Float32Array(0), 1)
  private dirty = false

  constructor() {
    const geometry = new InstancedBufferGeometry()
    geometry.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0]), 3))
    geometry.setIndex([0, 2, 1, 1, 2, 3])
    const material = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: {
        uAtlas: { value: null },
        uResolution: { value: new Vector2(1, 1) },
        uPixelRatio: { value: 1 },
      },
      transparent: true,
      depthTest: false,
      depthWrite: false,
      blending: CustomBlending,
      blendSrc: OneFactor,
      blendDst: OneMinusSrcAlphaFactor,
      blendSrcAlpha: OneFactor,
      blendDstAlpha: OneMinusSrcAlphaFactor,
    })
    this.mesh = new Mesh(geometry, material)
    this.mesh.name = 'labels'
    this.mesh.userData[SCREEN_ONLY] = true
    this.mesh.frustumCulled = false
    this.mesh.renderOrder = LABEL_RENDER_ORDER
    this.mesh.onBeforeRender = (renderer: WebGLRenderer) => {
      // The canvas, or the frame at rest's target of the same size: both at the frame's pixel ratio.
      ;(material.uniforms.uResolution?.value as Vector2).copy(renderer.getDrawingBufferSize(scratch))
      const ratio = material.uniforms.uPixelRatio
      if (ratio) ratio.value = renderer.getPixelRatio()
    }
    this.resize(0)
  }

  /** Room for `count` lines, all hidden. */
  resize(count: number): void {
    const geometry = this.mesh.geometry
    this.anchor = new InstancedBufferAttribute(new Float32Array(count * 3), 3)
    this.box = new InstancedBufferAttribute(new Float32Array(count * 4), 4)
    this.uv = new InstancedBufferAttribute(new Float32Array(count * 4), 4)
    this.opacity = new InstancedBufferAttribute(new Float32Array(count), 1)
    for (const attribute of [this.box, this.uv, this.opacity]) attribute.setUsage(DynamicDrawUsage)
    geometry.setAttribute('aAnchor', this.anchor)
    geometry.setAttribute('aBox', this.box)
    geometry.setAttribute('aUv', this.uv)
    geometry.setAttribute('aOpacity', this.opacity)
    geometry.instanceCount = count
    this.mesh.visible = count > 0
  }

  setAnchor(k: number, x: number, y: number, z: number): void {
    this.anchor.setXYZ(k, x, y, z)
    this.anchor.needsUpdate = true
  }

  /** Line `k` drawn from `cell` with its top-left corner (halo included) at (dx, dy) CSS px from its anchor, at `opacity` (0 hides it). */
  place(k: number, cell: AtlasCell, dx: number, dy: number, opacity: number): void {
    this.box.setXYZW(k, dx, dy, cell.width, cell.height)
    this.uv.setXYZW(k, cell.u0, cell.v0, cell.u1, cell.v1)
    this.opacity.setX(k, opacity)
    this.dirty = true
  }

  hide(k: number): void {
    if (this.opacity.getX(k) === 0) return
    this.opacity.setX(k, 0)
    this.dirty = true
  }

  setTexture(texture: Texture | null): void {
    const uniform = this.mesh.material.uniforms.uAtlas
    if (uniform) uniform.value = texture
  }

  /** Uploads what changed since the last commit (nothing on a frame that changed nothing). */
  commit(): void {
    if (!this.dirty) return
    this.box.needsUpdate = true
    this.uv.needsUpdate = true
    this.opacity.needsUpdate = true
    this.dirty = false
  }

  dispose(): void {
    this.mesh.geometry.dispose()
    this.mesh.material.dispose()
  }
}
