import { describe, expect, it } from 'vitest'
import { unbreakablePieces, wrapLines, type Measure } from '../../../../src/renderer/annotations/textLines'

/** Ten px a character, twenty for a wide (CJK) one. */
const measure: Measure = (text) => [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff]/u.test(char) ? 20 : 10), 0)

describe('breaking annotation text into lines', () => {
  it('breaks between words, never wider than the width', () => {
    const lines = wrapLines('Frankfurt keeps data in the European Union', 130, measure)
    expect(lines).toEqual(['Frankfurt', 'keeps data in', 'the European', 'Union'])
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(130)
  })

  it('keeps a short text on one line and honours explicit line breaks', () => {
    expect(wrapLines('Tokyo', 200, measure)).toEqual(['Tokyo'])
    expect(wrapLines('Tokyo\nOsaka', 200, measure)).toEqual(['Tokyo', 'Osaka'])
  })

  it('breaks Japanese and Chinese between words though they have no spaces', () => {
    const lines = wrapLines('東京リージョンとは違います', 100, measure)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('東京リージョンとは違います')
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100)
  })

  it('never starts a line with closing punctuation: it hangs at the end of the line before', () => {
    const lines = wrapLines('東京、大阪。', 40, measure)
    expect(lines).toEqual(['東京、', '大阪。'])
    expect(unbreakablePieces('東京、大阪')).toContain('東京、')
  })

  it('breaks a word wider than a line between its letters', () => {
    const lines = wrapLines('Llanfairpwllgwyngyll', 80, measure)
    expect(lines.join('')).toBe('Llanfairpwllgwyngyll')
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(80)
  })

  it('wraps Arabic between its words', () => {
    const lines = wrapLines('القاهرة مدينة كبيرة جدا', 90, measure)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe('القاهرة مدينة كبيرة جدا')
  })
})
