import { SRGBColorSpace, type Camera, type Object3D, type Vector2, type WebGLRenderTarget } from 'three'
import { describe, expect, it } from 'vitest'
import { MultisampledFrame, REST_SAMPLES, type FrameRenderer } from '../../../../src/renderer/globe/multisampledFrame'

const READ = 0x8ca8
const DRAW = 0x8ca9

/** A renderer standing in for WebGL: records what the frame asks of it, in order. */
function fakeRenderer(options: { maxSamples?: number; width?: number; height?: number } = {}) {
  const calls: string[] = []
  const size = { width: options.width ?? 1280, height: options.height ?? 752 }
  let target: WebGLRenderTarget | null = null
  const framebuffers = new Map<WebGLRenderTarget, object>()
  const rendered: (WebGLRenderTarget | null)[] = []
  const context = {
    READ_FRAMEBUFFER: READ,
    DRAW_FRAMEBUFFER: DRAW,
    COLOR_BUFFER_BIT: 0x4000,
    NEAREST: 0x2600,
    blitFramebuffer: (...args: number[]) => calls.push(`blit ${args.join(',')}`),
  }
  const gl = {
    capabilities: { maxSamples: options.maxSamples ?? 4 },
    getContext: () => context,
    getDrawingBufferSize: (out: Vector2) => out.set(size.width, size.height),
    getRenderTarget: () => target,
    setRenderTarget: (next: WebGLRenderTarget | null) => {
      target = next
      if (next && !framebuffers.has(next)) framebuffers.set(next, { of: next })
      calls.push(next ? 'target' : 'canvas')
    },
    render: () => {
      rendered.push(target)
      calls.push('render')
    },
    properties: { get: (object: WebGLRenderTarget) => ({ __webglFramebuffer: framebuffers.get(object) }) },
    state: {
      bindFramebuffer: (which: number, framebuffer: object | null) =>
        calls.push(`bind ${which === READ ? 'read' : which === DRAW ? 'draw' : which} ${framebuffer ? 'target' : 'canvas'}`),
    },
  }
  return { gl: gl as unknown as FrameRenderer, calls, rendered, size }
}

const scene = {} as Object3D
const camera = {} as Camera

describe('MultisampledFrame', () => {
  it('draws into a 4× sRGB target the size of the drawing buffer and copies it onto the canvas', () => {
    const { gl, calls, rendered } = fakeRenderer()
    new MultisampledFrame().render(gl, scene, camera)
    const target = rendered[0]
    expect(target?.samples).toBe(REST_SAMPLES)
    expect([target?.width, target?.height]).toEqual([1280, 752])
    // Bytes like the canvas's: shaders encode to sRGB, storage does not encode again.
    expect(target?.texture.colorSpace).toBe(SRGBColorSpace)
    expect(target?.texture.internalFormat).toBe('RGBA8')
    expect((target as unknown as { isXRRenderTarget: boolean }).isXRRenderTarget).toBe(true)
    expect(calls).toEqual([
      'target',
      'render',
      'canvas',
      'bind read target',
      'bind draw canvas',
      'blit 0,0,1280,752,0,0,1280,752,16384,9728',
      'bind read canvas',
    ])
    expect(gl.getRenderTarget()).toBeNull()
  })

  it('keeps its target from frame to frame and follows the drawing buffer when it is resized', () => {
    const { gl, rendered, size } = fakeRenderer()
    const frame = new MultisampledFrame()
    frame.render(gl, scene, camera)
    frame.render(gl, scene, camera)
    expect(rendered[1]).toBe(rendered[0])
    size.width = 640
    size.height = 400
    frame.render(gl, scene, camera)
    expect(rendered[2]).toBe(rendered[0])
    expect([rendered[2]?.width, rendered[2]?.height]).toEqual([640, 400])
  })

  it('asks for no more samples than the GPU has, and draws straight to the canvas when it has none', () => {
    const two = fakeRenderer({ maxSamples: 2 })
    new MultisampledFrame().render(two.gl, scene, camera)
    expect(two.rendered[0]?.samples).toBe(2)

    const none = fakeRenderer({ maxSamples: 0 })
    new MultisampledFrame().render(none.gl, scene, camera)
    expect(none.rendered).toEqual([null])
    expect(none.calls).toEqual(['render'])
  })

  it('makes a new target after dispose', () => {
    const { gl, rendered } = fakeRenderer()
    const frame = new MultisampledFrame()
    frame.render(gl, scene, camera)
    frame.dispose()
    frame.render(gl, scene, camera)
    expect(rendered[1]).not.toBe(rendered[0])
  })
})
