import { Scene, Vector2, WebGLRenderTarget, type WebGLRenderer } from 'three'
import { describe, expect, it } from 'vitest'
import { createScreenLines, followDrawingBuffer, restyleScreenLines, segmentQuads, type ScreenLines } from '../../../../src/renderer/globe/screenLines'

/** Two segments along the equator and one up a meridian, x, y, z pairs. */
const equator = new Float32Array([1, 0, 0, 0.7, 0, 0.7, 0.7, 0, 0.7, 0, 0, 1])
const meridian = new Float32Array([1, 0, 0, 0.7, 0.7, 0])

/** A renderer drawing to the canvas, `css` CSS px at `ratio` drawing-buffer px per CSS px (as r3f sizes it). */
function canvasRenderer(css: { width: number; height: number }, ratio: number) {
  return {
    getRenderTarget: () => null,
    getPixelRatio: () => ratio,
    getDrawingBufferSize: (target: Vector2) => target.set(Math.floor(css.width * ratio), Math.floor(css.height * ratio)),
  } as unknown as WebGLRenderer
}

/** A line's full width in CSS px of a canvas `cssWidth` wide, as the vertex shader widens it (buffer px over the buffer). */
function cssWidthDrawn(lines: ScreenLines, uniform: 'uWidthPx' | 'uSecondWidthPx', cssWidth: number): number {
  const uniforms = lines.material.uniforms
  const bufferPx = (uniforms[uniform]?.value as number) * (uniforms.uPixelRatio?.value as number)
  return (bufferPx / (uniforms.uResolution?.value as Vector2).x) * cssWidth
}

describe('screen-space lines', () => {
  it('draws every segment of both groups as one mesh with one material, four vertices and two triangles a segment: one draw call', () => {
    const lines = createScreenLines(
      [
        { positions: equator, color: '#5f7f72', widthPx: 1.5 },
        { positions: meridian, color: '#8fb3a2', widthPx: 1.75 },
      ],
      'coastlines-and-borders',
    )
    const scene = new Scene().add(lines)
    const drawn: unknown[] = []
    scene.traverse((object) => {
      if ((object as ScreenLines).isMesh) drawn.push(object)
    })
    expect(drawn).toEqual([lines])
    expect(Array.isArray(lines.material)).toBe(false)
    expect(lines.geometry.groups).toEqual([])
    // Plain vertices, not instances: a software renderer draws each instance on its own.
    expect(lines.geometry.getAttribute('aStart').count).toBe(12)
    expect(lines.geometry.index?.count).toBe(18)
    // The second group starts after the first's two segments.
    expect(lines.material.uniforms.uSecondFrom?.value).toBe(2)
  })

  it('keeps its width in CSS px at the adaptive lower pixel ratio while moving', () => {
    const lines = createScreenLines([{ positions: equator, color: '#2a4a6b', widthPx: 1.5 }], 'graticule')
    const css = { width: 1280, height: 720 }
    followDrawingBuffer(lines.material, canvasRenderer(css, 1))
    expect(cssWidthDrawn(lines, 'uWidthPx', css.width)).toBeCloseTo(1.5, 6)
    followDrawingBuffer(lines.material, canvasRenderer(css, 0.6))
    expect((lines.material.uniforms.uResolution?.value as Vector2).toArray()).toEqual([768, 432])
    expect(cssWidthDrawn(lines, 'uWidthPx', css.width)).toBeCloseTo(1.5, 6)
    followDrawingBuffer(lines.material, canvasRenderer(css, 2))
    expect(lines.material.uniforms.uPixelRatio?.value).toBe(2)
    expect(cssWidthDrawn(lines, 'uWidthPx', css.width)).toBeCloseTo(1.5, 6)
  })

  it("takes an export target's own pixels, which the export has scaled the widths to", () => {
    const lines = createScreenLines([{ positions: equator, color: '#2a4a6b', widthPx: 1.5 }], 'graticule')
    const target = new WebGLRenderTarget(3840, 2160)
    const renderer = { ...canvasRenderer({ width: 1280, height: 720 }, 2), getRenderTarget: () => target } as unknown as WebGLRenderer
    followDrawingBuffer(lines.material, renderer)
    expect((lines.material.uniforms.uResolution?.value as Vector2).toArray()).toEqual([3840, 2160])
    expect(lines.material.uniforms.uPixelRatio?.value).toBe(1)
    target.dispose()
  })

  it('restyles a group by uniforms, leaving the segment buffer as it was', () => {
    const lines = createScreenLines(
      [
        { positions: equator, color: '#5f7f72', widthPx: 1.5, opacity: 0.85 },
        { positions: meridian, color: '#8fb3a2', widthPx: 1.75 },
      ],
      'coastlines-and-borders',
    )
    const buffer = lines.geometry.getAttribute('aStart') as unknown as { data: { version: number } }
    const version = buffer.data.version
    restyleScreenLines(lines, 1, { color: '#52677a' })
    restyleScreenLines(lines, 0, { color: '#7d8c99', opacity: 0.5 })
    const uniforms = lines.material.uniforms
    expect(`#${(uniforms.uSecondColor?.value as { getHexString(): string }).getHexString()}`).toBe('#52677a')
    expect(`#${(uniforms.uColor?.value as { getHexString(): string }).getHexString()}`).toBe('#7d8c99')
    expect(uniforms.uOpacity?.value).toBe(0.5)
    expect(uniforms.uSecondOpacity?.value).toBe(1)
    expect(buffer.data.version).toBe(version)
  })

  it('gives each segment four vertices holding both of its ends, and two triangles over them', () => {
    const { vertices, index } = segmentQuads(equator)
    expect(vertices.length).toBe(2 * 4 * 6)
    for (let corner = 0; corner < 4; corner++) {
      expect(Array.from(vertices.subarray(corner * 6, corner * 6 + 6))).toEqual(Array.from(equator.subarray(0, 6)))
      expect(Array.from(vertices.subarray(24 + corner * 6, 24 + corner * 6 + 6))).toEqual(Array.from(equator.subarray(6, 12)))
    }
    expect(Array.from(index)).toEqual([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7])
  })
})
