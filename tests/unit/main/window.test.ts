import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(() => import('./fakeElectron'))
vi.mock('electron', () => electron.electronModule)

const { createMainWindow } = await import('../../../src/main/window')
const { FakeBrowserWindow, fake, resetFakeElectron } = electron

const mainDir = join('/opt', 'InfraGlobe', 'out', 'main')

function lastWindow() {
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

function webPreferences(): Record<string, unknown> {
  return lastWindow().options.webPreferences as Record<string, unknown>
}

beforeEach(() => resetFakeElectron())

describe('createMainWindow', () => {
  it('isolates the page: context isolation on, sandbox on, no Node integration', () => {
    createMainWindow({ mainDir })
    expect(webPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    })
  })

  it('uses the built preload script next to the built main script', () => {
    createMainWindow({ mainDir })
    expect(webPreferences().preload).toBe(join('/opt', 'InfraGlobe', 'out', 'preload', 'index.cjs'))
  })

  it('titles the window InfraGlobe, paints the app background and keeps a usable minimum size', () => {
    createMainWindow({ mainDir })
    const options = lastWindow().options
    expect(options).toMatchObject({ title: 'InfraGlobe', backgroundColor: '#0b1626', show: false })
    expect(options.minWidth).toBeGreaterThanOrEqual(800)
    expect(options.minHeight).toBeGreaterThanOrEqual(500)
  })

  it('shows the window only once its first frame is ready', () => {
    createMainWindow({ mainDir })
    const window = lastWindow()
    expect(window.show).not.toHaveBeenCalled()
    window.fire('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('loads the bundled page from the app:// origin, never from a file: URL', () => {
    createMainWindow({ mainDir })
    const window = lastWindow()
    expect(window.loads).toEqual([{ url: 'app://infraglobe/index.html' }])
  })

  it('turns off the auxclick event, so a middle click cannot ask for a window', () => {
    createMainWindow({ mainDir })
    expect(webPreferences().disableBlinkFeatures).toBe('Auxclick')
  })

  it('loads the dev server in development', () => {
    createMainWindow({ mainDir, devServerUrl: 'http://localhost:5173' })
    const window = lastWindow()
    expect(window.loads).toEqual([{ url: 'http://localhost:5173' }])
  })

  it('reports a page that fails to load in an error box and quits', () => {
    createMainWindow({ mainDir })
    const page = 'file:///opt/InfraGlobe/out/renderer/index.html'
    lastWindow().webContents.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', page, true)
    expect(fake.showErrorBox).toHaveBeenCalledOnce()
    const [title, content] = fake.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toMatch(/InfraGlobe/)
    expect(content).toContain(page)
    expect(content).toContain('ERR_FILE_NOT_FOUND')
    expect(fake.app.quit).toHaveBeenCalledOnce()
  })

  it('reports the failure only once', () => {
    createMainWindow({ mainDir })
    const contents = lastWindow().webContents
    contents.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///x', true)
    contents.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///x', true)
    expect(fake.showErrorBox).toHaveBeenCalledOnce()
  })

  it('ignores a failed subframe and an aborted load', () => {
    createMainWindow({ mainDir })
    const contents = lastWindow().webContents
    contents.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///frame.html', false)
    contents.fire('did-fail-load', {}, -3, 'ERR_ABORTED', 'file:///index.html', true)
    expect(fake.showErrorBox).not.toHaveBeenCalled()
    expect(fake.app.quit).not.toHaveBeenCalled()
  })

  it('leaves no unhandled rejection when the load itself fails', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      FakeBrowserWindow.loadFailure = new Error('ERR_FILE_NOT_FOUND (-6) loading index.html')
      createMainWindow({ mainDir })
      expect(lastWindow().loads).toHaveLength(1)
      await new Promise((resolve) => setTimeout(resolve, 10))
    } finally {
      process.off('unhandledRejection', unhandled)
    }
    expect(unhandled).not.toHaveBeenCalled()
  })
})

describe('src/main/window.ts', () => {
  const source = readFileSync(new URL('../../../src/main/window.ts', import.meta.url), 'utf8')

  it('writes the three isolation preferences literally', () => {
    expect(source).toMatch(/^\s*contextIsolation: true,$/m)
    expect(source).toMatch(/^\s*sandbox: true,$/m)
    expect(source).toMatch(/^\s*nodeIntegration: false,$/m)
  })

  it('never weakens them anywhere in the file', () => {
    expect(source).not.toMatch(/contextIsolation:\s*false/)
    expect(source).not.toMatch(/sandbox:\s*false/)
    expect(source).not.toMatch(/nodeIntegration:\s*true/)
    expect(source).not.toMatch(/webSecurity:\s*false/)
    expect(source).not.toMatch(/nodeIntegrationIn\w+:\s*true/)
  })
})
