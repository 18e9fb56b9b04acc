import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, sendMenuCommand } from '../../../src/main/menu'
import { MENU_COMMANDS } from '../../../src/shared/ipc/channels'
import { eventChannels, type MenuCommand } from '../../../src/shared/ipc/contract'

function template(options: { isMac?: boolean; isDev?: boolean; onCommand?: (command: MenuCommand) => void } = {}) {
  return buildMenuTemplate({
    isMac: options.isMac ?? false,
    isDev: options.isDev ?? false,
    appName: 'InfraGlobe',
    onCommand: options.onCommand ?? (() => undefined),
  })
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = menu?.submenu
  return Array.isArray(submenu) ? submenu : []
}

function topMenu(menus: MenuItemConstructorOptions[], name: string): MenuItemConstructorOptions | undefined {
  return menus.find((m) => m.label === name || (m.role !== undefined && m.role.toLowerCase() === name.toLowerCase()))
}

/** Every role anywhere in the template. */
function roles(menus: MenuItemConstructorOptions[]): string[] {
  return menus.flatMap((m) => [...(m.role ? [m.role] : []), ...roles(items(m))])
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`${item?.label ?? 'item'} has no click handler`)
  ;(item.click as () => void)()
}

describe('buildMenuTemplate', () => {
  it('offers reload and DevTools in development', () => {
    const view = roles(items(topMenu(template({ isDev: true }), 'View')))
    expect(view).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })

  it.each([false, true])('offers neither reload nor DevTools in a user build (macOS: %s)', (isMac) => {
    const all = roles(template({ isMac, isDev: false }))
    expect(all).not.toContain('reload')
    expect(all).not.toContain('forceReload')
    expect(all).not.toContain('toggleDevTools')
  })

  it('has zoom in, zoom out, actual size and full screen under View', () => {
    const view = roles(items(topMenu(template(), 'View')))
    expect(view).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
  })

  it('starts the lesson from View → Present Lesson with F5, next to full screen', () => {
    const onCommand = vi.fn()
    const view = items(topMenu(template({ onCommand }), 'View'))
    const present = view.find((i) => i.label === 'Present Lesson')
    expect(present?.accelerator).toBe('F5')
    click(present)
    expect(onCommand.mock.calls).toEqual([['present']])
    // The full screen role brings F11 on Windows and Linux by itself; no item overrides it.
    expect(view.some((i) => i.accelerator === 'F11')).toBe(false)
  })

  it.each([false, true])('has the lesson and export commands under File, with their shortcuts (macOS: %s)', (isMac) => {
    const onCommand = vi.fn()
    const file = items(topMenu(template({ isMac, onCommand }), 'File'))
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'Open Lesson…',
      'Save Lesson…',
      'separator',
      'Open Dataset…',
      'separator',
      'Export View as PNG…',
      'Export All Scenes…',
      'separator',
      isMac ? 'close' : 'quit',
    ])
    expect(file.map((i) => i.accelerator).filter(Boolean)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+E', 'CmdOrCtrl+Shift+E'])
    for (const item of file) if (item.click) click(item)
    expect(onCommand.mock.calls).toEqual([['open-lesson'], ['save-lesson'], ['open-dataset'], ['export-png'], ['export-all-scenes']])
  })

  it('gives every accelerator to one item only', () => {
    const all = (menus: MenuItemConstructorOptions[]): string[] =>
      menus.flatMap((m) => [...(typeof m.accelerator === 'string' ? [m.accelerator] : []), ...all(items(m))])
    for (const isMac of [false, true]) {
      const accelerators = all(template({ isMac }))
      expect(new Set(accelerators).size).toBe(accelerators.length)
    }
  })

  it('has Quit under File on Windows and Linux', () => {
    expect(roles(items(topMenu(template({ isMac: false }), 'File')))).toEqual(['quit'])
  })

  it('on macOS puts Quit in the app menu and Close Window under File', () => {
    const menus = template({ isMac: true })
    expect(menus[0]?.label).toBe('InfraGlobe')
    expect(roles(items(menus[0]))).toContain('quit')
    expect(roles(items(topMenu(menus, 'File')))).toEqual(['close'])
  })

  it('has no app menu outside macOS', () => {
    expect(template({ isMac: false })[0]?.label).toBe('File')
  })

  it('sends about from Help → About InfraGlobe', () => {
    const onCommand = vi.fn()
    const about = items(topMenu(template({ onCommand }), 'Help')).find((i) => i.label === 'About InfraGlobe')
    click(about)
    expect(onCommand.mock.calls).toEqual([['about']])
  })

  it('sends about from the macOS app menu too', () => {
    const onCommand = vi.fn()
    const menus = template({ isMac: true, onCommand })
    click(items(menus[0]).find((i) => i.label === 'About InfraGlobe'))
    expect(onCommand.mock.calls).toEqual([['about']])
  })

  it('sends only commands the contract knows', () => {
    const sent: MenuCommand[] = []
    const clickAll = (menus: MenuItemConstructorOptions[]): void =>
      menus.forEach((m) => {
        if (m.click) click(m)
        clickAll(items(m))
      })
    clickAll(template({ isMac: true, onCommand: (command) => sent.push(command) }))
    // Save-and-close comes from the window's close guard, not from a menu item.
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS.filter((command) => command !== 'save-lesson-and-close')))
  })

  it('keeps the editing roles that make copy and paste work in text fields', () => {
    expect(roles(items(topMenu(template(), 'Edit')))).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'undo', 'redo']),
    )
  })
})

describe('sendMenuCommand', () => {
  it('sends the command on the menu-command channel to the window renderer', () => {
    const send = vi.fn()
    sendMenuCommand({ webContents: { send } }, 'about')
    expect(send).toHaveBeenCalledWith(eventChannels.menuCommand, 'about')
  })

  it('does nothing when no window is open', () => {
    expect(() => sendMenuCommand(null, 'about')).not.toThrow()
  })
})
