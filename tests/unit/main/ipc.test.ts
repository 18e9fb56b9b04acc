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
import { invokeChannels, type DatasetLoadResult } from '../../../src/shared/ipc/contract'
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
const rendererUrl = pathToFileURL(rendererFile).href
const devServerUrl = 'http://localhost:5173'

const topFrame = (url: string): SenderEvent => ({ senderFrame: { url, parent: null } })
const subframe = (url: string): SenderEvent => ({ senderFrame: { url, parent: { url: rendererUrl } } })

const trustBundledRenderer = rendererSenderCheck({ rendererFile })
const trustDevServer = rendererSenderCheck({ rendererFile, devServerUrl })

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

function registered(settings = fakeSettingsStore()) {
  const ipcMain = new FakeIpcMain()
  registerIpc({
    ipcMain,
    dataset,
    app: { getName: () => 'InfraGlobe', getVersion: () => '1.2.3' },
    settings,
    isTrustedSender: trustBundledRenderer,
  })
  return ipcMain
}

describe('rendererSenderCheck', () => {
  it('trusts the top frame of the bundled renderer page, with or without a hash or query', () => {
    expect(trustBundledRenderer(topFrame(rendererUrl))).toBe(true)
    expect(trustBundledRenderer(topFrame(`${rendererUrl}#/region/eu-central-1`))).toBe(true)
    expect(trustBundledRenderer(topFrame(`${rendererUrl}?scene=1`))).toBe(true)
  })

  it('refuses another local file, even next to the renderer', () => {
    expect(trustBundledRenderer(topFrame(pathToFileURL(join('/opt', 'InfraGlobe', 'out', 'renderer', 'x.html')).href))).toBe(false)
    expect(trustBundledRenderer(topFrame(pathToFileURL('/tmp/index.html').href))).toBe(false)
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
    ['a subframe', subframe(rendererUrl), /untrusted sender \(subframe file:/],
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
    const next: Settings = { ...storedSettings, layers: { network: false, latencyArcs: true }, latencyArcScope: 10 }
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
    ['a newer settings version', { ...DEFAULT_SETTINGS, version: 2 }, /version: /],
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
