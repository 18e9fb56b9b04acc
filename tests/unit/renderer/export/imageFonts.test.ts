import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../../src/renderer/export/imageFonts'

/** A 2D context whose text is one pixel wide per character, enough to check line breaking. */
const context = { measureText: (text: string) => ({ width: text.length }) } as unknown as CanvasRenderingContext2D

describe('wrapping the export footer', () => {
  it('keeps a line that fits as it is', () => {
    expect(wrapText(context, 'Data as of 2026-11-21 · InfraGlobe', 40)).toEqual(['Data as of 2026-11-21 · InfraGlobe'])
  })

  it('breaks between the parts of the line first, so no source is cut', () => {
    const line = 'Data as of 2026-11-21 · Sources: AWS SDK, GeoNames (CC BY 4.0) · InfraGlobe'
    const lines = wrapText(context, line, 45)
    expect(lines).toEqual(['Data as of 2026-11-21', 'Sources: AWS SDK, GeoNames (CC BY 4.0)', 'InfraGlobe'])
    expect(lines.every((l) => l.length <= 45)).toBe(true)
  })

  it('breaks a part that is longer than a line between its words, losing none of them', () => {
    const line = 'Sources: AWS SDK, AWS CDK, cloudping.co, Natural Earth, GeoNames (CC BY 4.0)'
    const lines = wrapText(context, line, 30)
    expect(lines.every((l) => l.length <= 30)).toBe(true)
    expect(lines.join(' ')).toBe(line)
  })

  it('keeps the separator where a long part follows a short one', () => {
    const lines = wrapText(context, 'As of 2026 · Sources: AWS SDK, AWS CDK, GeoNames', 24)
    expect(lines.join(' ')).toBe('As of 2026 · Sources: AWS SDK, AWS CDK, GeoNames')
    expect(lines.every((l) => l.length <= 24)).toBe(true)
  })
})
