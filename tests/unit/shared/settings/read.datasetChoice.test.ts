import { describe, expect, it } from 'vitest'
import { readSettings } from '../../../../src/shared/settings/read'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from '../../../../src/shared/settings/schema'

const version1 = {
  version: 1,
  userLocation: { lat: -1.29, lon: 36.82, label: 'Nairobi, KE', origin: 'search' },
  layers: { network: true, latencyArcs: false },
  latencyArcScope: 10,
}

describe('settings version 2: the dataset choice', () => {
  it('migrates version 1 settings to the built-in dataset, the new layers off, the dark theme and no first-start hint, keeping everything else', () => {
    expect(SETTINGS_VERSION).toBe(2)
    expect(readSettings(structuredClone(version1))).toEqual({
      status: 'ok',
      migratedFrom: 1,
      settings: {
        ...version1,
        version: 2,
        layers: { ...version1.layers, edges: false, localZones: false, wavelengthZones: false, reach: false },
        dataset: { kind: 'builtin' },
        theme: 'dark',
        firstRunHintDismissed: true,
      },
    })
  })

  it('keeps a remembered dataset file, and starts with the built-in one by default', () => {
    const remembered = { ...DEFAULT_SETTINGS, dataset: { kind: 'file', path: '/home/ada/infrastructure-2027.json', name: 'infrastructure-2027.json' } }
    expect(readSettings(remembered)).toEqual({ status: 'ok', settings: remembered })
    expect(DEFAULT_SETTINGS.dataset).toEqual({ kind: 'builtin' })
  })

  it('refuses a dataset choice without a path, and accepts settings without the field (the renderer does not send it)', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, dataset: { kind: 'file', name: 'x.json' } }).status).toBe('invalid')
    const { dataset: _dataset, ...withoutChoice } = DEFAULT_SETTINGS
    expect(SettingsSchema.safeParse(withoutChoice).success).toBe(true)
  })
})
