import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSettings, parseSettingsText } from '../../../../src/shared/settings/read'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from '../../../../src/shared/settings/schema'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../../fixtures/hostile'

const stored = {
  version: SETTINGS_VERSION,
  userLocation: { lat: 52.52, lon: 13.405, label: 'Berlin, DE', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: false },
  latencyArcScope: 10,
  theme: 'light',
  firstRunHintDismissed: true,
}

describe('the settings reader, given any stored text', () => {
  it('answers valid settings to run on, and a bounded problem whenever it refuses, without throwing', () => {
    fc.assert(
      fc.property(hostileText(stored), (text) => {
        const read = parseSettingsText(text)
        expect(SettingsSchema.safeParse(read.settings).success).toBe(true)
        if (read.status === 'ok') return
        expect(read.settings).toEqual(DEFAULT_SETTINGS)
        expect(read.problem.length).toBeGreaterThan(0)
        expect(read.problem.length).toBeLessThanOrEqual(2000)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)

  it('reads back exactly what it stored', () => {
    expect(parseSettingsText(formatSettings(SettingsSchema.parse(stored)))).toEqual({ status: 'ok', settings: stored })
  })
})
