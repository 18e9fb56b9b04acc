import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { InfraGlobeApi } from '../../../src/shared/api'

const electron = await vi.hoisted(() => import('../main/fakeElectron'))
vi.mock('electron', () => electron.electronModule)

const { API_GLOBAL } = await import('../../../src/shared/api')
const { eventChannels, invokeChannels, MenuCommandSchema } = await import('../../../src/shared/ipc/contract')
const { MENU_COMMANDS } = await import('../../../src/shared/ipc/channels')
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings/schema')
const { fake, resetFakeElectron } = electron

/** Runs the preload afresh against new fakes and returns what it exposed. */
async function runPreload(): Promise<InfraGlobeApi> {
  resetFakeElectron()
  vi.resetModules()
  await import('../../../src/preload/index')
  const api = fake.exposed.get(API_GLOBAL)
  if (!api) throw new Error(`nothing exposed as ${API_GLOBAL}`)
  return api as InfraGlobeApi
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('the preload', () => {
  it('exposes one object, under the API global, with exactly the API functions', async () => {
    const api = await runPreload()
    expect([...fake.exposed.keys()]).toEqual([API_GLOBAL])
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'clearDraft',
      'closeAudienceView',
      'copyPng',
      'copyText',
      'loadDataset',
      'loadDraft',
      'loadSettings',
      'onMenuCommand',
      'onPresentationMessage',
      'openAudienceView',
      'openDataset',
      'openLesson',
      'saveDraft',
      'saveFile',
      'saveSeries',
      'saveSettings',
      'sendPresentationMessage',
      'setFullScreen',
      'setUnsavedLesson',
      'swapPresentationScreens',
      'useBuiltinDataset',
    ])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('asks main for the dataset and the app info on the contract channels, with no payload', async () => {
    const api = await runPreload()
    fake.ipcRenderer.invoke.mockResolvedValueOnce('dataset result').mockResolvedValueOnce('app info')
    await expect(api.loadDataset()).resolves.toBe('dataset result')
    await expect(api.appInfo()).resolves.toBe('app info')
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[invokeChannels.loadDataset], [invokeChannels.appInfo]])
  })

  it('loads and saves settings on the contract channels, passing the settings as the only payload', async () => {
    const api = await runPreload()
    const settings = { ...DEFAULT_SETTINGS, latencyArcScope: 5 }
    fake.ipcRenderer.invoke.mockResolvedValueOnce(settings).mockResolvedValueOnce(undefined)
    await expect(api.loadSettings()).resolves.toBe(settings)
    await expect(api.saveSettings(settings)).resolves.toBeUndefined()
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [invokeChannels.loadSettings],
      [invokeChannels.saveSettings, settings],
    ])
  })

  it('carries each file, clipboard and window request to main as one payload on its own channel', async () => {
    const api = await runPreload()
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const saveRequest = { suggestedName: 'view.png', kind: 'png' as const, data: png }
    const seriesRequest = { files: [{ name: 'scene-1.png', data: png }] }
    fake.ipcRenderer.invoke
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ status: 'saved', location: '/tmp/view.png' })
      .mockResolvedValueOnce({ status: 'cancelled' })
      .mockResolvedValueOnce({ status: 'opened', name: 'a.json', text: '{}' })
      .mockResolvedValueOnce(undefined)
    await api.copyText('aws sts get-caller-identity')
    await api.copyPng(png)
    await expect(api.saveFile(saveRequest)).resolves.toEqual({ status: 'saved', location: '/tmp/view.png' })
    await expect(api.saveSeries(seriesRequest)).resolves.toEqual({ status: 'cancelled' })
    await expect(api.openLesson()).resolves.toEqual({ status: 'opened', name: 'a.json', text: '{}' })
    await api.setFullScreen(true)
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [invokeChannels.copyText, 'aws sts get-caller-identity'],
      [invokeChannels.copyPng, png],
      [invokeChannels.saveFile, saveRequest],
      [invokeChannels.saveSeries, seriesRequest],
      [invokeChannels.openLesson],
      [invokeChannels.setFullScreen, true],
    ])
  })

  it('passes a menu command to the listener without the IPC event', async () => {
    const api = await runPreload()
    const listener = vi.fn()
    api.onMenuCommand(listener)
    fake.ipcRenderer.fire(eventChannels.menuCommand, { sender: 'the IPC event' }, 'about')
    fake.ipcRenderer.fire(eventChannels.menuCommand, { sender: 'the IPC event' }, 'export-all-scenes')
    expect(listener.mock.calls).toEqual([['about'], ['export-all-scenes']])
  })

  it('drops a menu command the contract does not know', async () => {
    const api = await runPreload()
    const listener = vi.fn()
    api.onMenuCommand(listener)
    fake.ipcRenderer.fire(eventChannels.menuCommand, {}, 'format-disk')
    fake.ipcRenderer.fire(eventChannels.menuCommand, {}, { command: 'about' })
    expect(listener).not.toHaveBeenCalled()
  })

  it('stops calling a listener once it unsubscribes, and leaves others subscribed', async () => {
    const api = await runPreload()
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribe = api.onMenuCommand(first)
    api.onMenuCommand(second)
    unsubscribe()
    fake.ipcRenderer.fire(eventChannels.menuCommand, {}, 'about')
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
    expect(fake.ipcRenderer.listenerCount(eventChannels.menuCommand)).toBe(1)
  })

  it('accepts exactly the menu commands of the contract schema', () => {
    expect([...MENU_COMMANDS]).toEqual(MenuCommandSchema.options)
  })
})

/** The modules a file imports at run time (type-only imports are erased by the bundler). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const specifiers: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm
  for (const match of source.matchAll(statement)) {
    if (!match[2] && match[3]) specifiers.push(match[3])
  }
  for (const match of source.matchAll(/^\s*import\s+'([^']+)'/gm)) if (match[1]) specifiers.push(match[1])
  return specifiers
}

describe('the preload bundle', () => {
  it('needs no package but electron at run time, since a sandboxed preload can load nothing else', () => {
    const entry = fileURLToPath(new URL('../../../src/preload/index.ts', import.meta.url))
    const packages = new Set<string>()
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const specifier of runtimeImports(file)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), `${specifier}.ts`))
        else packages.add(specifier)
      }
    }
    visit(entry)
    expect(seen.size).toBeGreaterThan(1)
    expect([...packages]).toEqual(['electron'])
  })
})
