import type {
  AppInfo,
  AudienceViewOutcome,
  DatasetLoadResult,
  DatasetOpenOutcome,
  LessonDraft,
  MenuCommand,
  OpenOutcome,
  SaveOutcome,
  SaveSeriesOutcome,
  SwapOutcome,
} from './ipc/contract'
import type { PresentationMessage } from './presentation/messages'
import type { Settings } from './settings/schema'

// The outcomes are answers of IPC channels, so the contract defines them; they are part of this API too.
export type { AudienceViewOutcome, DatasetOpenOutcome, LessonDraft, OpenOutcome, SaveOutcome, SaveSeriesOutcome, SwapOutcome } from './ipc/contract'

/** A file the renderer asks the platform to save: a suggested name (no folders) and the bytes or text. */
export interface SaveRequest {
  /** A bare file name such as "infraglobe-europe.png"; the user may change it in the dialog. */
  suggestedName: string
  /** The time-lapse's video is 'webm'. */
  kind: 'png' | 'lesson' | 'webm'
  data: Uint8Array | string
}

/**
 * Several files saved together (export of every scene): on the desktop into a
 * new folder, named after the lesson and the time, inside the folder the user
 * picks once; on the web as downloads whose names start with that name.
 */
export interface SaveSeriesRequest {
  /** The lesson's title, for the folder's name ("Regions & AZs" → "regions-azs-2026-12-04-1405"). */
  lessonTitle?: string
  /** Bare file names, in order; no folders. */
  files: readonly { name: string; data: Uint8Array }[]
}

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
  /**
   * Tells the platform whether the lesson has unsaved changes. Desktop: while
   * true, closing the window asks Save / Don't Save / Cancel (Save sends the
   * `save-lesson-and-close` menu command). Web: kept for the page's own
   * before-unload prompt.
   */
  setUnsavedLesson(unsaved: boolean): Promise<void>
  /** Keeps an autosaved draft of the lesson (desktop: the settings folder, atomic; web: localStorage); the last one wins. */
  saveDraft(text: string): Promise<void>
  /** The autosaved draft, or null when there is none (or it is unreadable). */
  loadDraft(): Promise<LessonDraft | null>
  /** Removes the autosaved draft (after a save, a restore or a refusal). */
  clearDraft(): Promise<void>
  /**
   * Presenting on two screens, from the presenter's window: opens the
   * audience view (desktop: a second window, full screen on the other
   * display when there is one; web: a second browser window of the same
   * origin, which the presenter drags to the projector).
   */
  openAudienceView(): Promise<AudienceViewOutcome>
  /** Closes the audience view (presenting has ended); nothing when there is none. */
  closeAudienceView(): Promise<void>
  /** Sends a message to the other view of the presentation (presenter ↔ audience). */
  sendPresentationMessage(message: PresentationMessage): Promise<void>
  /** Subscribes to the other view's messages (validated); returns the unsubscribe function. */
  onPresentationMessage(listener: (message: PresentationMessage) => void): () => void
  /** Desktop with one display: makes the other view full screen. */
  swapPresentationScreens(): Promise<SwapOutcome>
}

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'infraglobe'
