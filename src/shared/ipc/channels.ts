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
  copyText: 'infraglobe:clipboard:text',
  copyPng: 'infraglobe:clipboard:png',
  saveFile: 'infraglobe:file:save',
  saveSeries: 'infraglobe:file:save-series',
  openLesson: 'infraglobe:lesson:open',
  openDataset: 'infraglobe:dataset:open',
  useBuiltinDataset: 'infraglobe:dataset:builtin',
  setFullScreen: 'infraglobe:window:full-screen',
  setUnsavedLesson: 'infraglobe:lesson:unsaved',
  saveDraft: 'infraglobe:draft:save',
  loadDraft: 'infraglobe:draft:load',
  clearDraft: 'infraglobe:draft:clear',
} as const

/** Main → renderer notifications. */
export const eventChannels = {
  menuCommand: 'infraglobe:menu:command',
} as const

/**
 * The commands the application menu sends to the renderer: About; lesson
 * open and save; opening a dataset file (the renderer asks the platform's
 * openDataset and switches to it); PNG export of the view or of every scene;
 * presenting.
 * `save-lesson-and-close` comes from the window's close guard when the user
 * answers Save: the renderer saves, then reports the lesson saved
 * (setUnsavedLesson(false), and main closes the window) or still unsaved
 * (setUnsavedLesson(true): cancelled or failed, the window stays open).
 */
export const MENU_COMMANDS = [
  'about',
  'open-lesson',
  'save-lesson',
  'open-dataset',
  'export-png',
  'export-all-scenes',
  'present',
  'save-lesson-and-close',
] as const
