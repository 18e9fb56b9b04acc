import type { Feature, Polygon } from 'geojson'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { landOutline, paintLandCanvas } from '../../../../src/renderer/globe/landTexture'

/** Records the path commands a Path2D receives (jsdom has no Path2D). */
class RecordedPath {
  readonly commands: string[] = []
  moveTo(x: number, y: number) {
    this.commands.push(`M${Math.round(x)},${Math.round(y)}`)
  }
  lineTo(x: number, y: number) {
    this.commands.push(`L${Math.round(x)},${Math.round(y)}`)
  }
  closePath() {
    this.commands.push('Z')
  }
  arc() {
    this.commands.push('A')
  }
}

/** A 2° square around (lon 10°, lat 20°). */
const square: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [9, 19],
        [9, 21],
        [11, 21],
        [11, 19],
        [9, 19],
      ],
    ],
  },
}

afterEach(() => vi.unstubAllGlobals())

describe('landOutline', () => {
  it('draws the land into a path in texture pixels: x from 180°W, north at the top', () => {
    vi.stubGlobal('Path2D', RecordedPath)
    const outline = landOutline(square, 360) as unknown as RecordedPath
    const points = outline.commands.filter((command) => command !== 'Z').map((command) => command.slice(1).split(',').map(Number))
    expect(outline.commands.at(-1)).toBe('Z')
    // 1 px a degree at width 360: lon 9°..11° is x 189..191, lat 19°..21° is y 69..71.
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(189)
      expect(x).toBeLessThanOrEqual(191)
      expect(y).toBeGreaterThanOrEqual(69)
      expect(y).toBeLessThanOrEqual(71)
    }
  })
})

describe('paintLandCanvas', () => {
  it('fills the ocean, then the outline in the land colour, on the canvas it is given', () => {
    const calls: string[] = []
    const context = {
      fillStyle: '',
      fillRect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${context.fillStyle} ${x},${y},${w},${h}`),
      fill: (path: unknown) => calls.push(`fill ${context.fillStyle} ${path === outline ? 'outline' : 'other'}`),
    }
    const canvas = { width: 0, height: 0, getContext: () => context } as unknown as HTMLCanvasElement
    const outline = {} as Path2D
    expect(paintLandCanvas(outline, { ocean: '#001122', land: '#334455' }, 512, canvas)).toBe(canvas)
    expect([canvas.width, canvas.height]).toEqual([512, 256])
    expect(calls).toEqual(['rect #001122 0,0,512,256', 'fill #334455 outline'])
  })
})
