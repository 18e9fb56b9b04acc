import { Group, PerspectiveCamera, Scene, Vector2, type WebGLRenderer, type WebGLRenderTarget } from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderGlobe, warmRenderPass } from '../../../../src/renderer/export/renderPass'
import { createScreenLines, type ScreenLines } from '../../../../src/renderer/globe/screenLines'

beforeAll(() => {
  // jsdom has no ImageData without a canvas package: the pass only needs its pixel array.
  if (typeof globalThis.ImageData === 'undefined') {
    class PlainImageData {
      readonly data: Uint8ClampedArray
      constructor(
        readonly width: number,
        readonly height: number,
      ) {
        this.data = new Uint8ClampedArray(width * height * 4)
      }
    }
    Object.assign(globalThis, { ImageData: PlainImageData })
  }
})

interface Drawn {
  resolution: [number, number]
  pixelRatio: number
  widthPx: number
  secondWidthPx: number
}

/**
 * A renderer that draws nothing: each render runs the lines' onBeforeRender as three does and
 * records the uniforms the vertex shader would get, for a canvas `css` CSS px at `ratio`.
 */
function fakeRenderer(lines: ScreenLines, css: { width: number; height: number }, ratio: number) {
  let target: WebGLRenderTarget | null = null
  const drawn: Drawn[] = []
  const gl = {
    capabilities: { isWebGL2: true, maxSamples: 4, maxTextureSize: 16384 },
    getContext: () => ({ MAX_RENDERBUFFER_SIZE: 1, MAX_VIEWPORT_DIMS: 2, getParameter: (p: number) => (p === 1 ? 16384 : [16384, 16384]) }),
    getRenderTarget: () => target,
    setRenderTarget: (next: WebGLRenderTarget | null) => {
      target = next
    },
    getPixelRatio: () => ratio,
    getDrawingBufferSize: (out: Vector2) => out.set(css.width * ratio, css.height * ratio),
    getClearColor: <T>(colour: T) => colour,
    getClearAlpha: () => 1,
    setClearColor: () => undefined,
    readRenderTargetPixels: () => undefined,
    render: (scene: Scene, camera: PerspectiveCamera) => {
      lines.onBeforeRender(gl as unknown as WebGLRenderer, scene, camera, lines.geometry, lines.material, new Group())
      const u = lines.material.uniforms
      drawn.push({
        resolution: (u.uResolution?.value as Vector2).toArray() as [number, number],
        pixelRatio: u.uPixelRatio?.value as number,
        widthPx: u.uWidthPx?.value as number,
        secondWidthPx: u.uSecondWidthPx?.value as number,
      })
    },
  }
  return { gl: gl as unknown as WebGLRenderer, drawn }
}

function scene() {
  const lines = createScreenLines(
    [
      { positions: new Float32Array([1, 0, 0, 0, 0, 1]), color: '#5f7f72', widthPx: 1.5 },
      { positions: new Float32Array([1, 0, 0, 0, 1, 0]), color: '#8fb3a2', widthPx: 1.75 },
    ],
    'coastlines-and-borders',
  )
  const camera = new PerspectiveCamera(40, 1280 / 720, 0.01, 100)
  camera.position.set(0, 0, 3)
  return { lines, camera, scene: new Scene().add(lines) }
}

/** Full width in image px of a line drawn with these uniforms into an image `imageWidth` px wide. */
const imagePx = (drawn: Drawn, width: number, imageWidth: number) => ((width * drawn.pixelRatio) / drawn.resolution[0]) * imageWidth

describe('the export render pass', () => {
  it('widens screen-space lines with the size of the image: a 4K export of a 1280 px view draws them 3× as many px', () => {
    const { lines, camera, scene: globe } = scene()
    const { gl, drawn } = fakeRenderer(lines, { width: 1280, height: 720 }, 2)
    renderGlobe({ gl, scene: globe, camera }, { width: 1280, height: 720 }, { width: 3840, height: 2160, scale: 3, transparent: false })
    expect(drawn).toHaveLength(1)
    const [image] = drawn as [Drawn]
    expect(image.resolution).toEqual([3840, 2160])
    expect(imagePx(image, image.widthPx, 3840)).toBeCloseTo(4.5, 6)
    expect(imagePx(image, image.secondWidthPx, 3840)).toBeCloseTo(5.25, 6)
  })

  it('puts the widths back for the screen, where the next frame draws them at the canvas pixel ratio', () => {
    const { lines, camera, scene: globe } = scene()
    const { gl, drawn } = fakeRenderer(lines, { width: 1280, height: 720 }, 2)
    renderGlobe({ gl, scene: globe, camera }, { width: 1280, height: 720 }, { width: 1280, height: 720, scale: 1, transparent: false })
    expect(lines.material.uniforms.uWidthPx?.value).toBe(1.5)
    expect(lines.material.uniforms.uSecondWidthPx?.value).toBe(1.75)
    gl.render(globe, camera)
    const [oneTimes, screen] = drawn as [Drawn, Drawn]
    expect(imagePx(oneTimes, oneTimes.widthPx, 1280)).toBeCloseTo(1.5, 6)
    // On the canvas: 3 drawing-buffer px of 2560, i.e. 1.5 CSS px of 1280.
    expect(screen.resolution).toEqual([2560, 1440])
    expect(imagePx(screen, screen.widthPx, 1280)).toBeCloseTo(1.5, 6)
  })

  it('keeps a 4K target for the next export, draws a small preview in its own, and makes a new one for another size', () => {
    const { lines, camera, scene: globe } = scene()
    const { gl } = fakeRenderer(lines, { width: 1280, height: 720 }, 1)
    const targets: WebGLRenderTarget[] = []
    const setRenderTarget = gl.setRenderTarget.bind(gl)
    Object.assign(gl, {
      setRenderTarget: (next: WebGLRenderTarget | null) => {
        if (next) targets.push(next)
        setRenderTarget(next)
      },
    })
    const view = { width: 1280, height: 720 }
    const pass = (width: number, height: number) => renderGlobe({ gl, scene: globe, camera }, view, { width, height, scale: width / 1280, transparent: false })
    pass(3840, 2160)
    pass(320, 180)
    pass(3840, 2160)
    pass(2560, 1440)
    const [first, preview, second, other] = targets
    expect(second).toBe(first)
    expect(preview).not.toBe(first)
    expect(other).not.toBe(first)
    expect([other?.width, other?.height]).toEqual([2560, 1440])
    expect(gl.getRenderTarget()).toBeNull()
  })

  it('warms up by drawing the scene once into a tiny single-sampled target, as a 4K export does, without reading it back', () => {
    const { lines, camera, scene: globe } = scene()
    const { gl, drawn } = fakeRenderer(lines, { width: 1280, height: 720 }, 2)
    const targets: WebGLRenderTarget[] = []
    let flushed = 0
    let read = 0
    const setRenderTarget = gl.setRenderTarget.bind(gl)
    Object.assign(gl, {
      setRenderTarget: (next: WebGLRenderTarget | null) => {
        if (next) targets.push(next)
        setRenderTarget(next)
      },
      getContext: () => ({ flush: () => (flushed += 1) }),
      readRenderTargetPixels: () => (read += 1),
    })
    warmRenderPass({ gl, scene: globe, camera })
    expect(drawn).toHaveLength(1)
    expect(targets.map((target) => [target.width, target.height, target.samples])).toEqual([[16, 16, 0]])
    expect(gl.getRenderTarget()).toBeNull()
    expect([flushed, read]).toEqual([1, 0])
    expect(lines.material.uniforms.uWidthPx?.value).toBe(1.5)
    expect(camera.aspect).toBeCloseTo(1280 / 720, 6)
  })

  /**
   * A renderer whose targets read back bottom-up, as WebGL does: each pixel holds its row and column
   * in the whole image (red, green) and the tile's view offset, with the render size limited to `limit`.
   */
  function pixelRenderer(lines: ScreenLines, limit: number) {
    const { gl } = fakeRenderer(lines, { width: 1280, height: 720 }, 1)
    let offset = { x: 0, y: 0 }
    Object.assign(gl, {
      capabilities: { isWebGL2: true, maxSamples: 4, maxTextureSize: limit },
      getContext: () => ({ MAX_RENDERBUFFER_SIZE: 1, MAX_VIEWPORT_DIMS: 2, getParameter: (p: number) => (p === 1 ? limit : [limit, limit]) }),
      render: (_scene: Scene, camera: PerspectiveCamera) => {
        offset = camera.view?.enabled ? { x: camera.view.offsetX, y: camera.view.offsetY } : { x: 0, y: 0 }
      },
      readRenderTargetPixels: (_target: WebGLRenderTarget, _x: number, _y: number, w: number, h: number, out: Uint8Array) => {
        for (let row = 0; row < h; row++) {
          for (let x = 0; x < w; x++) {
            const i = (row * w + x) * 4
            out[i] = offset.y + (h - 1 - row)
            out[i + 1] = offset.x + x
            out[i + 2] = 7
            out[i + 3] = 255
          }
        }
      },
    })
    return gl
  }

  function expectUpright(pixels: ImageData) {
    for (let y = 0; y < pixels.height; y++) {
      for (let x = 0; x < pixels.width; x++) {
        const i = (y * pixels.width + x) * 4
        if (pixels.data[i] !== y || pixels.data[i + 1] !== x || pixels.data[i + 3] !== 255) {
          throw new Error(`pixel ${x}, ${y} holds ${pixels.data[i + 1]}, ${pixels.data[i]}`)
        }
      }
    }
  }

  it('turns the image read back bottom-up the right way up, for an odd and an even number of rows', () => {
    const { lines, camera, scene: globe } = scene()
    for (const size of [
      { width: 200, height: 101 },
      { width: 120, height: 60 },
    ]) {
      const gl = pixelRenderer(lines, 16384)
      const image = renderGlobe({ gl, scene: globe, camera }, size, { ...size, scale: 1, transparent: false })
      expect(image.pixels.width).toBe(size.width)
      expectUpright(image.pixels)
    }
  })

  it('stitches an image larger than the render limit from tiles, each the right way up and in its place', () => {
    const { lines, camera, scene: globe } = scene()
    const gl = pixelRenderer(lines, 256)
    const image = renderGlobe({ gl, scene: globe, camera }, { width: 250, height: 150 }, { width: 255 + 200, height: 255 - 100, scale: 1, transparent: false })
    expect(image.pixels.width).toBe(455)
    // Pixel values wrap at 256: check rows and columns modulo 256.
    for (let y = 0; y < image.pixels.height; y++) {
      for (let x = 0; x < image.pixels.width; x++) {
        const i = (y * image.pixels.width + x) * 4
        if (image.pixels.data[i] !== y % 256 || image.pixels.data[i + 1] !== x % 256) throw new Error(`pixel ${x}, ${y} is out of place`)
      }
    }
  })
})
