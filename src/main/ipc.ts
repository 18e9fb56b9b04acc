import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { formatJsonPath } from '../shared/dataset/validate'
import {
  invokeChannels,
  requestSchemas,
  type AppInfo,
  type DatasetLoadResult,
  type InvokeChannel,
  type InvokeResults,
} from '../shared/ipc/contract'
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

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void
}

export type IsTrustedSender = (event: SenderEvent) => boolean

export type RequestPayload<C extends InvokeChannel> = z.output<(typeof requestSchemas)[C]>

export type Handler<C extends InvokeChannel> = (
  payload: RequestPayload<C>,
  event: SenderEvent,
) => InvokeResults[C] | Promise<InvokeResults[C]>

function sameFile(url: URL, file: string): boolean {
  if (url.protocol !== 'file:') return false
  const bare = new URL(url.href)
  bare.hash = ''
  bare.search = ''
  try {
    return resolve(fileURLToPath(bare)) === resolve(file)
  } catch {
    return false
  }
}

/**
 * Trusts only the top frame of our own renderer: the bundled index.html, or in
 * development the dev server's origin. A subframe, a destroyed frame or any
 * other page is refused.
 */
export function rendererSenderCheck(options: { rendererFile: string; devServerUrl?: string }): IsTrustedSender {
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
    return sameFile(url, options.rendererFile)
  }
}

function describeSender(event: SenderEvent): string {
  const frame = event.senderFrame
  if (!frame) return 'no sender frame'
  return `${frame.parent === null ? 'top frame' : 'subframe'} ${frame.url || '(no URL)'}`
}

/** Registers one channel's handler behind the sender check and the payload schema. */
export function handle<C extends InvokeChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: Handler<C>,
  isTrustedSender: IsTrustedSender,
): void {
  const schema: z.ZodType = requestSchemas[channel]
  ipcMain.handle(channel, (event, ...args) => {
    if (!isTrustedSender(event)) {
      throw new Error(`${channel}: refused a request from an untrusted sender (${describeSender(event)})`)
    }
    if (args.length > 1) {
      throw new Error(`${channel}: invalid payload: expected at most one argument, received ${args.length}`)
    }
    const parsed = schema.safeParse(args[0])
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`)
      throw new Error(`${channel}: invalid payload: ${issues.join('; ')}`)
    }
    // The schema is requestSchemas[channel], so its output is this channel's payload;
    // TypeScript cannot follow a generic key through the lookup.
    return handler(parsed.data as RequestPayload<C>, event)
  })
}

export interface IpcDependencies {
  ipcMain: IpcMainLike
  /** The dataset as loaded once at start-up; every request answers this same result. */
  dataset: DatasetLoadResult
  app: { getName(): string; getVersion(): string }
  /** Where the user's settings are kept; main validates what the renderer saves before it gets there. */
  settings: Pick<SettingsStore, 'load' | 'save'>
  isTrustedSender: IsTrustedSender
}

/** Wires every channel of the contract. */
export function registerIpc({ ipcMain, dataset, app, settings, isTrustedSender }: IpcDependencies): void {
  const appInfo: AppInfo = { name: app.getName(), version: app.getVersion(), edition: 'desktop' }
  handle(ipcMain, invokeChannels.loadDataset, () => dataset, isTrustedSender)
  handle(ipcMain, invokeChannels.appInfo, () => appInfo, isTrustedSender)
  handle(ipcMain, invokeChannels.loadSettings, () => settings.load(), isTrustedSender)
  handle(ipcMain, invokeChannels.saveSettings, (payload) => settings.save(payload), isTrustedSender)
}
