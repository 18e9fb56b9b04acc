import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPlatform } from '../../../src/renderer/platform/web'
import { createLocalSettings, SETTINGS_KEY } from '../../../src/renderer/platform/webSettings'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema'

const saoPaulo: Settings = {
  version: 2,
  userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' },
  layers: { network: false, latencyArcs: true },
  latencyArcScope: 20,
}

const moment = new Date('2026-11-27T12:00:00.000Z')
const asideKey = `${SETTINGS_KEY}.bad-2026-11-27T12:00:00.000Z`

afterEach(() => {
  localStorage.clear()
})

function local(storage: () => Storage = () => localStorage) {
  const warn = vi.fn<(message: string) => void>()
  return { settings: createLocalSettings({ storage, warn, now: () => moment }), warn }
}

/** A storage whose every call fails, as when the browser forbids it. */
function forbiddenStorage(): Storage {
  throw new DOMException('The operation is insecure.', 'SecurityError')
}

describe('web settings', () => {
  it('start from the defaults when nothing is stored', async () => {
    const { settings, warn } = local()
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
    expect(warn).not.toHaveBeenCalled()
    expect(localStorage.length).toBe(0)
  })

  it('survive a reload: what one page saves, the next one loads', async () => {
    await local().settings.saveSettings(saoPaulo)
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual(saoPaulo)
    expect(await local().settings.loadSettings()).toEqual(saoPaulo)
  })

  it('are what the web platform itself loads and saves', async () => {
    await createPlatform().saveSettings(saoPaulo)
    expect(await createPlatform().loadSettings()).toEqual(saoPaulo)
  })

  it('migrate an older stored value', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ latencyArcScope: 5 }))
    expect(await local().settings.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, latencyArcScope: 5 })
  })

  it.each([
    ['broken JSON', '{"version":1,'],
    ['a value the schema refuses', JSON.stringify({ ...saoPaulo, layers: { network: 'on' } })],
    ['a newer version', JSON.stringify({ ...saoPaulo, version: 3 })],
  ])('keep %s aside under its own key, warn, and use the defaults', async (_what, text) => {
    localStorage.setItem(SETTINGS_KEY, text)
    const { settings, warn } = local()
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
    expect(localStorage.getItem(asideKey)).toBe(text)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`kept under "${asideKey}"`))
    await settings.saveSettings(saoPaulo)
    expect(localStorage.getItem(asideKey)).toBe(text)
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual(saoPaulo)
  })

  it('refuse to save settings the schema refuses, leaving the stored ones alone', async () => {
    const { settings } = local()
    await settings.saveSettings(saoPaulo)
    const bad = { ...saoPaulo, latencyArcScope: 0 }
    await expect(settings.saveSettings(bad)).rejects.toThrow(/settings not saved/)
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual(saoPaulo)
  })

  it('fall back to the defaults when storage is forbidden, and report a save as failed', async () => {
    const { settings, warn } = local(forbiddenStorage)
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cannot be read \(.*The operation is insecure\.\)/))
    await expect(settings.saveSettings(saoPaulo)).rejects.toThrow(/settings not saved/)
  })

  it('never overwrite a bad value that could not be kept aside', async () => {
    localStorage.setItem(SETTINGS_KEY, 'garbage')
    const full: Storage = {
      ...localStorage,
      length: localStorage.length,
      key: (i) => localStorage.key(i),
      getItem: (key) => localStorage.getItem(key),
      removeItem: (key) => localStorage.removeItem(key),
      clear: () => localStorage.clear(),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    const { settings } = local(() => full)
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
    await expect(settings.saveSettings(saoPaulo)).rejects.toThrow(/kept as they are/)
    expect(localStorage.getItem(SETTINGS_KEY)).toBe('garbage')
  })
})
