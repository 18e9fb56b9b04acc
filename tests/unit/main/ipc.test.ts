import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import {
  handle,
  registerIpc,
  rendererSenderCheck,
  type IpcMainLike,
  type SenderEvent,
} from '../../../src/main/ipc'
import type { ClipboardService } from '../../../src/main/clipboard'
import type { FileHandlers } from '../../../src/main/files'
import type { LessonDraft, OpenOutcome, SaveOutcome, SaveRequest, SaveSeriesOutcome, SaveSeriesRequest } from '../../../src/shared/api'
import {
  invokeChannels,
  MAX_CLIPBOARD_TEXT,
  MAX_LESSON_BYTES,
  MAX_PNG_BYTES,
  MAX_SERIES_FILES,
  PNG_SIGNATURE,
  type DatasetLoadResult,
} from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema'
import { minimalDataset } from './fixtures'

type Listener = (event: SenderEvent, ...args: unknown[]) => unknown

/** Records what is registered, and calls a channel the way Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>()

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }

  async invoke(channel: string, event: SenderEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(event, ...args)
  }
}

const rendererFile = join('/opt', 'InfraGlobe', 'out', 'renderer', 'index.html')
const rendererUrl = 'app://infraglobe/index.html'
const devServerUrl = 'http://localhost:5173'

const topFrame = (url: string): SenderEvent => ({ senderFrame: { url, parent: null } })
const subframe = (url: string): SenderEvent => ({ senderFrame: { url, parent: { url: rendererUrl } } })

const trustBundledRenderer = rendererSenderCheck()
const trustDevServer = rendererSenderCheck({ devServerUrl })

const dataset: DatasetLoadResult = { ok: true, file: '/opt/InfraGlobe/infrastructure.json', dataset: minimalDataset() }

const storedSettings: Settings = {
  ...DEFAULT_SETTINGS,
  userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' },
}

function fakeSettingsStore() {
  return {
    load: vi.fn(() => Promise.resolve(structuredClone(storedSettings))),
    save: vi.fn((_settings: Settings) => Promise.resolve()),
  }
}

/** The window behind the trusted page: dialogs attach to it and full screen applies to it. */
function fakeWindow() {
  return { setFullScreen: vi.fn((_on: boolean) => undefined) }
}
type FakeWindow = ReturnType<typeof fakeWindow>

function fakeFiles() {
  return {
    saveFile: vi.fn((_request: SaveRequest, _window: FakeWindow | null) => Promise.resolve<SaveOutcome>({ status: 'cancelled' })),
    saveSeries: vi.fn((_request: SaveSeriesRequest, _window: FakeWindow | null) =>
      Promise.resolve<SaveSeriesOutcome>({ status: 'cancelled' }),
    ),
    openLesson: vi.fn((_window: FakeWindow | null) => Promise.resolve<OpenOutcome>({ status: 'cancelled' })),
  } satisfies FileHandlers<FakeWindow>
}

function fakeClipboard() {
  return {
    copyText: vi.fn((_text: string) => Promise.resolve()),
    copyPng: vi.fn((_png: Uint8Array) => Promise.resolve()),
  } satisfies ClipboardService
}

function fakeDrafts() {
  return {
    save: vi.fn((_text: string) => Promise.resolve()),
    load: vi.fn(() => Promise.resolve<LessonDraft | null>({ text: '{"format":"infraglobe-lesson"}', savedAt: '2026-12-04T10:00:00.000Z' })),
    clear: vi.fn(() => Promise.resolve()),
  }
}

function wired(settings = fakeSettingsStore()) {
  const ipcMain = new FakeIpcMain()
  const window = fakeWindow()
  const files = fakeFiles()
  const clipboard = fakeClipboard()
  const drafts = fakeDrafts()
  const setUnsavedLesson = vi.fn((_window: FakeWindow | null, _unsaved: boolean) => undefined)
  const windowOf = vi.fn((_event: SenderEvent): FakeWindow | null => window)
  registerIpc({
    ipcMain,
    dataset,
    app: { getName: () => 'InfraGlobe', getVersion: () => '1.2.3' },
    settings,
    files,
    clipboard,
    drafts,
    setUnsavedLesson,
    windowOf,
    isTrustedSender: trustBundledRenderer,
  })
  return { ipcMain, window, files, clipboard, drafts, setUnsavedLesson, windowOf }
}

function registered(settings = fakeSettingsStore()) {
  return wired(settings).ipcMain
}

describe('rendererSenderCheck', () => {
  it('trusts the top frame of the bundled renderer page, with or without a hash or query', () => {
    expect(trustBundledRenderer(topFrame(rendererUrl))).toBe(true)
    expect(trustBundledRenderer(topFrame(`${rendererUrl}#/region/eu-central-1`))).toBe(true)
    expect(trustBundledRenderer(topFrame(`${rendererUrl}?scene=1`))).toBe(true)
  })

  it('refuses every file: page, the renderer file itself included', () => {
    expect(trustBundledRenderer(topFrame(pathToFileURL(rendererFile).href))).toBe(false)
    expect(trustBundledRenderer(topFrame(pathToFileURL('/tmp/index.html').href))).toBe(false)
  })

  it('refuses the app scheme with another host', () => {
    expect(trustBundledRenderer(topFrame('app://evil/index.html'))).toBe(false)
    expect(trustBundledRenderer(topFrame('app://infraglobe.evil/index.html'))).toBe(false)
  })

  it('refuses a web page', () => {
    expect(trustBundledRenderer(topFrame('https://example.com/index.html'))).toBe(false)
  })

  it('refuses a subframe of the renderer page', () => {
    expect(trustBundledRenderer(subframe(rendererUrl))).toBe(false)
  })

  it('refuses an event without a sender frame', () => {
    expect(trustBundledRenderer({ senderFrame: null })).toBe(false)
    expect(trustBundledRenderer({ senderFrame: undefined })).toBe(false)
  })

  it('refuses a frame whose URL cannot be parsed', () => {
    expect(trustBundledRenderer(topFrame(''))).toBe(false)
  })

  it('in development trusts only the dev server origin', () => {
    expect(trustDevServer(topFrame('http://localhost:5173/'))).toBe(true)
    expect(trustDevServer(topFrame('http://localhost:5174/'))).toBe(false)
    expect(trustDevServer(topFrame('https://localhost:5173/'))).toBe(false)
    expect(trustDevServer(topFrame(rendererUrl))).toBe(false)
    expect(trustDevServer(subframe('http://localhost:5173/'))).toBe(false)
  })
})

describe('handle', () => {
  function withHandler() {
    const ipcMain = new FakeIpcMain()
    const handler = vi.fn(() => ({ name: 'InfraGlobe', version: '0.0.1', edition: 'desktop' as const }))
    handle(ipcMain, invokeChannels.appInfo, handler, trustBundledRenderer)
    return { ipcMain, handler }
  }

  it('answers a trusted request with the handler value', async () => {
    const { ipcMain, handler } = withHandler()
    const event = topFrame(rendererUrl)
    await expect(ipcMain.invoke(invokeChannels.appInfo, event)).resolves.toEqual({
      name: 'InfraGlobe',
      version: '0.0.1',
      edition: 'desktop',
    })
    expect(handler).toHaveBeenCalledWith(undefined, event)
  })

  it.each([
    ['another page', topFrame('https://example.com/'), /untrusted sender \(top frame https:\/\/example\.com\/\)/],
    ['a subframe', subframe(rendererUrl), /untrusted sender \(subframe app:/],
    ['a missing frame', { senderFrame: null }, /untrusted sender \(no sender frame\)/],
  ])('refuses %s without running the handler', async (_what, event: SenderEvent, message) => {
    const { ipcMain, handler } = withHandler()
    const call = ipcMain.invoke(invokeChannels.appInfo, event)
    await expect(call).rejects.toThrow(message)
    await expect(call).rejects.toThrow(invokeChannels.appInfo)
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses a payload the contract does not allow, naming the channel and the problem', async () => {
    const { ipcMain, handler } = withHandler()
    const call = ipcMain.invoke(invokeChannels.appInfo, topFrame(rendererUrl), { path: '/etc/passwd' })
    await expect(call).rejects.toThrow(`${invokeChannels.appInfo}: invalid payload: (root): `)
    await expect(call).rejects.toThrow(/expected undefined, received object/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses extra arguments', async () => {
    const { ipcMain, handler } = withHandler()
    const call = ipcMain.invoke(invokeChannels.appInfo, topFrame(rendererUrl), undefined, 'extra')
    await expect(call).rejects.toThrow(/expected at most one argument, received 2/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('checks the sender before the payload', async () => {
    const { ipcMain } = withHandler()
    await expect(ipcMain.invoke(invokeChannels.appInfo, subframe(rendererUrl), 'bad')).rejects.toThrow(/untrusted sender/)
  })
})

describe('registerIpc', () => {
  it('registers every channel of the contract and nothing else', () => {
    expect([...registered().handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
  })

  it('answers loadDataset with the dataset loaded at start-up, every time', async () => {
    const ipcMain = registered()
    const event = topFrame(rendererUrl)
    expect(await ipcMain.invoke(invokeChannels.loadDataset, event)).toBe(dataset)
    expect(await ipcMain.invoke(invokeChannels.loadDataset, event)).toBe(dataset)
  })

  it('answers appInfo with the app name, its version and the desktop edition', async () => {
    await expect(registered().invoke(invokeChannels.appInfo, topFrame(rendererUrl))).resolves.toEqual({
      name: 'InfraGlobe',
      version: '1.2.3',
      edition: 'desktop',
    })
  })

  it('answers loadSettings with what the settings store holds', async () => {
    await expect(registered().invoke(invokeChannels.loadSettings, topFrame(rendererUrl))).resolves.toEqual(storedSettings)
  })

  it('passes valid settings from the renderer to the store and waits for the write', async () => {
    const settings = fakeSettingsStore()
    let written: () => void = () => {}
    settings.save.mockImplementation(() => new Promise<void>((resolve) => (written = resolve)))
    const ipcMain = registered(settings)
    const next: Settings = { ...storedSettings, layers: { ...storedSettings.layers, network: false, latencyArcs: true }, latencyArcScope: 10 }
    let done = false
    const call = ipcMain.invoke(invokeChannels.saveSettings, topFrame(rendererUrl), next).then(() => (done = true))
    await vi.waitFor(() => expect(settings.save).toHaveBeenCalledWith(next))
    expect(done).toBe(false)
    written()
    await call
    expect(done).toBe(true)
  })

  it.each([
    ['no settings at all', undefined, /expected object/],
    ['a location off the globe', { ...DEFAULT_SETTINGS, userLocation: { lat: 95, lon: 0, label: 'x', origin: 'click' } }, /userLocation\.lat: /],
    ['an unknown origin', { ...DEFAULT_SETTINGS, userLocation: { lat: 1, lon: 2, label: 'x', origin: 'gps' } }, /userLocation\.origin: /],
    ['a newer settings version', { ...DEFAULT_SETTINGS, version: 3 }, /version: /],
    ['an arc scope of zero', { ...DEFAULT_SETTINGS, latencyArcScope: 0 }, /latencyArcScope: /],
    ['a layer that is not a switch', { ...DEFAULT_SETTINGS, layers: { network: 'yes', latencyArcs: true } }, /layers\.network: /],
  ])('refuses to save %s, without reaching the store', async (_what, payload, problem) => {
    const settings = fakeSettingsStore()
    const call = registered(settings).invoke(invokeChannels.saveSettings, topFrame(rendererUrl), payload)
    await expect(call).rejects.toThrow(`${invokeChannels.saveSettings}: invalid payload: `)
    await expect(call).rejects.toThrow(problem)
    expect(settings.save).not.toHaveBeenCalled()
  })

  it('refuses settings from an untrusted sender without reaching the store', async () => {
    const settings = fakeSettingsStore()
    const ipcMain = registered(settings)
    const call = ipcMain.invoke(invokeChannels.saveSettings, subframe(rendererUrl), DEFAULT_SETTINGS)
    await expect(call).rejects.toThrow(/untrusted sender/)
    expect(settings.save).not.toHaveBeenCalled()
  })

  it('guards every registered channel with the sender check', async () => {
    const ipcMain = registered()
    for (const channel of Object.values(invokeChannels)) {
      await expect(ipcMain.invoke(channel, topFrame('https://example.com/'))).rejects.toThrow(/untrusted sender/)
    }
  })
})

const png = (...rest: number[]) => new Uint8Array([...PNG_SIGNATURE, ...rest])

/** A Uint8Array that claims a size without holding it, to test the limits cheaply. */
function pngClaiming(byteLength: number): Uint8Array {
  const bytes = png()
  Object.defineProperty(bytes, 'byteLength', { value: byteLength })
  return bytes
}

describe('the clipboard channels', () => {
  it('copies text and PNG images for the trusted page', async () => {
    const { ipcMain, clipboard } = wired()
    await ipcMain.invoke(invokeChannels.copyText, topFrame(rendererUrl), 'aws configure set region eu-west-3')
    await ipcMain.invoke(invokeChannels.copyPng, topFrame(rendererUrl), png(1))
    expect(clipboard.copyText).toHaveBeenCalledWith('aws configure set region eu-west-3')
    expect(clipboard.copyPng).toHaveBeenCalledWith(png(1))
  })

  it('accepts a Buffer, which is a Uint8Array', async () => {
    const { ipcMain, clipboard } = wired()
    await ipcMain.invoke(invokeChannels.copyPng, topFrame(rendererUrl), Buffer.from(png(2)))
    expect(clipboard.copyPng).toHaveBeenCalledOnce()
  })

  it.each([
    ['text that is not a string', invokeChannels.copyText, 42, /expected string/],
    ['text over the limit', invokeChannels.copyText, 'x'.repeat(MAX_CLIPBOARD_TEXT + 1), /text longer than/],
    ['an image as an array of numbers', invokeChannels.copyPng, [...png()], /expected PNG bytes/],
    ['bytes without the PNG signature', invokeChannels.copyPng, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), /not a PNG image/],
    ['an image over the limit', invokeChannels.copyPng, pngClaiming(MAX_PNG_BYTES + 1), /larger than 256 MiB/],
  ])('refuses %s without touching the clipboard', async (_what, channel, payload, problem) => {
    const { ipcMain, clipboard } = wired()
    const call = ipcMain.invoke(channel, topFrame(rendererUrl), payload)
    await expect(call).rejects.toThrow(`${channel}: invalid payload: `)
    await expect(call).rejects.toThrow(problem)
    expect(clipboard.copyText).not.toHaveBeenCalled()
    expect(clipboard.copyPng).not.toHaveBeenCalled()
  })
})

describe('the file channels', () => {
  it('saves one file through the sender window and answers the outcome', async () => {
    const { ipcMain, files, window, windowOf } = wired()
    files.saveFile.mockResolvedValueOnce({ status: 'saved', location: '/home/ada/Pictures/europe.png' })
    const event = topFrame(rendererUrl)
    const request = { suggestedName: 'europe.png', kind: 'png', data: png(3) }
    await expect(ipcMain.invoke(invokeChannels.saveFile, event, request)).resolves.toEqual({
      status: 'saved',
      location: '/home/ada/Pictures/europe.png',
    })
    expect(files.saveFile).toHaveBeenCalledWith(request, window)
    expect(windowOf).toHaveBeenCalledWith(event)
  })

  it('saves a lesson given as text', async () => {
    const { ipcMain, files } = wired()
    const request = { suggestedName: 'regions.infraglobe.json', kind: 'lesson', data: '{"scenes":[]}' }
    await ipcMain.invoke(invokeChannels.saveFile, topFrame(rendererUrl), request)
    expect(files.saveFile.mock.calls[0]?.[0]).toEqual(request)
  })

  it.each([
    ['a path instead of a name', { suggestedName: '/etc/cron.d/x.png', kind: 'png', data: png() }, /suggestedName: .*folder separator/],
    ['a Windows path', { suggestedName: 'C:\\Users\\x.png', kind: 'png', data: png() }, /suggestedName: /],
    ['a parent reference', { suggestedName: 'a..b.png', kind: 'png', data: png() }, /suggestedName: file name containing "\.\."/],
    ['a hidden file', { suggestedName: '.png', kind: 'png', data: png() }, /suggestedName: /],
    ['a control character', { suggestedName: 'a\u0000.png', kind: 'png', data: png() }, /suggestedName: /],
    ['a name over 200 characters', { suggestedName: `${'a'.repeat(197)}.png`, kind: 'png', data: png() }, /longer than 200/],
    ['an empty name', { suggestedName: '', kind: 'png', data: png() }, /empty file name/],
    ['a PNG without .png', { suggestedName: 'view.jpg', kind: 'png', data: png() }, /must end in \.png/],
    ['a lesson without .json', { suggestedName: 'lesson.txt', kind: 'lesson', data: '{}' }, /must end in \.infraglobe\.json or \.json/],
    ['a lesson given as bytes', { suggestedName: 'a.json', kind: 'lesson', data: png() }, /data: .*expected string/],
    ['a PNG given as text', { suggestedName: 'a.png', kind: 'png', data: 'iVBORw0KGgo=' }, /data: expected PNG bytes/],
    ['PNG data that is not a PNG', { suggestedName: 'a.png', kind: 'png', data: new Uint8Array([1, 2, 3]) }, /data: not a PNG/],
    ['a lesson over the limit', { suggestedName: 'a.json', kind: 'lesson', data: 'é'.repeat(MAX_LESSON_BYTES / 2 + 1) }, /lesson larger than 8 MiB/],
    ['a video without .webm', { suggestedName: 'growth.mp4', kind: 'webm', data: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]) }, /must end in \.webm/],
    ['video data that is not WebM', { suggestedName: 'growth.webm', kind: 'webm', data: png() }, /data: not a WebM video/],
    ['a video given as text', { suggestedName: 'growth.webm', kind: 'webm', data: 'GkXfow==' }, /data: expected WebM bytes/],
    ['an unknown kind', { suggestedName: 'a.exe', kind: 'program', data: 'MZ' }, /kind: /],
    ['an extra field', { suggestedName: 'a.png', kind: 'png', data: png(), folder: '/tmp' }, /folder/],
  ])('refuses to save %s without showing a dialog', async (_what, payload, problem) => {
    const { ipcMain, files } = wired()
    const call = ipcMain.invoke(invokeChannels.saveFile, topFrame(rendererUrl), payload)
    await expect(call).rejects.toThrow(`${invokeChannels.saveFile}: invalid payload: `)
    await expect(call).rejects.toThrow(problem)
    expect(files.saveFile).not.toHaveBeenCalled()
  })

  it('saves a series through the sender window', async () => {
    const { ipcMain, files, window } = wired()
    files.saveSeries.mockResolvedValueOnce({ status: 'saved', location: '/home/ada/Pictures/lesson', count: 2 })
    const request = { files: [{ name: 'lesson-01.png', data: png(1) }, { name: 'lesson-02.png', data: png(2) }] }
    await expect(ipcMain.invoke(invokeChannels.saveSeries, topFrame(rendererUrl), request)).resolves.toEqual({
      status: 'saved',
      location: '/home/ada/Pictures/lesson',
      count: 2,
    })
    expect(files.saveSeries).toHaveBeenCalledWith(request, window)
  })

  const many = (count: number) => ({ files: Array.from({ length: count }, (_, i) => ({ name: `scene-${i}.png`, data: png() })) })

  it.each([
    ['no files', { files: [] }, /no files to save/],
    ['more files than the limit', many(MAX_SERIES_FILES + 1), /more than 500 files/],
    ['two files of one name', { files: [{ name: 'a.png', data: png() }, { name: 'a.png', data: png() }] }, /files\[1\]\.name: duplicate file name a\.png/],
    ['two names that differ only in case', { files: [{ name: 'a.png', data: png() }, { name: 'A.png', data: png() }] }, /duplicate file name A\.png/],
    ['a name with a folder', { files: [{ name: 'sub/a.png', data: png() }] }, /files\[0\]\.name: /],
    ['a file that is not a PNG', { files: [{ name: 'a.png', data: new Uint8Array(8) }] }, /files\[0\]\.data: not a PNG/],
    ['a lesson in a series', { files: [{ name: 'a.json', data: png() }] }, /must end in \.png/],
  ])('refuses a series with %s without showing a dialog', async (_what, payload, problem) => {
    const { ipcMain, files } = wired()
    const call = ipcMain.invoke(invokeChannels.saveSeries, topFrame(rendererUrl), payload)
    await expect(call).rejects.toThrow(`${invokeChannels.saveSeries}: invalid payload: `)
    await expect(call).rejects.toThrow(problem)
    expect(files.saveSeries).not.toHaveBeenCalled()
  })

  it('accepts a series at the limit', async () => {
    const { ipcMain, files } = wired()
    await ipcMain.invoke(invokeChannels.saveSeries, topFrame(rendererUrl), many(MAX_SERIES_FILES))
    expect(files.saveSeries).toHaveBeenCalledOnce()
  })

  it('opens a lesson through the sender window, and takes no payload', async () => {
    const { ipcMain, files, window } = wired()
    files.openLesson.mockResolvedValueOnce({ status: 'opened', name: 'a.json', text: '{}' })
    await expect(ipcMain.invoke(invokeChannels.openLesson, topFrame(rendererUrl))).resolves.toEqual({
      status: 'opened',
      name: 'a.json',
      text: '{}',
    })
    expect(files.openLesson).toHaveBeenCalledWith(window)
    await expect(ipcMain.invoke(invokeChannels.openLesson, topFrame(rendererUrl), '/etc/passwd')).rejects.toThrow(/invalid payload/)
    expect(files.openLesson).toHaveBeenCalledOnce()
  })
})

describe('the full screen channel', () => {
  it('puts the sender window in and out of full screen', async () => {
    const { ipcMain, window } = wired()
    await ipcMain.invoke(invokeChannels.setFullScreen, topFrame(rendererUrl), true)
    await ipcMain.invoke(invokeChannels.setFullScreen, topFrame(rendererUrl), false)
    expect(window.setFullScreen.mock.calls).toEqual([[true], [false]])
  })

  it('does nothing when the sender has no window any more', async () => {
    const { ipcMain, windowOf } = wired()
    windowOf.mockReturnValueOnce(null)
    await expect(ipcMain.invoke(invokeChannels.setFullScreen, topFrame(rendererUrl), true)).resolves.toBeUndefined()
  })

  it.each([['a string', 'true'], ['nothing', undefined], ['a number', 1]])('refuses %s', async (_what, payload) => {
    const { ipcMain, window } = wired()
    await expect(ipcMain.invoke(invokeChannels.setFullScreen, topFrame(rendererUrl), payload)).rejects.toThrow(/expected boolean/)
    expect(window.setFullScreen).not.toHaveBeenCalled()
  })
})

describe('the unsaved-lesson and draft channels', () => {
  it('records, for the window of the page, whether its lesson has unsaved changes', async () => {
    const { ipcMain, window, setUnsavedLesson } = wired()
    await ipcMain.invoke(invokeChannels.setUnsavedLesson, topFrame(rendererUrl), true)
    await ipcMain.invoke(invokeChannels.setUnsavedLesson, topFrame(rendererUrl), false)
    expect(setUnsavedLesson.mock.calls).toEqual([
      [window, true],
      [window, false],
    ])
  })

  it.each([['yes'], [1], [null], [undefined]])('refuses %j as the unsaved flag', async (payload) => {
    const { ipcMain, setUnsavedLesson } = wired()
    await expect(ipcMain.invoke(invokeChannels.setUnsavedLesson, topFrame(rendererUrl), payload)).rejects.toThrow(/invalid payload/)
    expect(setUnsavedLesson).not.toHaveBeenCalled()
  })

  it('saves, loads and clears the draft through the store', async () => {
    const { ipcMain, drafts } = wired()
    await ipcMain.invoke(invokeChannels.saveDraft, topFrame(rendererUrl), '{"title":"Régions"}')
    await expect(ipcMain.invoke(invokeChannels.loadDraft, topFrame(rendererUrl))).resolves.toMatchObject({ savedAt: '2026-12-04T10:00:00.000Z' })
    await ipcMain.invoke(invokeChannels.clearDraft, topFrame(rendererUrl))
    expect(drafts.save).toHaveBeenCalledWith('{"title":"Régions"}')
    expect(drafts.clear).toHaveBeenCalledOnce()
  })

  it('drops a draft from a page whose lesson was discarded, and keeps the others', async () => {
    const ipcMain = new FakeIpcMain()
    const drafts = fakeDrafts()
    const discarding = topFrame(rendererUrl)
    registerIpc({
      ipcMain,
      dataset,
      app: { getName: () => 'InfraGlobe', getVersion: () => '1.2.3' },
      settings: fakeSettingsStore(),
      files: fakeFiles(),
      clipboard: fakeClipboard(),
      drafts,
      keepsDraftFrom: (event) => event !== discarding,
      setUnsavedLesson: () => undefined,
      windowOf: () => null,
      isTrustedSender: trustBundledRenderer,
    })
    await expect(ipcMain.invoke(invokeChannels.saveDraft, discarding, '{"title":"thrown away"}')).resolves.toBeUndefined()
    await ipcMain.invoke(invokeChannels.saveDraft, topFrame(rendererUrl), '{"title":"kept"}')
    expect(drafts.save.mock.calls).toEqual([['{"title":"kept"}']])
  })

  it('refuses a draft larger than a lesson may be, or not text, before the store sees it', async () => {
    const { ipcMain, drafts } = wired()
    await expect(ipcMain.invoke(invokeChannels.saveDraft, topFrame(rendererUrl), 'x'.repeat(MAX_LESSON_BYTES + 1))).rejects.toThrow(/lesson larger/)
    await expect(ipcMain.invoke(invokeChannels.saveDraft, topFrame(rendererUrl), { text: 'x' })).rejects.toThrow(/invalid payload/)
    expect(drafts.save).not.toHaveBeenCalled()
  })

  it('refuses every new channel from another page', async () => {
    const { ipcMain, drafts, setUnsavedLesson } = wired()
    const stranger = topFrame('file:///tmp/index.html')
    await expect(ipcMain.invoke(invokeChannels.setUnsavedLesson, stranger, true)).rejects.toThrow(/untrusted sender/)
    await expect(ipcMain.invoke(invokeChannels.loadDraft, stranger)).rejects.toThrow(/untrusted sender/)
    expect(setUnsavedLesson).not.toHaveBeenCalled()
    expect(drafts.load).not.toHaveBeenCalled()
  })

  it('lists at most five clipped problems of a hostile payload', async () => {
    const { ipcMain } = wired()
    const files = Array.from({ length: 20 }, () => ({ name: 'k'.repeat(100_000), data: 'not bytes' }))
    const call = ipcMain.invoke(invokeChannels.saveSeries, topFrame(rendererUrl), { files })
    await expect(call).rejects.toThrow(/and \d+ more$/)
    await call.catch((error: Error) => expect(error.message.length).toBeLessThan(2_500))
  })
})

describe('the dataset channels', () => {
  const opened = { status: 'opened' as const, name: 'newer.json', text: '{}', remembered: true }

  function withDatasets() {
    const ipcMain = new FakeIpcMain()
    const window = fakeWindow()
    const current: DatasetLoadResult = { ...dataset, origin: 'file' }
    const datasets = {
      current: vi.fn(() => current),
      openDataset: vi.fn((_window: FakeWindow | null) => Promise.resolve(opened)),
      useBuiltinDataset: vi.fn(() => Promise.resolve<DatasetLoadResult>({ ...dataset, origin: 'builtin' })),
    }
    const settings = fakeSettingsStore()
    settings.load.mockImplementation(() =>
      Promise.resolve({ ...structuredClone(storedSettings), dataset: { kind: 'file', path: '/home/ada/newer.json', name: 'newer.json' } }),
    )
    registerIpc({
      ipcMain,
      dataset,
      datasets,
      app: { getName: () => 'InfraGlobe', getVersion: () => '1.2.3' },
      settings,
      files: fakeFiles(),
      clipboard: fakeClipboard(),
      drafts: fakeDrafts(),
      setUnsavedLesson: vi.fn(),
      windowOf: () => window,
      isTrustedSender: trustBundledRenderer,
    })
    return { ipcMain, window, datasets, settings, current }
  }

  it('answers loadDataset with the current dataset, and opens a dataset with the dialog on the sending window', async () => {
    const { ipcMain, window, datasets, current } = withDatasets()
    await expect(ipcMain.invoke(invokeChannels.loadDataset, topFrame(rendererUrl))).resolves.toBe(current)
    await expect(ipcMain.invoke(invokeChannels.openDataset, topFrame(rendererUrl))).resolves.toEqual(opened)
    expect(datasets.openDataset).toHaveBeenCalledWith(window)
    await expect(ipcMain.invoke(invokeChannels.useBuiltinDataset, topFrame(rendererUrl))).resolves.toMatchObject({ origin: 'builtin' })
  })

  it('refuses a payload on the dataset channels and an untrusted sender', async () => {
    const { ipcMain, datasets } = withDatasets()
    await expect(ipcMain.invoke(invokeChannels.openDataset, topFrame(rendererUrl), '/etc/passwd')).rejects.toThrow(/invalid payload/)
    await expect(ipcMain.invoke(invokeChannels.openDataset, subframe(rendererUrl))).rejects.toThrow(/untrusted sender/)
    expect(datasets.openDataset).not.toHaveBeenCalled()
  })

  it("keeps main's dataset choice when the page saves settings, whatever the page sends in it", async () => {
    const { ipcMain, settings } = withDatasets()
    const fromPage: Settings = { ...storedSettings, latencyArcScope: 5, dataset: { kind: 'file', path: '/etc/shadow', name: 'shadow' } }
    await ipcMain.invoke(invokeChannels.saveSettings, topFrame(rendererUrl), fromPage)
    expect(settings.save).toHaveBeenCalledWith({
      ...storedSettings,
      latencyArcScope: 5,
      dataset: { kind: 'file', path: '/home/ada/newer.json', name: 'newer.json' },
    })
  })

  it('says opening a dataset is not available when main was wired without dataset handlers', async () => {
    await expect(registered().invoke(invokeChannels.openDataset, topFrame(rendererUrl))).resolves.toEqual({
      status: 'failed',
      message: 'Opening a dataset is not available here.',
      problems: [],
    })
  })
})
