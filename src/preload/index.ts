import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  API_GLOBAL,
  type DatasetOpenOutcome,
  type InfraGlobeApi,
  type OpenOutcome,
  type SaveOutcome,
  type SaveSeriesOutcome,
} from '../shared/api'
import { eventChannels, invokeChannels, MENU_COMMANDS } from '../shared/ipc/channels'
import type { AppInfo, DatasetLoadResult, MenuCommand } from '../shared/ipc/contract'
import type { Settings } from '../shared/settings/schema'

/**
 * The preload exposes exactly the InfraGlobeApi and nothing else: narrow
 * functions over the contract's channels, never ipcRenderer or an IPC event.
 * It runs sandboxed as one CommonJS file, so at run time it imports only
 * 'electron' and the zod-free channel list (the contract's schemas would
 * drag zod in); MenuCommandSchema is built from the same MENU_COMMANDS.
 */

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value)
}

const api: InfraGlobeApi = {
  loadDataset: () => ipcRenderer.invoke(invokeChannels.loadDataset) as Promise<DatasetLoadResult>,
  appInfo: () => ipcRenderer.invoke(invokeChannels.appInfo) as Promise<AppInfo>,
  loadSettings: () => ipcRenderer.invoke(invokeChannels.loadSettings) as Promise<Settings>,
  // Main validates the settings with the contract's schema; the preload only carries them.
  saveSettings: (settings) => ipcRenderer.invoke(invokeChannels.saveSettings, settings) as Promise<void>,
  // Each request is one payload that main validates; nothing here reaches the file system.
  copyText: (text) => ipcRenderer.invoke(invokeChannels.copyText, text) as Promise<void>,
  copyPng: (png) => ipcRenderer.invoke(invokeChannels.copyPng, png) as Promise<void>,
  saveFile: (request) => ipcRenderer.invoke(invokeChannels.saveFile, request) as Promise<SaveOutcome>,
  saveSeries: (request) => ipcRenderer.invoke(invokeChannels.saveSeries, request) as Promise<SaveSeriesOutcome>,
  openLesson: () => ipcRenderer.invoke(invokeChannels.openLesson) as Promise<OpenOutcome>,
  openDataset: () => ipcRenderer.invoke(invokeChannels.openDataset) as Promise<DatasetOpenOutcome>,
  useBuiltinDataset: () => ipcRenderer.invoke(invokeChannels.useBuiltinDataset) as Promise<DatasetLoadResult>,
  setFullScreen: (on) => ipcRenderer.invoke(invokeChannels.setFullScreen, on) as Promise<void>,
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
}

contextBridge.exposeInMainWorld(API_GLOBAL, api)
