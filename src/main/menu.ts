import type { MenuItemConstructorOptions } from 'electron'
import { eventChannels, type MenuCommand } from '../shared/ipc/contract'

export interface MenuOptions {
  isMac: boolean
  /** Development adds reload and DevTools; a user's build has neither. */
  isDev: boolean
  appName: string
  /** Sends a command to the renderer (the focused window's). */
  onCommand: (command: MenuCommand) => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The application menu, as a plain template so it can be checked without Electron. */
export function buildMenuTemplate({ isMac, isDev, appName, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  /** An item that sends one command to the renderer, which does the work. */
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(id),
  })
  const about = command('about', `About ${appName}`)

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('open-lesson', 'Open Lesson…', 'CmdOrCtrl+O'),
      command('save-lesson', 'Save Lesson…', 'CmdOrCtrl+S'),
      separator,
      command('open-dataset', 'Open Dataset…'),
      separator,
      command('export-png', 'Export View as PNG…', 'CmdOrCtrl+E'),
      command('export-all-scenes', 'Export All Scenes…', 'CmdOrCtrl+Shift+E'),
      separator,
      // macOS keeps Quit in the app menu and closes windows from File.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  // Without these roles, copy and paste shortcuts do not work in text fields on macOS.
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] as const)
        : []),
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      separator,
      command('present', 'Present Lesson', 'F5'),
      // F11 on Windows and Linux, Ctrl+Cmd+F on macOS: the role brings the platform's own shortcut.
      { role: 'togglefullscreen' },
    ],
  }

  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [about] }

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ]
}

/** The window a menu command goes to (Electron's BrowserWindow fits). */
export interface MenuCommandTarget {
  webContents: { send(channel: string, ...args: unknown[]): void }
}

/** Sends a menu command to the renderer of the given window, if there is one. */
export function sendMenuCommand(target: MenuCommandTarget | null | undefined, command: MenuCommand): void {
  target?.webContents.send(eventChannels.menuCommand, command)
}
