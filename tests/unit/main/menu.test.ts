import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, sendMenuCommand } from '../../../src/main/menu'
import { eventChannels } from '../../../src/shared/ipc/contract'

function template(options: { isMac?: boolean; isDev?: boolean; onAbout?: () => void } = {}) {
  return buildMenuTemplate({
    isMac: options.isMac ?? false,
    isDev: options.isDev ?? false,
    appName: 'InfraGlobe',
    onAbout: options.onAbout ?? (() => undefined),
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

  it('calls onAbout from Help → About InfraGlobe', () => {
    const onAbout = vi.fn()
    const about = items(topMenu(template({ onAbout }), 'Help')).find((i) => i.label === 'About InfraGlobe')
    click(about)
    expect(onAbout).toHaveBeenCalledOnce()
  })

  it('calls onAbout from the macOS app menu too', () => {
    const onAbout = vi.fn()
    const menus = template({ isMac: true, onAbout })
    click(items(menus[0]).find((i) => i.label === 'About InfraGlobe'))
    expect(onAbout).toHaveBeenCalledOnce()
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
