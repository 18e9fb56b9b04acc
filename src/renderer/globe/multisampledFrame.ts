import { SRGBColorSpace, Vector2, WebGLRenderTarget, type Camera, type Object3D, type WebGLRenderer } from 'three'

/** Samples of a frame at rest: what a canvas asking for antialiasing gets from WebGL (4×). */
export const REST_SAMPLES = 4

/** The renderer as this module uses it (a narrow view, so tests can stand in for WebGL). */
export type FrameRenderer = Pick<
  WebGLRenderer,
  'getContext' | 'getDrawingBufferSize' | 'getRenderTarget' | 'setRenderTarget' | 'render' | 'properties' | 'state' | 'capabilities'
>

/**
 * Draws a frame at rest with multisampling, for a canvas created without it.
 * A multisampled canvas makes every frame pay for the samples: with software
 * WebGL about four times the fill and a resolve before each readback, most of
 * a frame's cost while the globe turns. So the canvas has none; a moving
 * frame is drawn straight to it (at a lower ratio, see adaptiveResolution.ts:
 * the motion hides the edges) and a frame at rest is drawn into a 4× target
 * the size of the drawing buffer, resolved and copied onto the canvas, the
 * same picture the canvas's own antialiasing gave.
 *
 * The target holds sRGB bytes exactly like the canvas (as the export's does,
 * export/renderPass.ts): shaders encode to sRGB themselves (three does this
 * only for output targets, hence the flag), blending works on the encoded
 * values as on the canvas, and RGBA8 storage keeps the hardware from encoding
 * a second time.
 */
export class MultisampledFrame {
  private target: WebGLRenderTarget | null = null
  private readonly size = new Vector2()

  render(gl: FrameRenderer, scene: Object3D, camera: Camera): void {
    const samples = Math.min(REST_SAMPLES, gl.capabilities.maxSamples)
    if (samples < 1) {
      gl.render(scene, camera)
      return
    }
    gl.getDrawingBufferSize(this.size)
    const width = this.size.x
    const height = this.size.y
    const target = this.targetOf(width, height, samples)
    const previous = gl.getRenderTarget()
    gl.setRenderTarget(target)
    gl.render(scene, camera)
    // render() has resolved the samples into the target's single-sampled framebuffer.
    gl.setRenderTarget(previous)
    const context = gl.getContext() as WebGL2RenderingContext
    const resolved = (gl.properties.get(target) as { __webglFramebuffer?: WebGLFramebuffer }).__webglFramebuffer
    if (!resolved) throw new Error('the frame target has no framebuffer after rendering')
    // Through three's state, so its record of the bindings stays true.
    gl.state.bindFramebuffer(context.READ_FRAMEBUFFER, resolved)
    gl.state.bindFramebuffer(context.DRAW_FRAMEBUFFER, null)
    context.blitFramebuffer(0, 0, width, height, 0, 0, width, height, context.COLOR_BUFFER_BIT, context.NEAREST)
    gl.state.bindFramebuffer(context.READ_FRAMEBUFFER, null)
  }

  /** Frees the target (it is made again on the next frame at rest). */
  dispose(): void {
    this.target?.dispose()
    this.target = null
  }

  private targetOf(width: number, height: number, samples: number): WebGLRenderTarget {
    let target = this.target
    if (!target || target.samples !== samples) {
      target?.dispose()
      target = new WebGLRenderTarget(width, height, { samples, depthBuffer: true })
      target.texture.colorSpace = SRGBColorSpace
      target.texture.internalFormat = 'RGBA8'
      Object.assign(target, { isXRRenderTarget: true })
      this.target = target
    } else if (target.width !== width || target.height !== height) {
      target.setSize(width, height)
    }
    return target
  }
}
