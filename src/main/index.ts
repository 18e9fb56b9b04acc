import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron'
import { describeProblems } from '../shared/dataset/validate'
import { createDatasetHandlers } from './datasetFiles'
import { loadDatasetFile } from './datasetLoader'
import { registerIpc, rendererSenderCheck } from './ipc'
import { buildMenuTemplate, sendMenuCommand } from './menu'
import { createNativeServices } from './nativeServices'
import { installSecurityPolicies } from './security'
import { createSettingsStore } from './settings'
import { createMainWindow, rendererIndexPath } from './window'

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

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({ mainDir, devServerUrl })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
  return window
}

async function start(): Promise<void> {
  installSecurityPolicies({ app, session: session.defaultSession, devServerUrl })

  // Loaded once at start: the dataset the user opened last if it still validates, else the bundled one.
  // The renderer asks for it over IPC and shows the problems itself if it is unusable.
  const file = join(app.getAppPath(), DATASET_FILE)
  const settings = createSettingsStore({ dir: app.getPath('userData') })
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

  registerIpc({
    ipcMain,
    dataset,
    datasets,
    app,
    settings,
    files: native.files,
    clipboard: native.clipboard,
    windowOf: native.windowOf,
    isTrustedSender: rendererSenderCheck({ rendererFile: rendererIndexPath(mainDir), devServerUrl }),
  })

  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev: devServerUrl !== undefined,
    appName: app.getName(),
    onCommand: (command) => sendMenuCommand(BrowserWindow.getFocusedWindow() ?? mainWindow, command),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))

  openMainWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
}

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
