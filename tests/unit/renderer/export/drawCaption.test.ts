import { describe, expect, it } from 'vitest'
import { drawCaptionBand } from '../../../../src/renderer/export/drawCaption'
import { palette } from '../../../../src/renderer/theme/palette'

interface Drawn {
  rects: { x: number; y: number; w: number; h: number; fill: string }[]
  texts: { text: string; x: number; y: number; fill: string }[]
}

/** A 2D context that measures every character as 10 px (whatever the font) and records fills. */
function fakeContext(): { context: CanvasRenderingContext2D; drawn: Drawn } {
  const drawn: Drawn = { rects: [], texts: [] }
  const context = {
    font: '',
    fillStyle: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    save: () => {},
    restore: () => {},
    measureText: (text: string) => ({ width: [...text].length * 10 }),
    fillRect(x: number, y: number, w: number, h: number) {
      drawn.rects.push({ x, y, w, h, fill: String(this.fillStyle) })
    },
    fillText(text: string, x: number, y: number) {
      drawn.texts.push({ text, x, y, fill: String(this.fillStyle) })
    },
  }
  return { context: context as unknown as CanvasRenderingContext2D, drawn }
}

describe('the caption band of an exported scene', () => {
  it('spans the image’s width at its bottom, the caption centred in it in the label colour', () => {
    const { context, drawn } = fakeContext()
    const band = drawCaptionBand(context, 'Each dot is an AWS Region.', 1920, 1080, 1)
    expect(drawn.rects).toHaveLength(1)
    const [rect] = drawn.rects
    expect(rect).toMatchObject({ x: 0, w: 1920 })
    expect(rect!.y + rect!.h).toBe(1080)
    expect(rect!.h).toBe(band)
    expect(drawn.texts).toEqual([{ text: 'Each dot is an AWS Region.', x: 960, y: expect.any(Number), fill: palette.label }])
    expect(drawn.texts[0]!.y).toBeGreaterThan(1080 - band)
  })

  it('wraps a long caption within the width and grows the band, up to four lines with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ')
    const { context, drawn } = fakeContext()
    const band = drawCaptionBand(context, words, 800, 600, 1)
    expect(drawn.texts).toHaveLength(4)
    for (const line of drawn.texts) expect(line.text.length * 10).toBeLessThanOrEqual(800)
    expect(drawn.texts[3]!.text.endsWith('…')).toBe(true)
    const short = drawCaptionBand(fakeContext().context, 'One line', 800, 600, 1)
    expect(band).toBeGreaterThan(short * 2)
  })

  it('scales with the image', () => {
    const one = drawCaptionBand(fakeContext().context, 'One line', 1920, 1080, 1)
    const two = drawCaptionBand(fakeContext().context, 'One line', 3840, 2160, 2)
    expect(two).toBeCloseTo(2 * one)
  })
})
