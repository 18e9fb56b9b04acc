import { z } from 'zod'
import { issueMessages } from '../shared/dataset/validate'
import {
  invokeChannels,
  requestSchemas,
  type AppInfo,
  type DatasetLoadResult,
  type InvokeChannel,
  type InvokeResults,
} from '../shared/ipc/contract'
import { isAppUrl } from './appProtocol'
import type { ClipboardService } from './clipboard'
import type { DatasetHandlers } from './datasetFiles'
import type { DraftStore } from './drafts'
import type { FileHandlers } from './files'
import type { Presentations } from './presentation'
import type { SettingsStore } from './settings'

/**
 * Every IPC handler goes through `handle`: the sender is checked first, then
 * the payload is parsed with the contract's schema, and only then does the
 * handler run. Nothing else registers with ipcMain.
 */

/** The part of a frame the sender check reads (Electron's WebFrameMain has both). */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

/** The part of an invoke event the wrapper reads (Electron's IpcMainInvokeEvent has it). */
export interface SenderEvent {
  readonly senderFrame: SenderFrame | null | undefined
}

/** Electron's ipcMain fits with E = IpcMainInvokeEvent; tests use plain sender events. */
export interface IpcMainLike<E extends SenderEvent = SenderEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void
}

export type IsTrustedSender = (event: SenderEvent) => boolean

export type RequestPayload<C extends InvokeChannel> = z.output<(typeof requestSchemas)[C]>

export type Handler<C extends InvokeChannel, E extends SenderEvent = SenderEvent> = (
  payload: RequestPayload<C>,
  event: E,
) => InvokeResults[C] | Promise<InvokeResults[C]>

/**
 * Trusts only the top frame of our own renderer: a page of the app:// origin,
 * or in development (never in a packaged app: main passes no dev server URL
 * then) the dev server's origin instead. A subframe, a destroyed frame, a
 * file: page or any other origin is refused.
 */
export function rendererSenderCheck(options: { devServerUrl?: string } = {}): IsTrustedSender {
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : undefined
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    let url: URL
    try {
      url = new URL(frame.url)
    } catch {
      return false
    }
    if (devOrigin !== undefined) return url.origin === devOrigin
    return isAppUrl(url)
  }
}

function describeSender(event: SenderEvent): string {
  const frame = event.senderFrame
  if (!frame) return 'no sender frame'
  return `${frame.parent === null ? 'top frame' : 'subframe'} ${frame.url || '(no URL)'}`
}

/** How many payload problems a refusal lists (each clipped): a hostile payload cannot make the message huge. */
const LISTED_ISSUES = 5

/** Registers one channel's handler behind the sender check and the payload schema. */
export function handle<C extends InvokeChannel, E extends SenderEvent = SenderEvent>(
  ipcMain: IpcMainLike<E>,
  channel: C,
  handler: Handler<C, E>,
  isTrustedSender: IsTrustedSender,
): void {
  // A core type: the settings schema is built with zod's smaller entry (see settings/schema.ts).
  const schema: z.core.$ZodType = requestSchemas[channel]
  ipcMain.handle(channel, (event, ...args) => {
    if (!isTrustedSender(event)) {
      throw new Error(`${channel}: refused a request from an untrusted sender (${describeSender(event)})`)
    }
    if (args.length > 1) {
      throw new Error(`${channel}: invalid payload: expected at most one argument, received ${args.length}`)
    }
    const parsed = z.safeParse(schema, args[0])
    if (!parsed.success) {
      const issues = issueMessages(parsed.error.issues)
      const more = issues.length > LISTED_ISSUES ? `; and ${issues.length - LISTED_ISSUES} more` : ''
      throw new Error(`${channel}: invalid payload: ${issues.slice(0, LISTED_ISSUES).join('; ')}${more}`)
    }
    // The schema is requestSchemas[channel], so its output is this channel's payload;
    // TypeScript cannot follow a generic key through the lookup.
    return handler(parsed.data as RequestPayload<C>, event)
  })
}

/** The part of a window the handlers use (Electron's BrowserWindow has it). */
export interface FullScreenWindow {
  setFullScreen(on: boolean): void
}

export interface IpcDependencies<E extends SenderEvent, W extends FullScreenWindow> {
  ipcMain: IpcMainLike<E>
  /** The dataset as loaded once at start-up; every request answers this same result (when `datasets` is not given). */
  dataset: DatasetLoadResult
  /**
   * The current dataset and the teacher's open/return-to-built-in actions.
   * Without them the dataset cannot be changed and openDataset says so.
   */
  datasets?: Pick<DatasetHandlers<W>, 'current' | 'openDataset' | 'useBuiltinDataset'>
  app: { getName(): string; getVersion(): string }
  /** Where the user's settings are kept; main validates what the renderer saves before it gets there. */
  settings: Pick<SettingsStore, 'load' | 'save'>
  /** Save and open dialogs with their file writes and reads. */
  files: FileHandlers<W>
  clipboard: ClipboardService
  /** The autosaved lesson draft. */
  drafts: Pick<DraftStore, 'save' | 'load' | 'clear'>
  /**
   * Whether a draft from the page that sent `event` is kept: not once its
   * user chose Don't Save (the page may still autosave while it unloads).
   * Without it every draft is kept.
   */
  keepsDraftFrom?(event: E): boolean
  /** Records whether the lesson in a window has unsaved changes (its close guard asks before closing). */
  setUnsavedLesson(window: W | null, unsaved: boolean): void
  /**
   * Presenting on two screens (the audience window and the messages between
   * the two views); without it the audience view cannot be opened and says so.
   */
  presentations?: Presentations<W>
  /** The window whose page sent a request: dialogs attach to it, full screen applies to it. */
  windowOf(event: E): W | null
  isTrustedSender: IsTrustedSender
}

/** Wires every channel of the contract. */
export function registerIpc<E extends SenderEvent, W extends FullScreenWindow>(deps: IpcDependencies<E, W>): void {
  const { ipcMain, dataset, datasets, app, settings, files, clipboard, drafts, windowOf, isTrustedSender } = deps
  const appInfo: AppInfo = { name: app.getName(), version: app.getVersion(), edition: 'desktop' }
  const on = <C extends InvokeChannel>(channel: C, handler: Handler<C, E>) => handle(ipcMain, channel, handler, isTrustedSender)
  on(invokeChannels.loadDataset, () => datasets?.current() ?? dataset)
  on(invokeChannels.openDataset, (_payload, event) =>
    datasets
      ? datasets.openDataset(windowOf(event))
      : { status: 'failed', message: 'Opening a dataset is not available here.', problems: [] },
  )
  on(invokeChannels.useBuiltinDataset, () => datasets?.useBuiltinDataset() ?? dataset)
  on(invokeChannels.appInfo, () => appInfo)
  on(invokeChannels.loadSettings, () => settings.load())
  // Main owns the dataset choice: whatever the page sends in it is replaced by what main remembers.
  on(invokeChannels.saveSettings, async (payload) => {
    const { dataset: choice } = await settings.load()
    const { dataset: _ignored, ...rest } = payload
    return settings.save(choice ? { ...rest, dataset: choice } : rest)
  })
  on(invokeChannels.copyText, (text) => clipboard.copyText(text))
  on(invokeChannels.copyPng, (png) => clipboard.copyPng(png))
  on(invokeChannels.saveFile, (request, event) => files.saveFile(request, windowOf(event)))
  on(invokeChannels.saveSeries, (request, event) => files.saveSeries(request, windowOf(event)))
  on(invokeChannels.openLesson, (_payload, event) => files.openLesson(windowOf(event)))
  on(invokeChannels.setFullScreen, (fullScreen, event) => windowOf(event)?.setFullScreen(fullScreen))
  on(invokeChannels.setUnsavedLesson, (unsaved, event) => deps.setUnsavedLesson(windowOf(event), unsaved))
  on(invokeChannels.saveDraft, (text, event) => (deps.keepsDraftFrom?.(event) === false ? undefined : drafts.save(text)))
  on(invokeChannels.loadDraft, () => drafts.load())
  on(invokeChannels.clearDraft, () => drafts.clear())
  const { presentations } = deps
  on(invokeChannels.openAudienceView, (_payload, event) =>
    presentations ? presentations.open(windowOf(event)) : { status: 'failed', message: 'Presenting on two screens is not available here.' },
  )
  on(invokeChannels.closeAudienceView, (_payload, event) => presentations?.close(windowOf(event)))
  on(invokeChannels.sendPresentationMessage, (message, event) => presentations?.relay(windowOf(event), message))
  on(invokeChannels.swapPresentationScreens, (_payload, event) => presentations?.swap(windowOf(event)) ?? { status: 'unavailable' })
}
