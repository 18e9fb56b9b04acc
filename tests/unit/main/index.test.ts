import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema'
import { minimalDataset } from './fixtures'

const electron = await vi.hoisted(() => import('./fakeElectron'))
vi.mock('electron', () => electron.electronModule)

const { eventChannels, invokeChannels } = await import('../../../src/shared/ipc/contract')
const { FakeBrowserWindow, fake, resetFakeElectron } = electron

let appPath: string
const originalPlatform = process.platform

beforeAll(async () => {
  appPath = await mkdtemp(join(tmpdir(), 'infraglobe-app-'))
  await mkdir(join(appPath, 'assets', 'data'), { recursive: true })
  await writeFile(join(appPath, 'assets', 'data', 'infrastructure.json'), JSON.stringify(minimalDataset()))
})

afterAll(async () => {
  await rm(appPath, { recursive: true, force: true })
})

beforeEach(() => {
  resetFakeElectron()
  fake.app.appPath = appPath
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  Object.defineProperty(process, 'platform', { value: originalPlatform })
  vi.unstubAllEnvs()
})

function onPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform })
}

/** Runs the main script as Electron would, and waits until the app is ready and started. */
async function startApp(): Promise<void> {
  vi.resetModules()
  await import('../../../src/main/index')
  await vi.waitFor(() => {
    if (FakeBrowserWindow.instances.length === 0) throw new Error('no window yet')
  })
}

/** Calls an IPC channel from the app's own page. */
function invoke(channel: string, ...args: unknown[]): unknown {
  const handler = fake.ipcMain.handlers.get(channel) as ((event: unknown, ...args: unknown[]) => unknown) | undefined
  if (!handler) throw new Error(`no handler for ${channel}`)
  const window = FakeBrowserWindow.instances[0]
  const page = window?.loads[0]?.url ?? ''
  return handler({ sender: window?.webContents, senderFrame: { url: page, parent: null } }, ...args)
}

describe('the main process', () => {
  it('quits at once when another instance holds the lock, without opening a window', async () => {
    fake.app.gotLock = false
    vi.resetModules()
    await import('../../../src/main/index')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(fake.app.quit).toHaveBeenCalledOnce()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(fake.ipcMain.handlers.size).toBe(0)
  })

  it('on ready secures the session, registers IPC, sets the menu and opens one window', async () => {
    await startApp()
    expect(fake.app.enableSandbox).toHaveBeenCalled()
    expect(fake.session.isCancelled('https://example.com/')).toBe(true)
    expect(fake.app.listenerCount('web-contents-created')).toBe(1)
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect(fake.applicationMenu).toBeDefined()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })

  it('loads the dataset from assets/data under the app path once and serves it', async () => {
    await startApp()
    const result = await invoke(invokeChannels.loadDataset)
    expect(result).toEqual({
      ok: true,
      file: join(appPath, 'assets', 'data', 'infrastructure.json'),
      dataset: minimalDataset(),
      origin: 'builtin',
    })
    expect(await invoke(invokeChannels.loadDataset)).toBe(result)
  })

  it('serves a dataset problem to the renderer and logs it, rather than failing to start', async () => {
    fake.app.appPath = join(appPath, 'nowhere')
    await startApp()
    const result = (await invoke(invokeChannels.loadDataset)) as { ok: boolean; problems: string[] }
    expect(result.ok).toBe(false)
    expect(result.problems[0]).toMatch(/^\(root\): .*infrastructure\.json not found$/)
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('infrastructure.json cannot be used'))
  })

  it('keeps the settings in the user-data folder, across a restart', async () => {
    const userData = join(appPath, 'user-data')
    fake.app.userDataPath = userData
    await startApp()
    expect(await invoke(invokeChannels.loadSettings)).toEqual(DEFAULT_SETTINGS)
    const saved = { ...DEFAULT_SETTINGS, userLocation: { lat: 50.11, lon: 8.68, label: 'Frankfurt, DE', origin: 'search' } }
    await invoke(invokeChannels.saveSettings, saved)
    expect(JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'))).toEqual(saved)

    resetFakeElectron()
    fake.app.appPath = appPath
    fake.app.userDataPath = userData
    await startApp()
    expect(await invoke(invokeChannels.loadSettings)).toEqual(saved)
  })

  it('loads the bundled page, not a URL from the environment, when packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://example.com/')
    fake.app.isPackaged = true
    await startApp()
    const loads = FakeBrowserWindow.instances[0]?.loads
    expect(loads).toHaveLength(1)
    expect(loads?.[0]).toEqual({ url: 'app://infraglobe/index.html' })
  })

  it('sends About from the Help menu to the focused window', async () => {
    await startApp()
    const template = fake.menuTemplate as MenuItemConstructorOptions[]
    const help = template.find((m) => m.role === 'help')
    const about = (help?.submenu as MenuItemConstructorOptions[])[0]
    const window = FakeBrowserWindow.instances[0]
    if (!window) throw new Error('no window')
    FakeBrowserWindow.focused = window
    ;(about?.click as () => void)()
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.menuCommand, 'about')
  })

  it('sends the File and View menu commands to the focused window', async () => {
    await startApp()
    const template = fake.menuTemplate as MenuItemConstructorOptions[]
    const window = FakeBrowserWindow.instances[0]
    if (!window) throw new Error('no window')
    FakeBrowserWindow.focused = window
    const clickable = template
      .filter((m) => m.label === 'File' || m.label === 'View')
      .flatMap((m) => m.submenu as MenuItemConstructorOptions[])
      .filter((item) => item.click)
    for (const item of clickable) (item.click as () => void)()
    expect(window.webContents.send.mock.calls).toEqual(
      ['open-lesson', 'save-lesson', 'open-dataset', 'export-png', 'export-all-scenes', 'present'].map((c) => [eventChannels.menuCommand, c]),
    )
  })

  it('saves an exported PNG where the user picks, attached to the window that asked, starting in Pictures', async () => {
    const folder = join(appPath, 'exports')
    await mkdir(folder, { recursive: true })
    fake.app.picturesPath = folder
    await startApp()
    const target = join(folder, 'my-europe.png')
    fake.dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 42])
    const outcome = await invoke(invokeChannels.saveFile, { suggestedName: 'europe.png', kind: 'png', data: png })
    expect(outcome).toEqual({ status: 'saved', location: target })
    expect(new Uint8Array(await readFile(target))).toEqual(png)
    const [parent, options] = fake.dialogs.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(FakeBrowserWindow.instances[0])
    expect(options?.defaultPath).toBe(join(folder, 'europe.png'))
  })

  it('opens a lesson the user picks and hands its text to the renderer', async () => {
    const lesson = join(appPath, 'regions.infraglobe.json')
    await writeFile(lesson, '{"title":"Regions"}')
    await startApp()
    fake.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [lesson] })
    await expect(invoke(invokeChannels.openLesson)).resolves.toEqual({
      status: 'opened',
      name: 'regions.infraglobe.json',
      text: '{"title":"Regions"}',
    })
  })

  it('puts text and PNG images on the system clipboard', async () => {
    await startApp()
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1])
    await invoke(invokeChannels.copyText, 'aws ec2 describe-availability-zones --region eu-central-1')
    await invoke(invokeChannels.copyPng, png)
    expect(fake.clipboard.writeText).toHaveBeenCalledWith('aws ec2 describe-availability-zones --region eu-central-1')
    const item = fake.clipboard.write.mock.calls[0]?.[0][0]
    const blob = item?.items['image/png'] as Blob | undefined
    expect(blob?.type).toBe('image/png')
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(png)
  })

  it('puts the window that asked in full screen', async () => {
    await startApp()
    await invoke(invokeChannels.setFullScreen, true)
    expect(FakeBrowserWindow.instances[0]?.setFullScreen).toHaveBeenCalledWith(true)
  })

  it('quits when the last window closes on Windows and Linux', async () => {
    onPlatform('linux')
    await startApp()
    FakeBrowserWindow.instances[0]?.close()
    fake.app.fire('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledOnce()
  })

  it('stays running when the last window closes on macOS, and reopens a window on activate', async () => {
    onPlatform('darwin')
    await startApp()
    FakeBrowserWindow.instances[0]?.close()
    fake.app.fire('window-all-closed')
    expect(fake.app.quit).not.toHaveBeenCalled()
    fake.app.fire('activate')
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1)
    fake.app.fire('activate')
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startApp()
    fake.app.fire('second-instance')
    expect(FakeBrowserWindow.instances[0]?.focus).toHaveBeenCalledOnce()
  })

  it('registers app:// as a standard, secure scheme before ready and serves the built page from it, nothing outside', async () => {
    await startApp()
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    const serve = fake.protocol.handlers.get('app')
    if (!serve) throw new Error('no app: handler')
    const page = await serve(new Request('app://infraglobe/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('<div id="root">')
    expect((await serve(new Request('app://infraglobe/%2e%2e/main/index.ts'))).status).toBe(404)
  })

  it('removes the temporary files an interrupted run left in the user-data folder', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'infraglobe-user-data-'))
    try {
      const leftover = '.settings.json.999999991.1.0123abcd.tmp'
      await writeFile(join(userData, leftover), '{"half":')
      fake.app.userDataPath = userData
      await startApp()
      await expect(readFile(join(userData, leftover))).rejects.toMatchObject({ code: 'ENOENT' })
    } finally {
      await rm(userData, { recursive: true, force: true })
    }
  })

  describe('closing with an unsaved lesson', () => {
    it('closes at once while nothing is unsaved', async () => {
      await startApp()
      FakeBrowserWindow.instances[0]?.close()
      expect(fake.showMessageBox).not.toHaveBeenCalled()
      expect(FakeBrowserWindow.instances[0]?.destroyed).toBe(true)
    })

    it('asks, and on Save has the page save, closing once it reports the lesson saved', async () => {
      await startApp()
      const window = FakeBrowserWindow.instances[0]!
      await invoke(invokeChannels.setUnsavedLesson, true)
      fake.showMessageBox.mockResolvedValueOnce({ response: 0 })
      window.close()
      await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.menuCommand, 'save-lesson-and-close'))
      expect(fake.showMessageBox.mock.calls[0]?.[0]).toBe(window)
      expect(fake.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Save…', "Don't Save", 'Cancel'], cancelId: 2 })
      expect(window.destroyed).toBe(false)
      await invoke(invokeChannels.setUnsavedLesson, false)
      expect(window.destroyed).toBe(true)
    })

    it('keeps the window when the save was cancelled, and asks again at the next close', async () => {
      await startApp()
      const window = FakeBrowserWindow.instances[0]!
      await invoke(invokeChannels.setUnsavedLesson, true)
      fake.showMessageBox.mockResolvedValueOnce({ response: 0 })
      window.close()
      await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.menuCommand, 'save-lesson-and-close'))
      await invoke(invokeChannels.setUnsavedLesson, true)
      expect(window.destroyed).toBe(false)
      window.close()
      await vi.waitFor(() => expect(fake.showMessageBox).toHaveBeenCalledTimes(2))
      expect(window.destroyed).toBe(false)
    })

    it("on Don't Save drops the autosaved draft and closes", async () => {
      const userData = await mkdtemp(join(tmpdir(), 'infraglobe-user-data-'))
      try {
        fake.app.userDataPath = userData
        await startApp()
        const window = FakeBrowserWindow.instances[0]!
        await invoke(invokeChannels.saveDraft, '{"format":"infraglobe-lesson"}')
        await expect(readFile(join(userData, 'lesson-draft.json'), 'utf8')).resolves.toContain('infraglobe-lesson-draft')
        await invoke(invokeChannels.setUnsavedLesson, true)
        fake.showMessageBox.mockResolvedValueOnce({ response: 1 })
        window.close()
        await vi.waitFor(() => expect(window.destroyed).toBe(true))
        await expect(readFile(join(userData, 'lesson-draft.json'))).rejects.toMatchObject({ code: 'ENOENT' })
      } finally {
        await rm(userData, { recursive: true, force: true })
      }
    })

    it("after Don't Save keeps no draft the closing page still sends", async () => {
      const userData = await mkdtemp(join(tmpdir(), 'infraglobe-user-data-'))
      const draftFile = join(userData, 'lesson-draft.json')
      try {
        fake.app.userDataPath = userData
        await startApp()
        const window = FakeBrowserWindow.instances[0]!
        await invoke(invokeChannels.setUnsavedLesson, true)
        fake.showMessageBox.mockResolvedValueOnce({ response: 1 })
        window.close()
        await vi.waitFor(() => expect(window.destroyed).toBe(true))
        // The page's last autosave, sent from its pagehide as it unloads.
        await invoke(invokeChannels.saveDraft, '{"format":"infraglobe-lesson"}')
        await expect(readFile(draftFile)).rejects.toMatchObject({ code: 'ENOENT' })
      } finally {
        await rm(userData, { recursive: true, force: true })
      }
    })

    it('on Cancel keeps the window and the lesson as they are', async () => {
      await startApp()
      const window = FakeBrowserWindow.instances[0]!
      await invoke(invokeChannels.setUnsavedLesson, true)
      window.close()
      await vi.waitFor(() => expect(fake.showMessageBox).toHaveBeenCalledOnce())
      await new Promise((resolve) => setTimeout(resolve, 10))
      expect(window.destroyed).toBe(false)
      expect(window.webContents.send).not.toHaveBeenCalled()
    })
  })

  it('reloads a page whose renderer died, with the reason in its address, and forgets its unsaved flag', async () => {
    await startApp()
    const window = FakeBrowserWindow.instances[0]!
    await invoke(invokeChannels.setUnsavedLesson, true)
    window.webContents.fire('render-process-gone', {}, { reason: 'oom', exitCode: 9 })
    expect(window.loads.at(-1)).toEqual({ url: 'app://infraglobe/index.html?recovered=oom' })
    window.close()
    expect(window.destroyed).toBe(true)
  })
})
