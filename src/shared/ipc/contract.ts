import { z } from 'zod'
import type { DatasetProblem } from '../dataset/openDataset'
import type { Dataset } from '../dataset/schema'
import { SettingsSchema, type Settings } from '../settings/schema'
import { invokeChannels, MENU_COMMANDS } from './channels'
import { PresentationMessageSchema } from '../presentation/messages'
import { LessonTextSchema } from './lessonText'
import { MIB } from './limits'

/**
 * The one IPC contract between main, preload and renderer. Channel names and
 * payload schemas are defined here once; main validates every payload with
 * these schemas, the preload and renderer take their types from them.
 */

// Channel names live in a zod-free module so the sandboxed preload can import them alone.
export { eventChannels, invokeChannels } from './channels'

export type InvokeChannel = (typeof invokeChannels)[keyof typeof invokeChannels]

// The lesson text's limit lives beside its schema (lessonText.ts); presentation messages carry a lesson too.
export { LessonTextSchema, MAX_LESSON_BYTES, utf8Length } from './lessonText'

// The limits and signatures need no schema: they live in ./limits, which the renderer imports alone.
export {
  hasPngSignature,
  hasWebmSignature,
  MAX_CLIPBOARD_TEXT,
  MAX_FILE_NAME_LENGTH,
  MAX_PNG_BYTES,
  MAX_SERIES_FILES,
  MAX_VIDEO_BYTES,
  PNG_SIGNATURE,
  WEBM_SIGNATURE,
} from './limits'
import { hasPngSignature, hasWebmSignature, MAX_CLIPBOARD_TEXT, MAX_FILE_NAME_LENGTH, MAX_PNG_BYTES, MAX_SERIES_FILES, MAX_VIDEO_BYTES } from './limits'

/**
 * A PNG image as the renderer sends it: a Uint8Array (structured clone keeps
 * the type) that starts with the PNG signature and fits the limit.
 */
export const PngBytesSchema = z
  .instanceof(Uint8Array, { message: 'expected PNG bytes (a Uint8Array)' })
  .refine((bytes) => bytes.byteLength <= MAX_PNG_BYTES, { message: `larger than ${MAX_PNG_BYTES / MIB} MiB` })
  .refine(hasPngSignature, { message: 'not a PNG image (no PNG signature)' })

/** A WebM video as the renderer sends it (the time-lapse): bytes that start with the EBML signature and fit the limit. */
export const WebmBytesSchema = z
  .instanceof(Uint8Array, { message: 'expected WebM bytes (a Uint8Array)' })
  .refine((bytes) => bytes.byteLength <= MAX_VIDEO_BYTES, { message: `larger than ${MAX_VIDEO_BYTES / MIB} MiB` })
  .refine(hasWebmSignature, { message: 'not a WebM video (no EBML signature)' })

// Folder separators, control characters and the characters Windows refuses in names.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[/\\<>:"|?*\u0000-\u001f\u007f]/

/**
 * A bare file name: no folder, no way out of the folder it lands in, nothing a
 * file system refuses; `extension` says which endings the kind of file takes.
 */
function fileNameSchema(extension: RegExp, expected: string) {
  return z
    .string()
    .min(1, { message: 'empty file name' })
    .max(MAX_FILE_NAME_LENGTH, { message: `file name longer than ${MAX_FILE_NAME_LENGTH} characters` })
    .refine((name) => !UNSAFE_NAME_CHARACTERS.test(name), {
      message: 'file name with a folder separator, a control character or a character file systems refuse',
    })
    .refine((name) => !name.includes('..'), { message: 'file name containing ".."' })
    .refine((name) => extension.test(name), { message: `file name must end in ${expected}` })
}

export const PngFileNameSchema = fileNameSchema(/^[^.].*\.png$/i, '.png')
export const LessonFileNameSchema = fileNameSchema(/^[^.].*\.json$/i, '.infraglobe.json or .json')
export const WebmFileNameSchema = fileNameSchema(/^[^.].*\.webm$/i, '.webm')

export const SaveFileRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('png'), suggestedName: PngFileNameSchema, data: PngBytesSchema }),
  z.strictObject({ kind: z.literal('lesson'), suggestedName: LessonFileNameSchema, data: LessonTextSchema }),
  z.strictObject({ kind: z.literal('webm'), suggestedName: WebmFileNameSchema, data: WebmBytesSchema }),
])

/** The longest lesson title a series export names its folder after (the lesson format's own limit). */
export const MAX_SERIES_TITLE_LENGTH = 200

export const SaveSeriesRequestSchema = z.strictObject({
  lessonTitle: z.string().max(MAX_SERIES_TITLE_LENGTH, { message: `lesson title longer than ${MAX_SERIES_TITLE_LENGTH} characters` }).optional(),
  files: z
    .array(z.strictObject({ name: PngFileNameSchema, data: PngBytesSchema }))
    .min(1, { message: 'no files to save' })
    .max(MAX_SERIES_FILES, { message: `more than ${MAX_SERIES_FILES} files` })
    .superRefine((files, context) => {
      // Folders on Windows and macOS ignore case: two names differing only in case are one file there.
      const seen = new Set<string>()
      files.forEach((file, index) => {
        const key = file.name.toLowerCase()
        if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate file name ${file.name}` })
        seen.add(key)
      })
    }),
})

/** Request payload schemas: every handler parses its argument with one of these. */
export const requestSchemas = {
  [invokeChannels.loadDataset]: z.undefined(),
  [invokeChannels.appInfo]: z.undefined(),
  [invokeChannels.loadSettings]: z.undefined(),
  [invokeChannels.saveSettings]: SettingsSchema,
  [invokeChannels.copyText]: z.string().max(MAX_CLIPBOARD_TEXT, { message: `text longer than ${MAX_CLIPBOARD_TEXT} characters` }),
  [invokeChannels.copyPng]: PngBytesSchema,
  [invokeChannels.saveFile]: SaveFileRequestSchema,
  [invokeChannels.saveSeries]: SaveSeriesRequestSchema,
  [invokeChannels.openLesson]: z.undefined(),
  [invokeChannels.openDataset]: z.undefined(),
  [invokeChannels.useBuiltinDataset]: z.undefined(),
  [invokeChannels.setFullScreen]: z.boolean(),
  [invokeChannels.setUnsavedLesson]: z.boolean(),
  [invokeChannels.saveDraft]: LessonTextSchema,
  [invokeChannels.loadDraft]: z.undefined(),
  [invokeChannels.clearDraft]: z.undefined(),
  [invokeChannels.openAudienceView]: z.undefined(),
  [invokeChannels.closeAudienceView]: z.undefined(),
  [invokeChannels.sendPresentationMessage]: PresentationMessageSchema,
  [invokeChannels.swapPresentationScreens]: z.undefined(),
} satisfies Record<InvokeChannel, z.core.$ZodType>

export const MenuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommandSchema>

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  edition: z.enum(['desktop', 'web']),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/**
 * The outcome of loading the dataset: never a half-valid dataset. `origin`
 * says whether it is the bundled one or a file the user opened; `notice`
 * says why a remembered file was not used (the bundled one was loaded
 * instead). Both are optional so that older main processes still fit.
 */
export type DatasetLoadResult =
  | { ok: true; file: string; dataset: Dataset; origin?: 'builtin' | 'file'; notice?: string }
  | { ok: false; file: string; problems: string[]; origin?: 'builtin' | 'file'; notice?: string }

/** The outcome of writing a file the user places: saved (where), cancelled by the user, or failed (why). */
export type SaveOutcome =
  | { status: 'saved'; /** What the user sees: a path on the desktop, the file name on the web. */ location: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/** The outcome of opening a file the user picks; the text is validated by the caller, never by the platform. */
export type OpenOutcome =
  | { status: 'opened'; name: string; text: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

export type SaveSeriesOutcome =
  /** `location`: the new folder on the desktop, "your downloads" on the web. */
  | { status: 'saved'; location: string; count: number }
  | { status: 'cancelled' }
  | {
      status: 'failed'
      /** Which file failed and why, and what was kept; ready to show. */
      message: string
      /** Files of this export still on disk: 0 on the desktop once what it wrote is removed again. */
      written: number
      /** The file that could not be written, when one was reached. */
      failedFile?: string
    }

/** A lesson autosaved while it had unsaved changes: its text and when it was saved (ISO 8601). */
export interface LessonDraft {
  text: string
  savedAt: string
}

/** What each request channel answers. */
export interface InvokeResults {
  [invokeChannels.loadDataset]: DatasetLoadResult
  [invokeChannels.appInfo]: AppInfo
  [invokeChannels.loadSettings]: Settings
  [invokeChannels.saveSettings]: void
  [invokeChannels.copyText]: void
  [invokeChannels.copyPng]: void
  [invokeChannels.saveFile]: SaveOutcome
  [invokeChannels.saveSeries]: SaveSeriesOutcome
  [invokeChannels.openLesson]: OpenOutcome
  [invokeChannels.openDataset]: DatasetOpenOutcome
  [invokeChannels.useBuiltinDataset]: DatasetLoadResult
  [invokeChannels.setFullScreen]: void
  [invokeChannels.setUnsavedLesson]: void
  [invokeChannels.saveDraft]: void
  [invokeChannels.loadDraft]: LessonDraft | null
  [invokeChannels.clearDraft]: void
  [invokeChannels.openAudienceView]: AudienceViewOutcome
  [invokeChannels.closeAudienceView]: void
  [invokeChannels.sendPresentationMessage]: void
  [invokeChannels.swapPresentationScreens]: SwapOutcome
}

/**
 * Opening the audience view of a presentation on two screens. `displays`:
 * how many screens the system has (1 on the web, which cannot tell);
 * `fullScreen`: the audience view went full screen by itself (desktop: on
 * the other display when there is one, else on this one, in front of the
 * presenter view, which "swap" brings back).
 */
export type AudienceViewOutcome =
  | { status: 'opened'; displays: number; fullScreen: boolean }
  | { status: 'failed'; message: string }

/** Which view is full screen after a swap (desktop, one display), or unavailable (the web, two displays, no audience view). */
export type SwapOutcome = { status: 'swapped'; fullScreen: 'presenter' | 'audience' } | { status: 'unavailable' }

/**
 * The outcome of opening a dataset file the user picks. `opened` carries the
 * text, already checked by the platform with the shared validation
 * (checkDatasetText): the renderer parses it with the same function and
 * switches to it. `failed` is a refusal: too large (refused by its size,
 * unread), unreadable, or invalid, with the first problems; the current
 * dataset stays. `remembered` says whether the choice will be reopened at
 * the next start (desktop: always; web: when the browser could store it).
 */
export type DatasetOpenOutcome =
  | { status: 'opened'; name: string; text: string; remembered: boolean }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string; problems: DatasetProblem[] }
