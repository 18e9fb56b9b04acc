import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BAD_PREFIX, createLocalSettings, SETTINGS_KEY } from '../../../../src/renderer/platform/webSettings'
import { settingsSaveMessage } from '../../../../src/shared/settings/saveError'
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings/schema'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../../fixtures/hostile'

const lisbon: Settings = {
  version: 1,
  userLocation: { lat: 38.72, lon: -9.14, label: 'Lisboa, PT', origin: 'search' },
  layers: { network: true, latencyArcs: true },
  latencyArcScope: 'all',
}

afterEach(() => {
  localStorage.clear()
})

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
