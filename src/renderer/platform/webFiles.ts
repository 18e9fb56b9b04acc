import type { InfraGlobeApi, OpenOutcome, SaveOutcome, SaveSeriesOutcome } from '../../shared/api'
import { MAX_LESSON_BYTES } from '../../shared/ipc/limits'

/**
 * Files in the web edition: saving is a download (the browser decides where
 * it lands), opening is the browser's file picker. Requests are checked with
 * the same contract schemas the desktop edition checks in main, so both
 * editions accept and refuse the same files.
 */

/** How long a download's blob URL lives: the browser reads it after the click returns. */
export const REVOKE_DELAY_MS = 30_000
/** The pause between the downloads of a series: browsers drop downloads that come in a burst. */
export const SERIES_GAP_MS = 300
/** What a series reports as its location: the browser picks the folder. */
export const DOWNLOADS_LOCATION = 'your downloads'

export interface WebFilesOptions {
  document?: Document
  /** Waits between the downloads of a series; injectable so tests need not. */
  wait?: (ms: number) => Promise<void>
  /** The time a series' names start with. */
  now?: () => Date
}

type WebFiles = Pick<InfraGlobeApi, 'saveFile' | 'saveSeries' | 'openLesson'>

const MB = 1024 * 1024

/** The contract's schemas, fetched with the first file saved (zod is not part of the first download). */
function contract() {
  return import('../../shared/ipc/contract')
}

function describeIssues(error: { issues: readonly { message: string }[] }): string {
  return error.issues.map((issue) => issue.message).join('; ')
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}

/** The bytes as a part a Blob accepts (a Uint8Array over a plain ArrayBuffer). */
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

export function createWebFiles(options: WebFilesOptions = {}): WebFiles {
  const doc = () => options.document ?? document
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const now = options.now ?? (() => new Date())

  /** Starts a download the way a link with `download` does; the blob URL is revoked once the browser has it. */
  function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob)
    const link = doc().createElement('a')
    link.href = url
    link.download = name
    link.rel = 'noopener'
    link.hidden = true
    doc().body.append(link)
    try {
      link.click()
    } finally {
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS)
    }
  }

  async function saveFile(request: unknown): Promise<SaveOutcome> {
    const { SaveFileRequestSchema } = await contract()
    const checked = SaveFileRequestSchema.safeParse(request)
    if (!checked.success) return { status: 'failed', message: `The file was not saved: ${describeIssues(checked.error)}.` }
    const { suggestedName, kind, data } = checked.data
    const blob =
      kind === 'png'
        ? new Blob([blobPart(data)], { type: 'image/png' })
        : kind === 'webm'
          ? new Blob([blobPart(data)], { type: 'video/webm' })
          : new Blob([data], { type: 'application/json' })
    try {
      download(suggestedName, blob)
    } catch (error) {
      return { status: 'failed', message: `The download of ${suggestedName} could not start: ${describeError(error)}.` }
    }
    return { status: 'saved', location: suggestedName }
  }

  async function saveSeries(request: unknown): Promise<SaveSeriesOutcome> {
    const [{ SaveSeriesRequestSchema }, { seriesFolderName }] = await Promise.all([contract(), import('../../shared/lesson/seriesFolder')])
    const checked = SaveSeriesRequestSchema.safeParse(request)
    if (!checked.success) {
      return { status: 'failed', message: `The files were not saved: ${describeIssues(checked.error)}.`, written: 0 }
    }
    const { files, lessonTitle } = checked.data
    // A browser cannot make a folder in the downloads: the names carry the lesson and the time instead,
    // so this series never replaces (or gets renamed against) the files of an earlier one.
    const prefix = seriesFolderName(lessonTitle, now())
    let written = 0
    for (const [index, file] of files.entries()) {
      if (index > 0) await wait(SERIES_GAP_MS)
      const name = `${prefix}-${file.name}`
      try {
        download(name, new Blob([blobPart(file.data)], { type: 'image/png' }))
      } catch (error) {
        const kept = written === 0 ? 'Nothing was downloaded.' : written === 1 ? `The scene before it is in ${DOWNLOADS_LOCATION}.` : `The ${written} scenes before it are in ${DOWNLOADS_LOCATION}.`
        return {
          status: 'failed',
          message: `Scene ${index + 1} of ${files.length} (${name}) could not be downloaded: ${describeError(error)}. ${kept}`,
          written,
          failedFile: name,
        }
      }
      written++
    }
    return { status: 'saved', location: DOWNLOADS_LOCATION, count: written }
  }

  /**
   * Shows the browser's file picker. Browsers that fire no 'cancel' event
   * (before Chrome 113, Firefox 91, Safari 16.4) leave a cancelled pick pending.
   */
  function openLesson(): Promise<OpenOutcome> {
    return new Promise<OpenOutcome>((resolve) => {
      const input = doc().createElement('input')
      input.type = 'file'
      input.accept = '.json,application/json'
      input.hidden = true
      const finish = (outcome: OpenOutcome | Promise<OpenOutcome>) => {
        input.remove()
        resolve(outcome)
      }
      input.addEventListener('cancel', () => finish({ status: 'cancelled' }), { once: true })
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        finish(file ? readLesson(file) : { status: 'cancelled' })
      }, { once: true })
      // Some browsers only open the picker of an input that is in the document.
      doc().body.append(input)
      input.click()
    })
  }

  return { saveFile, saveSeries, openLesson }
}

/** Reads a picked file as UTF-8 text, with the same limit and message as the desktop edition. */
export async function readLesson(file: File): Promise<OpenOutcome> {
  const failed = (problem: string): OpenOutcome => ({ status: 'failed', message: `InfraGlobe cannot open ${file.name}: ${problem}.` })
  if (file.size > MAX_LESSON_BYTES) {
    return failed(`it is ${(file.size / MB).toFixed(1)} MB, larger than the limit of ${(MAX_LESSON_BYTES / MB).toFixed(1)} MB for a lesson`)
  }
  let bytes: ArrayBuffer
  try {
    bytes = await readBytes(file)
  } catch (error) {
    return failed(describeError(error))
  }
  try {
    // Fatal, unlike File.text(), which would replace broken bytes silently; a byte-order mark is dropped.
    return { status: 'opened', name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return failed('it is not UTF-8 text (a lesson file is JSON saved as UTF-8)')
  }
}

/** The file's bytes, through FileReader: every browser has it, and so does the test DOM (unlike Blob.arrayBuffer). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsArrayBuffer(file)
  })
}
