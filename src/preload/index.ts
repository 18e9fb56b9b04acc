import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_GLOBAL, type InfraGlobeApi } from '../shared/api'
import { eventChannels, invokeChannels, MENU_COMMANDS } from '../shared/ipc/channels'
import type { InvokeResults, MenuCommand } from '../shared/ipc/contract'
import type { PresentationMessage } from '../shared/presentation/messages'

/**
 * The preload exposes exactly the InfraGlobeApi and nothing else: narrow
 * functions over the contract's channels, never ipcRenderer or an IPC event.
 * It runs sandboxed as one CommonJS file, so at run time it imports only
 * 'electron' and the zod-free channel list (the contract's schemas would
 * drag zod in); MenuCommandSchema is built from the same MENU_COMMANDS.
 */

function isPresentationMessage(value: unknown): value is PresentationMessage {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string'
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value)
}

type InvokeMethod = keyof typeof invokeChannels

/**
 * The API method of the same name as an invoke channel: its arguments go to
 * main as they are (main validates them with the contract's schema), its
 * answer is typed by the contract (InvokeResults), so the API's return
 * types are checked against the contract where `api` is built. The one
 * cast: ipcRenderer.invoke answers `any`.
 */
function invoker<M extends InvokeMethod>(method: M) {
  const channel = invokeChannels[method]
  return (...args: Parameters<InfraGlobeApi[M]>) =>
    ipcRenderer.invoke(channel, ...args) as Promise<InvokeResults[(typeof invokeChannels)[M]]>
}

const api: InfraGlobeApi = {
  loadDataset: invoker('loadDataset'),
  appInfo: invoker('appInfo'),
  loadSettings: invoker('loadSettings'),
  saveSettings: invoker('saveSettings'),
  copyText: invoker('copyText'),
  copyPng: invoker('copyPng'),
  saveFile: invoker('saveFile'),
  saveSeries: invoker('saveSeries'),
  openLesson: invoker('openLesson'),
  openDataset: invoker('openDataset'),
  useBuiltinDataset: invoker('useBuiltinDataset'),
  setFullScreen: invoker('setFullScreen'),
  setUnsavedLesson: invoker('setUnsavedLesson'),
  saveDraft: invoker('saveDraft'),
  loadDraft: invoker('loadDraft'),
  clearDraft: invoker('clearDraft'),
  openAudienceView: invoker('openAudienceView'),
  closeAudienceView: invoker('closeAudienceView'),
  sendPresentationMessage: invoker('sendPresentationMessage'),
  swapPresentationScreens: invoker('swapPresentationScreens'),
  onMenuCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
      else console.warn('Ignored an unknown menu command:', command)
    }
    ipcRenderer.on(eventChannels.menuCommand, relay)
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, relay)
    }
  },
  onPresentationMessage(listener) {
    // Main parsed the message with the contract's schema before relaying it; only its shape is checked again here.
    const relay = (_event: IpcRendererEvent, message: unknown) => {
      if (isPresentationMessage(message)) listener(message)
      else console.warn('Ignored a presentation message that is not one:', message)
    }
    ipcRenderer.on(eventChannels.presentationMessage, relay)
    return () => {
      ipcRenderer.removeListener(eventChannels.presentationMessage, relay)
    }
  },
}

contextBridge.exposeInMainWorld(API_GLOBAL, api)
