import { z } from 'zod'

/*
 * A lesson file's text as it crosses a process boundary: saved, opened, kept
 * as a draft, or sent to the audience view of a presentation.
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

// A text longer in characters than the limit in bytes is refused before its bytes are counted.
export const LessonTextSchema = z
  .string()
  .max(MAX_LESSON_BYTES, { message: `lesson larger than ${MAX_LESSON_BYTES / MIB} MiB` })
  .refine((text) => utf8Length(text) <= MAX_LESSON_BYTES, { message: `lesson larger than ${MAX_LESSON_BYTES / MIB} MiB` })

