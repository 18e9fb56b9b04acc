import {
  Color,
  PerspectiveCamera,
  SRGBColorSpace,
  Vector2,
  Vector3,
  WebGLRenderTarget,
  type IUniform,
  type Object3D,
  type Scene,
  type ShaderMaterial,
} from 'three'
import { SCREEN_ONLY } from '../globe/labelSprites'
import { horizonMargin, toVector, type Vec3 } from '../../shared/geo'
import { radii } from '../globe/dimensions'
import { palette } from '../theme/palette'
import type { RenderContext } from '../globe/types'
import { stretchedFov } from './frameFit'
import { KeptBuffer, type Lease } from './keptBuffer'

/** One export render: the image size, image px per on-screen CSS px, and the background. */
export interface PassOptions {
  width: number
  height: number
  /** Image pixels per CSS pixel of the on-screen view (marks, lines and type grow by it). */
  scale: number
  /**
   * How much wider (tan of half) the vertical field of view is than on
   * screen: more than 1 when the image is relatively taller than the view
   * (frameFit.ts), so the whole view fits and more globe shows above and below.
   */
  fovStretch?: number
  transparent: boolean
}

/** What the pass produced: the pixels and a projection of places onto them with the export camera. */
export interface GlobeImage {
  pixels: ImageData
  /** Image px of a place on the globe; `visible` is false behind the globe or outside the image. */
  project(lat: number, lon: number, radius?: number): { x: number; y: number; visible: boolean }
}

/** Samples for the render target's antialiasing (WebGL2), as for a frame at rest on screen (multisampledFrame). */
const MSAA_SAMPLES = 4
/**
 * Above this many pixels the target is not multisampled: with software
 * rendering 4× samples cost about four times the fill, and at 4K a CSS px
 * spans several image px, so edges alias far less than at 1×.
 */
const MSAA_MAX_PIXELS = 4_200_000

/**
 * Targets this large are kept for the next export for a while (keptBuffer.ts);
 * smaller ones (the dialog's preview) cost little to make and would only
 * take the place of a large one.
 */
const KEEP_MIN_PIXELS = 2_000_000
/** How long an export's target is kept for the next one (ms). */
const KEEP_TARGET_MS = 30_000
const keptTarget = new KeptBuffer<WebGLRenderTarget>((target) => target.dispose(), KEEP_TARGET_MS)

function createTarget(width: number, height: number, samples: number): WebGLRenderTarget {
  const target = new WebGLRenderTarget(width, height, { samples, depthBuffer: true })
  // The target holds sRGB bytes exactly like the screen's drawing buffer: shaders encode to sRGB
  // themselves (three does this only for output targets, hence the flag), blending happens on the
  // encoded values as on screen, and RGBA8 storage keeps the hardware from encoding a second time.
  target.texture.colorSpace = SRGBColorSpace
  target.texture.internalFormat = 'RGBA8'
  Object.assign(target, { isXRRenderTarget: true })
  return target
}

/** A target made for one pass only, disposed after it. */
function owned(target: WebGLRenderTarget): Lease<WebGLRenderTarget> {
  return { value: target, done: () => target.dispose() }
}

interface SavedUniform {
  uniform: IUniform
  value: unknown
}

/**
 * Renders the globe's scene at the export size into an off-screen target
 * and reads it back in the same task (so no `preserveDrawingBuffer`), with
 * a clone of the on-screen camera: same position and distance, the aspect
 * of the image and a vertical field of view opened just enough for the
 * whole view to fit (frameFit.ts). The canvas on screen is never
 * drawn to, and everything changed for the pass (shader uniforms sized in
 * screen pixels, the background, the render target) is put back before
 * returning, so the view on screen neither changes nor flickers. No frame
 * is asked for afterwards: the canvas still shows its last frame, which
 * nothing touched.
 *
 * Images larger than the GPU's render size limit are rendered in tiles
 * (`setViewOffset`) and stitched.
 */
export function renderGlobe(context: RenderContext, screen: { width: number; height: number }, options: PassOptions): GlobeImage {
  const { gl, scene } = context
  const { width, height, scale } = options
  if (!(context.camera instanceof PerspectiveCamera)) throw new Error('the globe camera is not a perspective camera')
  if (screen.width <= 0 || screen.height <= 0) throw new Error('the globe has no size on screen yet')
  const camera = context.camera.clone()
  camera.fov = stretchedFov(camera.fov, options.fovStretch ?? 1)
  camera.aspect = width / height
  camera.clearViewOffset()
  camera.updateProjectionMatrix()
  camera.updateMatrixWorld()

  const limit = maxRenderSize(gl.getContext(), gl.capabilities.maxTextureSize)
  const tileWidth = Math.min(width, limit)
  const tileHeight = Math.min(height, limit)
  const samples =
    gl.capabilities.isWebGL2 && width * height <= MSAA_MAX_PIXELS ? Math.min(MSAA_SAMPLES, gl.capabilities.maxSamples) : 0
  const single = tileWidth === width && tileHeight === height

  const restore = overrideForExport(scene, context, camera, height, scale, options.transparent)
  const previousTarget = gl.getRenderTarget()
  const pixels = new ImageData(width, height)
  // Read as Uint8Array and copied into a Uint8Array view of the image: a copy between arrays of one
  // type is a block copy, while Uint8Array into Uint8ClampedArray goes element by element.
  const image = new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength)
  // One tile (every size up to the render limit) is read straight into the image, then flipped in place.
  const tile = single ? image : new Uint8Array(tileWidth * tileHeight * 4)
  const make = () => createTarget(tileWidth, tileHeight, samples)
  // Tiles change the target's size from one to the next (remaking it each time): only a single tile's is kept.
  const lease = single && width * height >= KEEP_MIN_PIXELS ? keptTarget.lease([gl, width, height, samples], make) : owned(make())
  const target = lease.value
  try {
    for (let top = 0; top < height; top += tileHeight) {
      for (let left = 0; left < width; left += tileWidth) {
        const w = Math.min(tileWidth, width - left)
        const h = Math.min(tileHeight, height - top)
        if (w !== tileWidth || h !== tileHeight || width > tileWidth || height > tileHeight) {
          camera.setViewOffset(width, height, left, top, w, h)
        }
        target.setSize(w, h)
        restore.resolution(w, h)
        gl.setRenderTarget(target)
        gl.render(scene, camera)
        gl.readRenderTargetPixels(target, 0, 0, w, h, tile)
        if (single) flipRows(image, w, h)
        else copyFlipped(tile, w, h, image, width, left, top)
      }
    }
  } finally {
    gl.setRenderTarget(previousTarget)
    restore.all()
    lease.done()
  }
  if (options.transparent) unpremultiply(pixels.data)
  camera.clearViewOffset()
  camera.updateProjectionMatrix()
  return { pixels, project: projector(camera, width, height) }
}

/** Side of the target the warm-up draws into: small, as the routines do not depend on the size. */
const WARM_UP_SIZE = 16

/**
 * Draws the scene once as a large export does (one sample, the export's
 * uniforms) into a tiny target, and does not wait for it. Software WebGL
 * (SwiftShader) compiles its drawing routines for each object the first time
 * it is drawn into a target of a new kind; the screen's frames draw into a
 * multisampled one, so without this the first 4K export spends about 1 s of
 * the GPU process compiling (measured: 1.7–2.1 s of GPU-process CPU for the
 * first export's render against 0.7–0.9 s for the next). Nothing is read
 * back, so the page goes on while the GPU process works.
 */
export function warmRenderPass(context: RenderContext): void {
  const { gl, scene } = context
  if (!(context.camera instanceof PerspectiveCamera)) return
  const camera = context.camera.clone()
  camera.aspect = 1
  camera.clearViewOffset()
  camera.updateProjectionMatrix()
  camera.updateMatrixWorld()
  const target = createTarget(WARM_UP_SIZE, WARM_UP_SIZE, 0)
  const restore = overrideForExport(scene, context, camera, WARM_UP_SIZE, 1, false)
  const previousTarget = gl.getRenderTarget()
  try {
    restore.resolution(WARM_UP_SIZE, WARM_UP_SIZE)
    gl.setRenderTarget(target)
    gl.render(scene, camera)
  } finally {
    gl.setRenderTarget(previousTarget)
    restore.all()
    target.dispose()
  }
  // Sent to the GPU process now rather than with the next frame, which would wait for the compiling.
  gl.getContext().flush()
}

const point = new Vector3()
const unit: Vec3 = [0, 0, 0]
const eye: Vec3 = [0, 0, 0]

/** Image px of places on the globe with the export camera (for annotations anchored to places). */
function projector(camera: PerspectiveCamera, width: number, height: number): GlobeImage['project'] {
  eye[0] = camera.position.x
  eye[1] = camera.position.y
  eye[2] = camera.position.z
  return (lat, lon, radius = radii.markers) => {
    toVector(lat, lon, radius, unit)
    point.set(unit[0], unit[1], unit[2]).project(camera)
    const x = (point.x + 1) * 0.5 * width
    const y = (1 - point.y) * 0.5 * height
    const inside = x >= 0 && y >= 0 && x <= width && y <= height
    return { x, y, visible: inside && horizonMargin(unit, eye, radii.earth) > 0 }
  }
}

/** The largest side a render target may have here: texture, renderbuffer and viewport limits. */
function maxRenderSize(context: WebGLRenderingContext | WebGL2RenderingContext, maxTexture: number): number {
  const renderbuffer = Number(context.getParameter(context.MAX_RENDERBUFFER_SIZE)) || maxTexture
  const viewport = context.getParameter(context.MAX_VIEWPORT_DIMS) as Int32Array | null
  const viewportMax = viewport ? Math.min(viewport[0] ?? maxTexture, viewport[1] ?? maxTexture) : maxTexture
  return Math.max(256, Math.min(maxTexture, renderbuffer, viewportMax))
}

/** Rows come back bottom-up from WebGL: copy a tile into the image (`imageWidth` px wide) top-down at (left, top). */
export function copyFlipped(tile: Uint8Array, w: number, h: number, image: Uint8Array, imageWidth: number, left: number, top: number): void {
  const row = w * 4
  for (let y = 0; y < h; y++) {
    const from = (h - 1 - y) * row
    image.set(tile.subarray(from, from + row), ((top + y) * imageWidth + left) * 4)
  }
}

/** Turns an image read bottom-up from WebGL the right way up, in place, a row pair at a time. */
export function flipRows(image: Uint8Array, w: number, h: number): void {
  const row = w * 4
  const spare = new Uint8Array(row)
  for (let top = 0, bottom = h - 1; top < bottom; top++, bottom--) {
    const a = top * row
    const b = bottom * row
    spare.set(image.subarray(a, a + row))
    image.copyWithin(a, b, b + row)
    image.set(spare, b)
  }
}

/**
 * Blending onto a transparent clear leaves colours multiplied by their
 * coverage; an image's pixels are straight (not premultiplied) colour.
 */
function unpremultiply(data: Uint8ClampedArray): void {
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3] as number
    if (a === 0 || a === 255) continue
    const k = 255 / a
    data[i] = (data[i] as number) * k
    data[i + 1] = (data[i + 1] as number) * k
    data[i + 2] = (data[i + 2] as number) * k
  }
}

interface Overrides {
  /** Sets the pixel-sized uniforms for a tile of this size. */
  resolution(width: number, height: number): void
  /** Puts back everything the pass changed. */
  all(): void
}

/**
 * The per-frame uniforms that the layers set in useFrame (which does not
 * run for this render), set for the export: billboards (markers, the pin)
 * keep their size relative to the image, screen-space lines their width
 * relative to it; and the background made transparent on request.
 */
function overrideForExport(
  scene: Scene,
  context: RenderContext,
  camera: PerspectiveCamera,
  imageHeight: number,
  scale: number,
  transparent: boolean,
): Overrides {
  const saved: SavedUniform[] = []
  const resolutions: Vector2[] = []
  const save = (uniform: IUniform | undefined): IUniform | undefined => {
    if (!uniform) return undefined
    saved.push({ uniform, value: uniform.value instanceof Vector2 ? uniform.value.clone() : uniform.value })
    return uniform
  }
  // World units per CSS px at unit depth for an image `imageHeight` px tall: one CSS px of the view becomes `scale` image px.
  const worldPerCssPx = (2 * Math.tan((camera.fov * Math.PI) / 360)) / (imageHeight / scale)
  const hidden: Object3D[] = []
  scene.traverse((object) => {
    const material = (object as Object3D & { material?: unknown }).material as ShaderMaterial | undefined
    if (object.userData[SCREEN_ONLY] === true && object.visible) {
      // The region labels: the image gets them drawn at its own scale (drawLabels.ts).
      object.visible = false
      hidden.push(object)
    }
    if (transparent && object.name === 'atmosphere' && object.visible) {
      // Its additive glow is opaque on a transparent background: the slide's own colour shows instead.
      object.visible = false
      hidden.push(object)
    }
    if (!material || (material as { isShaderMaterial?: boolean }).isShaderMaterial !== true) return
    const uniforms = material.uniforms
    const worldPerPx = save(uniforms.uWorldPerPx)
    if (worldPerPx) worldPerPx.value = worldPerCssPx
    const resolution = save(uniforms.uResolution)
    if (resolution && resolution.value instanceof Vector2) resolutions.push(resolution.value)
    // Markers new at the time-lapse's year show their resting glow, never a frame of the ring spreading out.
    const appear = save(uniforms.uAppear)
    if (appear) appear.value = 1
    // Every `…WidthPx` uniform is a width in CSS px of the view (arcs, screen-space lines).
    for (const name of Object.keys(uniforms)) {
      if (!name.endsWith('WidthPx')) continue
      const width = save(uniforms[name])
      if (width && typeof width.value === 'number') width.value *= scale
    }
  })

  const background = scene.background
  const clearColour = context.gl.getClearColor(new Color())
  const clearAlpha = context.gl.getClearAlpha()
  if (transparent) {
    scene.background = null
    context.gl.setClearColor(palette.background, 0)
  }
  return {
    resolution(width, height) {
      for (const value of resolutions) value.set(width, height)
    },
    all() {
      for (const { uniform, value } of saved) {
        if (value instanceof Vector2) (uniform.value as Vector2).copy(value)
        else uniform.value = value
      }
      for (const object of hidden) object.visible = true
      scene.background = background
      context.gl.setClearColor(clearColour, clearAlpha)
    },
  }
}
