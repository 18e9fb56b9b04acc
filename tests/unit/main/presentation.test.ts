import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PresentationMessage } from '../../../src/shared/presentation/messages'
import { minimalDataset } from './fixtures'

const electron = await vi.hoisted(() => import('./fakeElectron'))
vi.mock('electron', () => electron.electronModule)

const { eventChannels, invokeChannels } = await import('../../../src/shared/ipc/contract')
const { createPresentations } = await import('../../../src/main/presentation')
const { FakeBrowserWindow, fake, resetFakeElectron } = electron
type Window = InstanceType<typeof FakeBrowserWindow>

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

/** What a window's page was sent on the presentation channel. */
function received(window: Window): unknown[] {
  return window.webContents.send.mock.calls.filter(([channel]) => channel === eventChannels.presentationMessage).map(([, message]) => message)
}

describe('createPresentations', () => {
  function setUp(displays = [laptop]) {
    fake.screen.displays = displays
    const opened: { display: unknown; window: Window }[] = []
    const presentations = createPresentations<Window>({
      screen: fake.screen,
      openAudienceWindow: (display) => {
        const window = new FakeBrowserWindow({ ...display.bounds, fullscreen: true })
        opened.push({ display, window })
        return window
      },
    })
    const presenter = new FakeBrowserWindow({ x: 100, y: 100, width: 1280, height: 800 })
    return { presentations, presenter, opened }
  }

  it('opens the audience view full screen on the other display when there are two', () => {
    const { presentations, presenter, opened } = setUp([laptop, projector])
    expect(presentations.open(presenter)).toEqual({ status: 'opened', displays: 2, fullScreen: true })
    expect(opened.map((o) => o.display)).toEqual([projector])
    expect(opened[0]?.window.isFullScreen()).toBe(true)
  })

  it('opens it on the presenter’s own display when there is only one', () => {
    const { presentations, presenter, opened } = setUp([laptop])
    expect(presentations.open(presenter)).toEqual({ status: 'opened', displays: 1, fullScreen: true })
    expect(opened.map((o) => o.display)).toEqual([laptop])
  })

  it('takes the display the presenter is not on, whichever that is', () => {
    const { presentations, opened } = setUp([laptop, projector])
    const onProjector = new FakeBrowserWindow({ x: 1600, y: 100, width: 1280, height: 800 })
    presentations.open(onProjector)
    expect(opened.map((o) => o.display)).toEqual([laptop])
  })

  it('brings the open audience view forward instead of opening a second one', () => {
    const { presentations, presenter, opened } = setUp([laptop, projector])
    presentations.open(presenter)
    presentations.open(presenter)
    expect(opened).toHaveLength(1)
    expect(opened[0]?.window.focus).toHaveBeenCalledOnce()
  })

  it('hands the presenter’s messages to the audience and the audience’s to the presenter, nothing else', () => {
    const { presentations, presenter, opened } = setUp()
    presentations.open(presenter)
    const audience = opened[0]!.window
    presentations.relay(presenter, { kind: 'show', index: 3 })
    presentations.relay(presenter, { kind: 'blank', on: true })
    presentations.relay(audience, { kind: 'hello' })
    presentations.relay(audience, { kind: 'command', action: 'next' })
    expect(received(audience)).toEqual([
      { kind: 'show', index: 3 },
      { kind: 'blank', on: true },
    ])
    expect(received(presenter)).toEqual([{ kind: 'hello' }, { kind: 'command', action: 'next' }])
  })

  it('lets each view send only its own kinds of message', () => {
    const { presentations, presenter, opened } = setUp()
    presentations.open(presenter)
    const audience = opened[0]!.window
    expect(() => presentations.relay(audience, { kind: 'show', index: 0 })).toThrow(/audience view may not send "show"/)
    expect(() => presentations.relay(presenter, { kind: 'command', action: 'next' } as PresentationMessage)).toThrow(
      /presenter view may not send "command"/,
    )
    expect(received(presenter)).toEqual([])
    expect(received(audience)).toEqual([])
  })

  it('refuses a window that is not part of the presentation, and everything before one is open', () => {
    const { presentations, presenter } = setUp()
    expect(() => presentations.relay(presenter, { kind: 'show', index: 0 })).toThrow(/not part of a presentation/)
    presentations.open(presenter)
    const stranger = new FakeBrowserWindow({})
    expect(() => presentations.relay(stranger, { kind: 'hello' })).toThrow(/not part of a presentation/)
    expect(() => presentations.relay(null, { kind: 'hello' })).toThrow(/not part of a presentation/)
  })

  it('ends presenting when the audience window closes: the presenter is told', () => {
    const { presentations, presenter, opened } = setUp()
    presentations.open(presenter)
    opened[0]!.window.close()
    expect(received(presenter)).toEqual([{ kind: 'end' }])
    expect(() => presentations.relay(presenter, { kind: 'show', index: 1 })).toThrow(/not part of a presentation/)
  })

  it('closes the audience window when the presenter’s window closes or says end', () => {
    const first = setUp()
    first.presentations.open(first.presenter)
    first.presenter.close()
    expect(first.opened[0]?.window.isDestroyed()).toBe(true)

    const second = setUp()
    second.presentations.open(second.presenter)
    second.presentations.relay(second.presenter, { kind: 'end' })
    expect(second.opened[0]?.window.isDestroyed()).toBe(true)
    // Closing it that way does not echo "end" back to the presenter, who ended it.
    expect(received(second.presenter)).toEqual([])
  })

  it('closes the audience view on request from either view, and from no one else', () => {
    const { presentations, presenter, opened } = setUp()
    presentations.open(presenter)
    presentations.close(new FakeBrowserWindow({}))
    expect(opened[0]?.window.isDestroyed()).toBe(false)
    presentations.close(opened[0]!.window)
    expect(opened[0]?.window.isDestroyed()).toBe(true)
  })

  it('with one display swaps which view is full screen, and back', () => {
    const { presentations, presenter, opened } = setUp([laptop])
    presentations.open(presenter)
    const audience = opened[0]!.window
    expect(presentations.swap(presenter)).toEqual({ status: 'swapped', fullScreen: 'presenter' })
    expect([presenter.isFullScreen(), audience.isFullScreen()]).toEqual([true, false])
    expect(presenter.focus).toHaveBeenCalled()
    expect(presentations.swap(audience)).toEqual({ status: 'swapped', fullScreen: 'audience' })
    expect([presenter.isFullScreen(), audience.isFullScreen()]).toEqual([false, true])
  })

  it('does not swap with two displays (each view has its own), nor without a presentation', () => {
    const two = setUp([laptop, projector])
    expect(two.presentations.swap(two.presenter)).toEqual({ status: 'unavailable' })
    two.presentations.open(two.presenter)
    expect(two.presentations.swap(two.presenter)).toEqual({ status: 'unavailable' })
  })

  it('tells the audience window apart from the presenter’s', () => {
    const { presentations, presenter, opened } = setUp()
    presentations.open(presenter)
    expect(presentations.isAudience(opened[0]?.window)).toBe(true)
    expect(presentations.isAudience(presenter)).toBe(false)
  })
})

describe('two windows through the main process', () => {
  let appPath: string

  beforeAll(async () => {
    appPath = await mkdtemp(join(tmpdir(), 'infraglobe-present-'))
    await mkdir(join(appPath, 'assets', 'data'), { recursive: true })
    await writeFile(join(appPath, 'assets', 'data', 'infrastructure.json'), JSON.stringify(minimalDataset()))
  })

  afterAll(async () => {
    await rm(appPath, { recursive: true, force: true })
  })

  async function startApp(): Promise<Window> {
    fake.app.appPath = appPath
    vi.resetModules()
    await import('../../../src/main/index')
    await vi.waitFor(() => {
      if (FakeBrowserWindow.instances.length === 0) throw new Error('no window yet')
    })
    return FakeBrowserWindow.instances[0]!
  }

  /** Calls an IPC channel from a window's own page (its top frame, at the URL it loaded), as ipcRenderer.invoke would: a promise. */
  async function invokeFrom(window: Window, channel: string, payload?: unknown, frame?: { url: string; parent: unknown }): Promise<unknown> {
    const handler = fake.ipcMain.handlers.get(channel) as ((event: unknown, ...args: unknown[]) => unknown) | undefined
    if (!handler) throw new Error(`no handler for ${channel}`)
    const sender = frame ?? { url: window.loads[0]?.url ?? '', parent: null }
    return handler({ sender: window.webContents, senderFrame: sender }, ...(payload === undefined ? [] : [payload]))
  }

  it('opens a second window, hardened like the first, full screen on the projector, showing the audience view', async () => {
    fake.screen.displays = [laptop, projector]
    const main = await startApp()
    await expect(invokeFrom(main, invokeChannels.openAudienceView)).resolves.toEqual({ status: 'opened', displays: 2, fullScreen: true })
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    const audience = FakeBrowserWindow.instances[1]!
    expect(audience.options.webPreferences).toEqual(main.options.webPreferences)
    expect(audience.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(audience.options).toMatchObject({ ...projector.bounds, fullscreen: true, show: false })
    expect(audience.loads).toEqual([{ url: 'app://infraglobe/index.html?view=audience' }])
    audience.fire('ready-to-show')
    expect(audience.show).toHaveBeenCalledOnce()
  })

  it('relays the presenter’s PageDown to the audience and the audience’s clicker back, each validated', async () => {
    const main = await startApp()
    await invokeFrom(main, invokeChannels.openAudienceView)
    const audience = FakeBrowserWindow.instances[1]!
    await invokeFrom(main, invokeChannels.sendPresentationMessage, { kind: 'show', index: 1 })
    await invokeFrom(audience, invokeChannels.sendPresentationMessage, { kind: 'command', action: 'blank' })
    expect(received(audience)).toEqual([{ kind: 'show', index: 1 }])
    expect(received(main)).toEqual([{ kind: 'command', action: 'blank' }])

    // The gate: a malformed payload, a kind the sender may not send, a subframe, another origin.
    await expect(invokeFrom(main, invokeChannels.sendPresentationMessage, { kind: 'show', index: -1 })).rejects.toThrow(/invalid payload/)
    await expect(invokeFrom(main, invokeChannels.sendPresentationMessage, { kind: 'show', index: 1, extra: 1 })).rejects.toThrow(
      /invalid payload/,
    )
    await expect(invokeFrom(audience, invokeChannels.sendPresentationMessage, { kind: 'blank', on: true })).rejects.toThrow(
      /may not send "blank"/,
    )
    await expect(
      invokeFrom(audience, invokeChannels.sendPresentationMessage, { kind: 'hello' }, { url: 'app://infraglobe/index.html', parent: {} }),
    ).rejects.toThrow(/untrusted sender/)
    await expect(
      invokeFrom(audience, invokeChannels.sendPresentationMessage, { kind: 'hello' }, { url: 'https://example.com/', parent: null }),
    ).rejects.toThrow(/untrusted sender/)
    expect(received(audience)).toEqual([{ kind: 'show', index: 1 }])
    expect(received(main)).toEqual([{ kind: 'command', action: 'blank' }])
  })

  it('ends presenting cleanly from either side', async () => {
    const main = await startApp()
    await invokeFrom(main, invokeChannels.openAudienceView)
    FakeBrowserWindow.instances[1]!.close()
    expect(received(main)).toEqual([{ kind: 'end' }])

    await invokeFrom(main, invokeChannels.openAudienceView)
    const second = FakeBrowserWindow.instances[2]!
    await invokeFrom(main, invokeChannels.closeAudienceView)
    expect(second.isDestroyed()).toBe(true)
    expect(FakeBrowserWindow.getAllWindows()).toEqual([main])
  })

  it('closes the audience window when its page cannot load or its renderer dies', async () => {
    const main = await startApp()
    await invokeFrom(main, invokeChannels.openAudienceView)
    FakeBrowserWindow.instances[1]!.webContents.fire('render-process-gone', {}, { reason: 'crashed' })
    expect(FakeBrowserWindow.instances[1]!.isDestroyed()).toBe(true)
    expect(received(main)).toEqual([{ kind: 'end' }])
  })

  it('with one display swaps the full screen between the two windows', async () => {
    fake.screen.displays = [laptop]
    const main = await startApp()
    await invokeFrom(main, invokeChannels.openAudienceView)
    const audience = FakeBrowserWindow.instances[1]!
    await expect(invokeFrom(main, invokeChannels.swapPresentationScreens)).resolves.toEqual({ status: 'swapped', fullScreen: 'presenter' })
    expect([main.isFullScreen(), audience.isFullScreen()]).toEqual([true, false])
  })

  it('sends menu commands to the presenter’s window even while the audience view has the focus', async () => {
    const main = await startApp()
    await invokeFrom(main, invokeChannels.openAudienceView)
    const audience = FakeBrowserWindow.instances[1]!
    FakeBrowserWindow.focused = audience
    const template = fake.menuTemplate as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]
    const present = template.find((m) => m.label === 'View')?.submenu?.find((i) => i.label === 'Present Lesson')
    present?.click?.()
    expect(audience.webContents.send).not.toHaveBeenCalledWith(eventChannels.menuCommand, 'present')
    expect(main.webContents.send).toHaveBeenCalledWith(eventChannels.menuCommand, 'present')
  })
})
