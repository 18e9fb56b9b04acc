/**
 * The IPC channel names and menu commands as plain values, with no imports:
 * the sandboxed preload is bundled from this module and must not pull in zod.
 * The contract (contract.ts) re-exports them next to the payload schemas.
 */

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const invokeChannels = {
  loadDataset: 'infraglobe:dataset:load',
  appInfo: 'infraglobe:app:info',
  loadSettings: 'infraglobe:settings:load',
  saveSettings: 'infraglobe:settings:save',
} as const

/** Main → renderer notifications. */
export const eventChannels = {
  menuCommand: 'infraglobe:menu:command',
} as const

/** The commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['about'] as const
