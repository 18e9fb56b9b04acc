import { describe, expect, it } from 'vitest'
import { palettes, type Palette } from '../../../../src/renderer/theme/palette'

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Text drawn over the globe: WCAG AA for text, 4.5:1. Labels sit on their halo, which sits on ocean or land. */
const TEXT: readonly (keyof Palette)[] = ['label', 'regionSelected', 'regionHover', 'networkLabel', 'userPinLabel', 'labelMuted']
/** Marks and lines that carry meaning: WCAG AA for graphical objects, 3:1, against the ground they are drawn on. */
const MARKS: readonly (keyof Palette)[] = ['regionAvailable', 'regionAnnounced', 'chooserTop', 'compared', 'userPin', 'networkLink']

describe.each(Object.entries(palettes))('the %s palette', (_theme, palette) => {
  it('gives label text at least 4.5:1 against its halo', () => {
    for (const key of TEXT) expect(contrast(palette[key] as string, palette.labelHalo), key).toBeGreaterThanOrEqual(4.5)
  })

  it('gives the plain label at least 4.5:1 against the ocean and the land, even where the halo thins', () => {
    for (const ground of ['ocean', 'land'] as const) {
      expect(contrast(palette.label, palette[ground]), ground).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('gives every meaningful mark and line at least 3:1 against the ocean or its own outline', () => {
    for (const key of MARKS) {
      const colour = palette[key] as string
      const onOcean = contrast(colour, palette.ocean)
      // A marker on land keeps its contrast through its rim (markerOutline); a line has none and must stand on both.
      expect(onOcean, `${key} on the ocean`).toBeGreaterThanOrEqual(3)
      if (key === 'networkLink') expect(contrast(colour, palette.land), `${key} on land`).toBeGreaterThanOrEqual(3)
      else expect(Math.max(contrast(colour, palette.land), contrast(colour, palette.markerOutline)), `${key} on land`).toBeGreaterThanOrEqual(3)
    }
  })

  it('gives every round-trip band at least 3:1 against the ocean and the land, in the order of their lightness', () => {
    for (const band of palette.latencyBands) {
      expect(contrast(band, palette.ocean), band).toBeGreaterThanOrEqual(3)
      expect(contrast(band, palette.land), band).toBeGreaterThanOrEqual(3)
    }
    const lightness = palette.latencyBands.map(luminance)
    const sorted = [...lightness].sort((a, b) => a - b)
    // Sequential: monotone one way or the other, so the order reads without hue.
    expect([sorted.join(), [...sorted].reverse().join()]).toContain(lightness.join())
  })
})
