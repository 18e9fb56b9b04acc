import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPlatform } from '../../../../src/renderer/platform/web'
import { BAD_PREFIX, createLocalSettings, SETTINGS_KEY } from '../../../../src/renderer/platform/webSettings'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../../src/shared/settings/schema'
import { settingsSaveMessage } from '../../../../src/shared/settings/saveError'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../../fixtures/hostile'

const saoPaulo: Settings = {
  version: 2,
  userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: true },
  latencyArcScope: 20,
  theme: 'dark',
  firstRunHintDismissed: false,
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
    expect(await local().settings.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, latencyArcScope: 5, firstRunHintDismissed: true })
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
    await expect(settings.saveSettings(bad)).rejects.toThrow(/^The settings could not be saved: /)
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual(saoPaulo)
  })

  it('fall back to the defaults when storage is forbidden, and report a save as failed', async () => {
    const { settings, warn } = local(forbiddenStorage)
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cannot be read \(.*The operation is insecure\.\)/))
    await expect(settings.saveSettings(saoPaulo)).rejects.toThrow(/^The settings could not be saved: /)
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

const lisbon: Settings = {
  version: SETTINGS_VERSION,
  userLocation: { lat: 38.72, lon: -9.14, label: 'Lisboa, PT', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: true },
  latencyArcScope: 'all',
  theme: 'dark',
  firstRunHintDismissed: false,
}


const badKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(BAD_PREFIX))

describe('web settings set aside', () => {
  it('keep at most one .bad- copy: the latest refused value', async () => {
    for (const [i, text] of ['{broken', '{"version": 99}', '[]'].entries()) {
      localStorage.setItem(SETTINGS_KEY, text)
      const settings = createLocalSettings({ warn: () => undefined, now: () => new Date(Date.UTC(2026, 11, 4, 10, i)) })
      expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS)
      await settings.saveSettings(lisbon)
    }
    expect(badKeys()).toEqual([`${BAD_PREFIX}2026-12-04T10:02:00.000Z`])
    expect(localStorage.getItem(badKeys()[0]!)).toBe('[]')
  })

  it('reject a save the storage refuses with a sentence the page can show', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
    } as unknown as Storage
    const settings = createLocalSettings({ storage: () => full, warn: () => undefined })
    const failure = await settings.saveSettings(lisbon).catch((error: unknown) => error)
    expect(settingsSaveMessage(failure)).toBe("The settings could not be saved: the browser's storage for this page is full.")
  })
})

describe('web settings, given anything stored', () => {
  it('load valid settings, keep a refused value aside, and leave everything as it was when a save is refused', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(lisbon), fc.jsonValue({ maxDepth: 3 }), async (text, attempt) => {
        localStorage.clear()
        localStorage.setItem(SETTINGS_KEY, text)
        const settings = createLocalSettings({ warn: vi.fn(), now: () => new Date(Date.UTC(2026, 11, 4)) })
        const loaded = await settings.loadSettings()
        const before = { ...localStorage }
        const saved = await settings.saveSettings(attempt as Settings).then(
          () => true,
          () => false,
        )
        if (!saved) {
          expect({ ...localStorage }).toEqual(before)
          expect(await settings.loadSettings()).toEqual(loaded)
        }
        expect(badKeys().length).toBeLessThanOrEqual(1)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)
})
