import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { insertTextChunks, NotAPngError, readTextChunks } from '../../../../src/shared/png/textChunks'
import { PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../../fixtures/hostile'

/** A 1×1 RGBA PNG as encoders write it: signature, IHDR, IDAT, IEND. */
const onePixel = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
)

/** Keywords as the PNG specification allows them: 1-79 printable Latin-1 characters, single inner spaces. */
const keyword = fc
  .string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 79 })

/** Any text, now and then a very long one (a caption or a sources list pasted in whole). */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '東'), fc.integer({ min: 100_000, max: 300_000 })).map(([c, n]) => c.repeat(n)) },
)

describe('PNG text chunks', () => {
  it('read back every entry written, in order, whatever its length or script', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ keyword, text }), { maxLength: 4 }), (entries) => {
        expect(readTextChunks(insertTextChunks(onePixel, entries))).toEqual(entries)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)

  it('answer the entries or a NotAPngError for any damaged file, never another exception', () => {
    const withText = insertTextChunks(onePixel, [
      { keyword: 'Title', text: 'AWS global infrastructure' },
      { keyword: 'Comment', text: 'Regionen · 東京 · São Paulo' },
    ])
    const damage = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.integer({ min: 0, max: withText.length }).map((end) => withText.slice(0, end)),
      fc.tuple(fc.integer({ min: 0, max: withText.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
        const copy = withText.slice()
        copy[at] = byte
        return copy
      }),
    )
    fc.assert(
      fc.property(damage, (bytes) => {
        const before = bytes.slice()
        try {
          const entries = readTextChunks(bytes)
          for (const entry of entries) expect(typeof entry.text).toBe('string')
        } catch (error) {
          expect(error).toBeInstanceOf(NotAPngError)
        }
        expect(bytes).toEqual(before)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)
})
