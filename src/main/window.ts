import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { audienceUrl } from '../shared/presentation/messages'
import { APP_INDEX_URL } from './appProtocol'

export interface MainWindowOptions {
  /** The directory of the built main script (out/main); preload and renderer are its siblings. */
  mainDir: string
  /** The dev server URL in development; the bundled renderer is loaded when absent. */
  devServerUrl?: string
}

/** Chromium's "navigation aborted" code: a superseded load, not a failure to report. */
const ERR_ABORTED = -3

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}

/** The built renderer folder, served as app://infraglobe/ (see appProtocol). */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '../renderer')
}

/** The page the window loads: the dev server in development, else the app's own origin (never a file: URL). */
export function pageUrl(devServerUrl?: string): string {
  return devServerUrl ?? APP_INDEX_URL
}

/** Creates the one InfraGlobe window, hardened, and shows it once its first frame is ready. */
export function createMainWindow({ mainDir, devServerUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'InfraGlobe',
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#0b1626',
    // Written out in each window, literally, so that a reader and the security scan see them here.
    webPreferences: {
      preload: preloadPath(mainDir),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click on a link would ask for a new window; the page has no use for auxclick.
      disableBlinkFeatures: 'Auxclick',
    },
  })

  window.once('ready-to-show', () => window.show())

  let reported = false
  window.webContents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || reported) return
    reported = true
    dialog.showErrorBox(
      'InfraGlobe cannot start',
      `The app's page could not be loaded.\n\n${validatedURL}\n${errorDescription} (${errorCode})`,
    )
    app.quit()
  })

  // A failed load also rejects this promise; did-fail-load above reports it.
  const loading = window.loadURL(pageUrl(devServerUrl))
  loading.catch(() => undefined)

  return window
}

export interface AudienceWindowOptions extends MainWindowOptions {
  /** Where the window goes full screen: the display's bounds (Electron's Display.bounds). */
  bounds: { x: number; y: number; width: number; height: number }
}

/**
 * The audience view of a presentation: a second window of the same page
 * (`?view=audience`), hardened exactly like the main window, full screen on
 * the given display, black until its first frame. It has no menu bar and no
 * close guard (it holds nothing to save); a page that cannot load or a
 * renderer that dies simply closes it, which ends presenting.
 */
export function createAudienceWindow({ mainDir, devServerUrl, bounds }: AudienceWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'InfraGlobe – audience view',
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    fullscreen: true,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#000000',
    // Written out in each window, literally, so that a reader and the security scan see them here.
    webPreferences: {
      preload: preloadPath(mainDir),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click on a link would ask for a new window; the page has no use for auxclick.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.once('ready-to-show', () => window.show())
  const closeOnFailure = (): void => {
    if (!window.isDestroyed()) window.close()
  }
  window.webContents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (isMainFrame && errorCode !== ERR_ABORTED) closeOnFailure()
  })
  window.webContents.on('render-process-gone', closeOnFailure)
  const loading = window.loadURL(audienceUrl(pageUrl(devServerUrl)))
  loading.catch(() => undefined)
  return window
}
