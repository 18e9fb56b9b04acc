import { withRecoveryNotice } from '../shared/recovery'

/**
 * A window whose page dies (render-process-gone) is reloaded with a notice in
 * its address (see shared/recovery). A page that keeps dying is not reloaded
 * forever: after MAX_RELOADS within RELOAD_WINDOW_MS the user is told, and
 * the window is left as it is.
 */

export const MAX_RELOADS = 3
export const RELOAD_WINDOW_MS = 60_000

/** The part of a window the recovery uses (Electron's BrowserWindow has it). */
export interface RecoverableWindow {
  isDestroyed(): boolean
  loadURL(url: string): Promise<void>
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode?: number }) => void): unknown
  }
}

export interface RecoveryOptions {
  /** The page's own address (app://infraglobe/index.html, or the dev server's). */
  url: string
  /** Called before the reload: the new page starts with nothing unsaved. */
  onReload?(reason: string): void
  /** Tells the user the page cannot be recovered (Electron's dialog.showErrorBox). */
  showError(title: string, content: string): void
  now?: () => number
}

export function recoverRenderer(window: RecoverableWindow, options: RecoveryOptions): void {
  const now = options.now ?? Date.now
  const reloads: number[] = []
  window.webContents.on('render-process-gone', (_event, details) => {
    // A clean exit is the page closing with its window, not a failure.
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    const time = now()
    while (reloads.length > 0 && time - reloads[0]! > RELOAD_WINDOW_MS) reloads.shift()
    if (reloads.length >= MAX_RELOADS) {
      options.showError(
        'InfraGlobe keeps stopping',
        `InfraGlobe's page stopped ${reloads.length + 1} times within a minute (last: ${details.reason}), so it is not reloaded again. ` +
          'Quit and start InfraGlobe again; a lesson you had not saved is offered back from its autosaved draft.',
      )
      return
    }
    reloads.push(time)
    options.onReload?.(details.reason)
    window.loadURL(withRecoveryNotice(options.url, details.reason)).catch(() => undefined)
  })
}
