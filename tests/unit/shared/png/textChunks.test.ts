import { describe, expect, it } from 'vitest'
import { crc32, insertTextChunks, NotAPngError, pngSize, readTextChunks, textChunk } from '../../../../src/shared/png/textChunks'

/** A 1×1 RGBA PNG as encoders write it: signature, IHDR, IDAT, IEND. */
const onePixel = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
)

function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = []
  let at = 8
  while (at < png.length) {
    const length = new DataView(png.buffer, png.byteOffset).getUint32(at)
    types.push(Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'))
    at += 12 + length
  }
  return types
}

describe('PNG text chunks', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('computes the CRC that every IEND chunk carries', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082)
  })

  it('agrees with the CRC an encoder wrote for a real IHDR chunk', () => {
    const stored = new DataView(onePixel.buffer, onePixel.byteOffset).getUint32(8 + 8 + 13)
    expect(crc32(onePixel, 12, 8 + 8 + 13)).toBe(stored)
  })

  it('reads back the entries it inserted, in order, before IEND', () => {
    const entries = [
      { keyword: 'Title', text: 'AWS global infrastructure' },
      { keyword: 'Source', text: 'AWS SDK; Natural Earth' },
      { keyword: 'Comment', text: 'Data as of 2026-11-21' },
    ]
    const out = insertTextChunks(onePixel, entries)
    expect(readTextChunks(out)).toEqual(entries)
    expect(chunkTypes(out)).toEqual(['IHDR', 'IDAT', 'tEXt', 'tEXt', 'tEXt', 'IEND'])
    expect(out.subarray(0, 8)).toEqual(onePixel.subarray(0, 8))
    expect(pngSize(out)).toEqual({ width: 1, height: 1 })
  })

  it('leaves the input untouched', () => {
    const before = onePixel.slice()
    insertTextChunks(onePixel, [{ keyword: 'Title', text: 'x' }])
    expect(onePixel).toEqual(before)
  })

  it('keeps Latin-1 text such as "São Paulo" in a tEXt chunk', () => {
    const chunk = textChunk({ keyword: 'Title', text: 'São Paulo' })
    expect(Buffer.from(chunk.subarray(4, 8)).toString('latin1')).toBe('tEXt')
    expect(readTextChunks(insertTextChunks(onePixel, [{ keyword: 'Title', text: 'São Paulo' }]))[0]?.text).toBe('São Paulo')
  })

  it('puts a title in another script into an iTXt chunk as UTF-8', () => {
    const title = 'AWS リージョン · مناطق'
    const out = insertTextChunks(onePixel, [{ keyword: 'Title', text: title }])
    expect(chunkTypes(out)).toContain('iTXt')
    expect(readTextChunks(out)).toEqual([{ keyword: 'Title', text: title }])
  })

  it('writes a CRC over the chunk type and data of each inserted chunk', () => {
    const chunk = textChunk({ keyword: 'Software', text: 'InfraGlobe' })
    const stored = new DataView(chunk.buffer).getUint32(chunk.length - 4)
    expect(stored).toBe(crc32(chunk, 4, chunk.length - 4))
  })

  it('refuses a chunk whose CRC was damaged', () => {
    const out = insertTextChunks(onePixel, [{ keyword: 'Title', text: 'globe' }])
    const damaged = out.slice()
    const textStart = onePixel.length - 12
    damaged[textStart + 10] = 0x21
    expect(() => readTextChunks(damaged)).toThrow(/CRC/)
  })

  it('refuses input that is not a PNG', () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
    expect(() => insertTextChunks(jpeg, [{ keyword: 'Title', text: 'x' }])).toThrow(NotAPngError)
    expect(() => readTextChunks(new TextEncoder().encode('hello, not an image at all'))).toThrow(NotAPngError)
  })

  it('refuses a PNG cut short before IEND', () => {
    expect(() => insertTextChunks(onePixel.subarray(0, onePixel.length - 12), [])).toThrow(/IEND/)
  })

  it('refuses keywords the PNG specification does not allow', () => {
    expect(() => textChunk({ keyword: '', text: 'x' })).toThrow(RangeError)
    expect(() => textChunk({ keyword: 'x'.repeat(80), text: 'x' })).toThrow(RangeError)
    expect(() => textChunk({ keyword: 'タイトル', text: 'x' })).toThrow(RangeError)
  })
})


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
