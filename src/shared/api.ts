import type { DatasetProblem } from './dataset/openDataset'
import type { AppInfo, DatasetLoadResult, MenuCommand } from './ipc/contract'
import type { Settings } from './settings/schema'

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

/** A file the renderer asks the platform to save: a suggested name (no folders) and the bytes or text. */
export interface SaveRequest {
  /** A bare file name such as "infraglobe-europe.png"; the user may change it in the dialog. */
  suggestedName: string
  kind: 'png' | 'lesson'
  data: Uint8Array | string
}

/** Several files saved into one folder the user picks once (export of every scene). */
export interface SaveSeriesRequest {
  /** Bare file names, in order; no folders. */
  files: readonly { name: string; data: Uint8Array }[]
}

export type SaveSeriesOutcome =
  | { status: 'saved'; location: string; count: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string; /** Files fully written before the failure. */ written: number }

/**
 * The one API the renderer uses to reach its platform. The desktop edition
 * implements it in the preload (over IPC); the web edition implements it with
 * the bundled files, browser storage, downloads and the file picker. Nothing
 * else crosses the boundary.
 */
export interface InfraGlobeApi {
  /**
   * Loads and validates the dataset to start with: the one the user opened
   * last, if it still validates, otherwise the bundled one (then `notice`
   * says why the remembered one was not used).
   */
  loadDataset(): Promise<DatasetLoadResult>
  /**
   * Lets the user pick a dataset file (desktop: native dialog; web: file
   * picker), refuses one of MAX_DATASET_FILE_BYTES or more by its size before
   * reading it, validates it, and remembers it for the next start when valid.
   */
  openDataset(): Promise<DatasetOpenOutcome>
  /** Forgets an opened dataset and returns the bundled one: the way back. */
  useBuiltinDataset(): Promise<DatasetLoadResult>
  appInfo(): Promise<AppInfo>
  /** The persisted settings, validated and migrated; the defaults when there are none or they are unusable. */
  loadSettings(): Promise<Settings>
  /** Persists the settings (the platform validates them again); rejects if they could not be stored. */
  saveSettings(settings: Settings): Promise<void>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Puts text on the system clipboard. */
  copyText(text: string): Promise<void>
  /** Puts a PNG image on the system clipboard. */
  copyPng(png: Uint8Array): Promise<void>
  /** Saves one file where the user chooses (desktop: native dialog, atomic write; web: a download). */
  saveFile(request: SaveRequest): Promise<SaveOutcome>
  /** Saves numbered files into one folder the user chooses (desktop) or as downloads (web). */
  saveSeries(request: SaveSeriesRequest): Promise<SaveSeriesOutcome>
  /** Lets the user pick a lesson file and returns its text (desktop: native dialog; web: file picker). */
  openLesson(): Promise<OpenOutcome>
  /** Enters or leaves full screen (desktop: the window; web: the Fullscreen API). */
  setFullScreen(on: boolean): Promise<void>
}

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'infraglobe'
