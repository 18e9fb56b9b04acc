/*
 * The sizes and signatures the IPC contract checks, without its schemas: the renderer checks a
 * length or a signature without loading zod (./contract re-exports them beside the schemas).
 */

export const MIB = 1024 * 1024

/**
 * The largest lesson file, in UTF-8 bytes, both saved and opened: one limit, so
 * every lesson the app saves can be opened again.
 */
export const MAX_LESSON_BYTES = 8 * MIB
/** The number of bytes a string takes in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** The most text the clipboard is given: snippets and coordinates are a few kB. */
export const MAX_CLIPBOARD_TEXT = 1 * MIB
/** The largest PNG accepted: an 8192 x 8192 export compresses far below this. */
export const MAX_PNG_BYTES = 256 * MIB
/** The largest video accepted: a time-lapse of every year at 1920×1080 takes a few tens of MiB. */
export const MAX_VIDEO_BYTES = 512 * MIB
/** The most files one series (every scene of a lesson) may hold. */
export const MAX_SERIES_FILES = 500
/** The longest file name offered to a save dialog or written into a chosen folder. */
export const MAX_FILE_NAME_LENGTH = 200

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)
}

/** The four bytes every WebM (Matroska/EBML) file starts with. */
export const WEBM_SIGNATURE: readonly number[] = [0x1a, 0x45, 0xdf, 0xa3]

export function hasWebmSignature(bytes: Uint8Array): boolean {
  return bytes.length >= WEBM_SIGNATURE.length && WEBM_SIGNATURE.every((byte, i) => bytes[i] === byte)
}
