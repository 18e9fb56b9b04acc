import * as nodeFs from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { OpenOutcome, SaveOutcome, SaveRequest, SaveSeriesOutcome, SaveSeriesRequest } from '../shared/api'
import { MAX_LESSON_BYTES } from '../shared/ipc/contract'
import { seriesFolderName } from '../shared/lesson/seriesFolder'
import { describeError, describeWriteError, errorCode, writeFileAtomically, type AtomicFileSystem } from './atomicWrite'

/**
 * The files the user places and picks: one PNG, lesson or time-lapse video
 * through the save dialog, a series of PNGs into a chosen folder, a lesson through the open
 * dialog. Requests arrive already validated by the contract (bare names, PNG
 * bytes, bounded text); these handlers only talk to the dialogs and the disk.
 *
 * A series never touches what is already in the chosen folder: it goes into
 * a new subfolder named after the lesson and the time, and when one file
 * cannot be written, every file this export wrote (and the subfolder) is
 * removed again and the message names the file and the reason.
 * A lesson's text is never parsed here: the renderer validates it and shows
 * the problems.
 */

/** The answers of Electron's dialogs that the handlers read. */
export interface SaveDialogAnswer {
  canceled: boolean
  filePath?: string
}
export interface OpenDialogAnswer {
  canceled: boolean
  filePaths: string[]
}

/** Native dialogs, attached to a window when there is one (Electron's `dialog` fits through a thin adapter). */
export interface FileDialogs<W> {
  showSaveDialog(window: W | null, options: SaveDialogOptions): Promise<SaveDialogAnswer>
  showOpenDialog(window: W | null, options: OpenDialogOptions): Promise<OpenDialogAnswer>
}

/** The folders a dialog starts in (Electron's `app.getPath`). */
export type FolderName = 'pictures' | 'documents' | 'videos'

/** The calls the handlers make; injectable so tests can make any step of a write or read fail. */
export type FileSystem = AtomicFileSystem & Partial<Pick<typeof nodeFs, 'mkdir' | 'rmdir'>>

export interface FileHandlerDependencies<W> {
  dialogs: FileDialogs<W>
  getPath(name: FolderName): string
  fs?: FileSystem
  /** The time a series' folder is named after. */
  now?: () => Date
}

export interface FileHandlers<W> {
  saveFile(request: SaveRequest, window: W | null): Promise<SaveOutcome>
  saveSeries(request: SaveSeriesRequest, window: W | null): Promise<SaveSeriesOutcome>
  openLesson(window: W | null): Promise<OpenOutcome>
}

const PNG_FILTERS = [{ name: 'PNG image', extensions: ['png'] }]
const WEBM_FILTERS = [{ name: 'WebM video', extensions: ['webm'] }]
// Dialog filters take one extension without dots (macOS refuses "infraglobe.json"), so lessons filter on json.
const LESSON_FILTERS = [
  { name: 'InfraGlobe lesson (*.infraglobe.json)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
]

/** Each kind of file's save dialog: its title, the folder it starts in, its filters. */
const SAVE_DIALOGS: Record<SaveRequest['kind'], { title: string; folder: FolderName; filters: { name: string; extensions: string[] }[] }> = {
  png: { title: 'Export View as PNG', folder: 'pictures', filters: PNG_FILTERS },
  lesson: { title: 'Save Lesson', folder: 'documents', filters: LESSON_FILTERS },
  webm: { title: 'Export the Time-Lapse as Video', folder: 'videos', filters: WEBM_FILTERS },
}

const MB = 1024 * 1024

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`
}

function describeReadError(file: string, error: unknown): string {
  const code = errorCode(error)
  const problem =
    code === 'ENOENT'
      ? 'it does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : describeError(error)
  return `InfraGlobe cannot open ${file}: ${problem}.`
}

function dialogFailed(error: unknown): { status: 'failed'; message: string } {
  return { status: 'failed', message: `InfraGlobe could not show the file dialog: ${describeError(error)}` }
}

/** The most folders of the same name and minute tried before a series gives up (two exports a minute is already rare). */
const MAX_FOLDER_ATTEMPTS = 100

export function createFileHandlers<W>({ dialogs, getPath, fs = nodeFs, now = () => new Date() }: FileHandlerDependencies<W>): FileHandlers<W> {
  const mkdir = fs.mkdir ?? nodeFs.mkdir
  const rmdir = fs.rmdir ?? nodeFs.rmdir

  /** Creates a new, empty subfolder of `parent` for a series; an existing one is never reused. */
  async function newSeriesFolder(parent: string, lessonTitle: string | undefined): Promise<string> {
    const name = seriesFolderName(lessonTitle, now())
    for (let attempt = 1; ; attempt++) {
      const folder = join(parent, attempt === 1 ? name : `${name}-${attempt}`)
      try {
        await mkdir(folder)
        return folder
      } catch (error) {
        if (errorCode(error) !== 'EEXIST' || attempt >= MAX_FOLDER_ATTEMPTS) throw Object.assign(error as object, { folder })
      }
    }
  }

  async function saveFile(request: SaveRequest, window: W | null): Promise<SaveOutcome> {
    const dialog = SAVE_DIALOGS[request.kind]
    let answer: SaveDialogAnswer
    try {
      answer = await dialogs.showSaveDialog(window, {
        title: dialog.title,
        defaultPath: join(getPath(dialog.folder), request.suggestedName),
        filters: dialog.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
    } catch (error) {
      return dialogFailed(error)
    }
    // Electron answers an empty path when the dialog is cancelled on some platforms.
    if (answer.canceled || !answer.filePath) return { status: 'cancelled' }
    const file = answer.filePath
    try {
      await writeFileAtomically(file, request.data, fs)
    } catch (error) {
      return { status: 'failed', message: describeWriteError(file, error) }
    }
    return { status: 'saved', location: file }
  }

  async function saveSeries(request: SaveSeriesRequest, window: W | null): Promise<SaveSeriesOutcome> {
    let answer: OpenDialogAnswer
    try {
      answer = await dialogs.showOpenDialog(window, {
        title: 'Export All Scenes into a Folder',
        buttonLabel: 'Export Here',
        defaultPath: getPath('pictures'),
        properties: ['openDirectory', 'createDirectory'],
      })
    } catch (error) {
      return { ...dialogFailed(error), written: 0 }
    }
    const parent = answer.filePaths[0]
    if (answer.canceled || !parent) return { status: 'cancelled' }
    let folder: string
    try {
      folder = await newSeriesFolder(parent, request.lessonTitle)
    } catch (error) {
      const attempted = (error as { folder?: string }).folder ?? parent
      return { status: 'failed', message: describeWriteError(attempted, error), written: 0 }
    }
    const writtenFiles: string[] = []
    for (const [index, { name, data }] of request.files.entries()) {
      // The contract allows bare names only, so every file lands in the new folder.
      const file = join(folder, name)
      try {
        await writeFileAtomically(file, data, fs)
      } catch (error) {
        const left = await removeSeries(folder, writtenFiles)
        const kept =
          left === 0 ? 'Nothing of this export was kept.' : `${left} file${left === 1 ? '' : 's'} of this export could not be removed from ${folder}.`
        return {
          status: 'failed',
          message: `Scene ${index + 1} of ${request.files.length} (${name}) could not be saved: ${describeWriteError(file, error)} ${kept}`,
          written: left,
          failedFile: name,
        }
      }
      writtenFiles.push(file)
    }
    return { status: 'saved', location: folder, count: writtenFiles.length }
  }

  /** Removes the files a failed series wrote, then its folder; returns how many files are left. */
  async function removeSeries(folder: string, files: readonly string[]): Promise<number> {
    let left = 0
    for (const file of files) {
      await fs.unlink(file).catch(() => {
        left++
      })
    }
    // Only an empty folder goes: rmdir refuses one that still holds anything.
    if (left === 0) await rmdir(folder).catch(() => undefined)
    return left
  }

  async function openLesson(window: W | null): Promise<OpenOutcome> {
    let answer: OpenDialogAnswer
    try {
      answer = await dialogs.showOpenDialog(window, {
        title: 'Open Lesson',
        defaultPath: getPath('documents'),
        filters: LESSON_FILTERS,
        properties: ['openFile'],
      })
    } catch (error) {
      return dialogFailed(error)
    }
    const file = answer.filePaths[0]
    if (answer.canceled || !file) return { status: 'cancelled' }
    return readLesson(file)
  }

  /** Reads the picked file as UTF-8 text, refusing one too large before any of it reaches memory. */
  async function readLesson(file: string): Promise<OpenOutcome> {
    const failed = (problem: string): OpenOutcome => ({ status: 'failed', message: `InfraGlobe cannot open ${file}: ${problem}.` })
    let handle: nodeFs.FileHandle
    try {
      handle = await fs.open(file, 'r')
    } catch (error) {
      return { status: 'failed', message: describeReadError(file, error) }
    }
    try {
      const stats = await handle.stat()
      if (!stats.isFile()) return failed('it is not a file')
      if (stats.size > MAX_LESSON_BYTES) {
        return failed(`it is ${megabytes(stats.size)}, larger than the limit of ${megabytes(MAX_LESSON_BYTES)} for a lesson`)
      }
      const bytes = await handle.readFile()
      // The file may have grown since it was measured.
      if (bytes.byteLength > MAX_LESSON_BYTES) return failed(`it is larger than the limit of ${megabytes(MAX_LESSON_BYTES)} for a lesson`)
      let text: string
      try {
        // A byte-order mark, which some editors write, is dropped by the decoder.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        return failed('it is not UTF-8 text (a lesson file is JSON saved as UTF-8)')
      }
      return { status: 'opened', name: basename(file), text }
    } catch (error) {
      return { status: 'failed', message: describeReadError(file, error) }
    } finally {
      await handle.close().catch(() => undefined)
    }
  }

  return { saveFile, saveSeries, openLesson }
}
