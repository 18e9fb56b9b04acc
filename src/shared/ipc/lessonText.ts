import { z } from 'zod'
import { MAX_LESSON_BYTES, MIB, utf8Length } from './limits'

/*
 * A lesson file's text as it crosses a process boundary: saved, opened, kept
 * as a draft, or sent to the audience view of a presentation.
 */

// The limit needs no schema: it lives in ./limits, which the renderer imports alone.
export { MAX_LESSON_BYTES, MIB, utf8Length } from './limits'

// A text longer in characters than the limit in bytes is refused before its bytes are counted.
export const LessonTextSchema = z
  .string()
  .max(MAX_LESSON_BYTES, { message: `lesson larger than ${MAX_LESSON_BYTES / MIB} MiB` })
  .refine((text) => utf8Length(text) <= MAX_LESSON_BYTES, { message: `lesson larger than ${MAX_LESSON_BYTES / MIB} MiB` })

