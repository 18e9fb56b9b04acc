import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from 'electron'
import { describeProblems } from '../shared/dataset/validate'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol'
import { removeStaleTempFiles } from './atomicWrite'
import { guardClose, type CloseGuard } from './closeGuard'
import { createDatasetHandlers } from './datasetFiles'
import { loadDatasetFile } from './datasetLoader'
import { createDraftStore } from './drafts'
import { registerIpc, rendererSenderCheck } from './ipc'
import { buildMenuTemplate, sendMenuCommand } from './menu'
import { askBeforeClosing, createNativeServices } from './nativeServices'
import { recoverRenderer } from './rendererRecovery'
import { installSecurityPolicies } from './security'
import { createSettingsStore } from './settings'
import { createMainWindow, pageUrl, rendererDir } from './window'

/** The directory of this built script (out/main): preload and renderer are its siblings. */
const mainDir = dirname(fileURLToPath(import.meta.url))

/**
 * electron-vite sets the dev server URL during `electron-vite dev`. A packaged
 * app ignores it, so an environment variable can never point the window at
 * another page.
 */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined

const DATASET_FILE = join('assets', 'data', 'infrastructure.json')

let mainWindow: BrowserWindow | null = null
/** Each window's guard against closing with an unsaved lesson. */
const closeGuards = new WeakMap<BrowserWindow, CloseGuard>()
/** The same guards by page: a page still sends messages while its window is being destroyed. */
const pageGuards = new WeakMap<WebContents, CloseGuard>()

function openMainWindow(drafts: { clear(): Promise<void> }): BrowserWindow {
  const window = createMainWindow({ mainDir, devServerUrl })
  const guard = guardClose(window, {
    ask: askBeforeClosing,
    requestSave: (target) => sendMenuCommand(target, 'save-lesson-and-close'),
    discard: () => drafts.clear(),
  })
  closeGuards.set(window, guard)
  pageGuards.set(window.webContents, guard)
  recoverRenderer(window, {
    url: pageUrl(devServerUrl),
    onReload: () => guard.reset(),
    showError: (title, content) => dialog.showErrorBox(title, content),
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
  return window
}

async function start(): Promise<void> {
  installSecurityPolicies({ app, session: session.defaultSession, devServerUrl })
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererDir(mainDir) }))

  const userData = app.getPath('userData')
  // Temporary files of writes a previous run could not finish (it crashed or lost power).
  await removeStaleTempFiles(userData)

  // Loaded once at start: the dataset the user opened last if it still validates, else the bundled one.
  // The renderer asks for it over IPC and shows the problems itself if it is unusable.
  const file = join(app.getAppPath(), DATASET_FILE)
  const settings = createSettingsStore({ dir: userData })
  const native = createNativeServices(app)
  const datasets = createDatasetHandlers({
    dialogs: native.dialogs,
    getPath: (name) => app.getPath(name),
    settings,
    loadBuiltin: () => loadDatasetFile(file),
  })
  const dataset = await datasets.start()
  if (!dataset.ok) console.error(describeProblems(dataset.file, dataset.problems))
  if (dataset.notice) console.warn(`InfraGlobe: ${dataset.notice}`)

  const drafts = createDraftStore({ dir: userData })
  registerIpc({
    ipcMain,
    dataset,
    datasets,
    app,
    settings,
    drafts,
    keepsDraftFrom: (event) => !pageGuards.get(event.sender)?.discarded,
    setUnsavedLesson: (window, unsaved) => {
      if (window) closeGuards.get(window)?.setUnsaved(unsaved)
    },
    files: native.files,
    clipboard: native.clipboard,
    windowOf: native.windowOf,
    isTrustedSender: rendererSenderCheck({ devServerUrl }),
  })

  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev: devServerUrl !== undefined,
    appName: app.getName(),
    onCommand: (command) => sendMenuCommand(BrowserWindow.getFocusedWindow() ?? mainWindow, command),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))

  openMainWindow(drafts)

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(drafts)
  })
}

// Before the app is ready: only then can a scheme be made standard and secure.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Every renderer runs in the OS sandbox, whatever a window's own preferences say.
  app.enableSandbox()

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('InfraGlobe failed to start:', error)
      app.exit(1)
    })
}
