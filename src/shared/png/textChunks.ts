import { quoteValue } from '../text/quote'

/**
 * PNG text metadata: tEXt chunks for Latin-1 text, iTXt (UTF-8) for any
 * other script, inserted just before IEND; and a reader for them. Pure byte
 * work, no DOM, so the exporter and the tests share it.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const

/** A keyword and its text; keywords are 1-79 Latin-1 characters (PNG spec, 11.3.4). */
export interface PngText {
  keyword: string
  text: string
}

export class NotAPngError extends Error {
  constructor(reason: string) {
    super(`not a PNG image: ${reason}`)
    this.name = 'NotAPngError'
  }
}

let crcTable: Uint32Array | null = null

function table(): Uint32Array {
  if (crcTable) return crcTable
  crcTable = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crcTable[n] = c >>> 0
  }
  return crcTable
}

/** CRC-32 (ISO 3309, as PNG uses it) of bytes[start, end). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = table()
  let c = 0xffffffff
  for (let i = start; i < end; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

interface Chunk {
  type: string
  /** Offset of the chunk's length field. */
  offset: number
  dataStart: number
  dataLength: number
}

/**
 * Latin-1 bytes as a string, a slice at a time: spreading a long text into
 * String.fromCharCode would pass one argument per byte and overflow the stack.
 */
function latin1Text(bytes: Uint8Array): string {
  const SLICE = 8192
  let out = ''
  for (let at = 0; at < bytes.length; at += SLICE) {
    out += String.fromCharCode.apply(null, bytes.subarray(at, at + SLICE) as unknown as number[])
  }
  return out
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)) >>> 0
}

function chunks(png: Uint8Array): Chunk[] {
  if (png.length < SIGNATURE.length + 12 || SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new NotAPngError('the signature is missing')
  }
  const found: Chunk[] = []
  let at = SIGNATURE.length
  while (at + 12 <= png.length) {
    const dataLength = readUint32(png, at)
    const type = latin1Text(png.subarray(at + 4, at + 8))
    const dataStart = at + 8
    if (dataStart + dataLength + 4 > png.length) throw new NotAPngError(`the ${type} chunk runs past the end`)
    found.push({ type, offset: at, dataStart, dataLength })
    if (type === 'IEND') return found
    at = dataStart + dataLength + 4
  }
  throw new NotAPngError('there is no IEND chunk')
}

/** True when every byte of the text is Latin-1 and not a control character other than newline (what tEXt allows). */
function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 0xff || (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code < 0xa0)) return false
  }
  return true
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function checkKeyword(keyword: string): void {
  if (keyword.length < 1 || keyword.length > 79 || !isLatin1(keyword) || keyword.includes('\n') || /^ | $| {2}/.test(keyword)) {
    throw new RangeError(`${quoteValue(keyword)} is not a valid PNG text keyword`)
  }
}

/** The chunk bytes (length, type, data, CRC) for one text entry: tEXt when Latin-1, else uncompressed iTXt. */
export function textChunk(entry: PngText): Uint8Array {
  checkKeyword(entry.keyword)
  const keyword = latin1Bytes(entry.keyword)
  const latin1 = isLatin1(entry.text)
  const type = latin1 ? 'tEXt' : 'iTXt'
  // iTXt: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
  const data = latin1
    ? concat([keyword, Uint8Array.of(0), latin1Bytes(entry.text)])
    : concat([keyword, Uint8Array.of(0, 0, 0, 0, 0), new TextEncoder().encode(entry.text)])
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  chunk.set(latin1Bytes(type), 4)
  chunk.set(data, 8)
  view.setUint32(8 + data.length, crc32(chunk, 4, 8 + data.length))
  return chunk
}

/** A copy of the PNG with the text entries inserted just before IEND; throws NotAPngError for anything else. */
export function insertTextChunks(png: Uint8Array, entries: readonly PngText[]): Uint8Array {
  const end = chunks(png).at(-1) as Chunk
  const added = entries.map(textChunk)
  const size = added.reduce((sum, chunk) => sum + chunk.length, 0)
  const out = new Uint8Array(png.length + size)
  out.set(png.subarray(0, end.offset), 0)
  let at = end.offset
  for (const chunk of added) {
    out.set(chunk, at)
    at += chunk.length
  }
  out.set(png.subarray(end.offset), at)
  return out
}

/** Every tEXt and uncompressed iTXt entry of a PNG, in file order; chunks with a wrong CRC are refused. */
export function readTextChunks(png: Uint8Array): PngText[] {
  const entries: PngText[] = []
  for (const chunk of chunks(png)) {
    if (chunk.type !== 'tEXt' && chunk.type !== 'iTXt') continue
    const stored = readUint32(png, chunk.dataStart + chunk.dataLength)
    if (stored !== crc32(png, chunk.offset + 4, chunk.dataStart + chunk.dataLength)) {
      throw new NotAPngError(`the ${chunk.type} chunk's CRC does not match`)
    }
    const data = png.subarray(chunk.dataStart, chunk.dataStart + chunk.dataLength)
    const nul = data.indexOf(0)
    if (nul < 1) continue
    const keyword = latin1Text(data.subarray(0, nul))
    if (chunk.type === 'tEXt') {
      entries.push({ keyword, text: latin1Text(data.subarray(nul + 1)) })
      continue
    }
    if (data[nul + 1] !== 0) continue // compressed iTXt: never written here
    const language = data.indexOf(0, nul + 3)
    const translated = language < 0 ? -1 : data.indexOf(0, language + 1)
    if (translated < 0) continue
    entries.push({ keyword, text: new TextDecoder().decode(data.subarray(translated + 1)) })
  }
  return entries
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const header = chunks(png)[0]
  if (header?.type !== 'IHDR') throw new NotAPngError('the first chunk is not IHDR')
  return { width: readUint32(png, header.dataStart), height: readUint32(png, header.dataStart + 4) }
}
