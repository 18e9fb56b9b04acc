import { describe, expect, it } from 'vitest'
import { insertTextChunks, readTextChunks } from '../../../../src/shared/png/textChunks'

/** A 1×1 RGBA PNG as encoders write it: signature, IHDR, IDAT, IEND. */
const onePixel = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
)

describe('PNG text chunks with long texts', () => {
  it('reads back a Latin-1 text of two million characters (a tEXt chunk) without overflowing the stack', () => {
    const text = 'Zürich '.repeat(300_000)
    expect(readTextChunks(insertTextChunks(onePixel, [{ keyword: 'Comment', text }]))).toEqual([{ keyword: 'Comment', text }])
  })

  it('reads back a text of a million CJK characters (an iTXt chunk)', () => {
    const text = '東京'.repeat(500_000)
    expect(readTextChunks(insertTextChunks(onePixel, [{ keyword: 'Title', text }]))).toEqual([{ keyword: 'Title', text }])
  })

  it('quotes at most a few dozen characters of a refused keyword', () => {
    expect(() => insertTextChunks(onePixel, [{ keyword: 'k'.repeat(100_000), text: '' }])).toThrow(/^"k{40}"… \(100,000 characters\) is not/)
  })
})
