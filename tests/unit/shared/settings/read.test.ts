import { describe, expect, it } from 'vitest'
import {
  formatSettings,
  MAX_SETTINGS_BYTES,
  migrateSettings,
  parseSettingsText,
  readSettings,
} from '../../../../src/shared/settings/read'
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings/schema'
import { nested, nestedValue } from '../../fixtures/hostile'

const saoPaulo: Settings = {
  version: 2,
  userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: true },
  latencyArcScope: 10,
  theme: 'dark',
  firstRunHintDismissed: false,
}

describe('readSettings', () => {
  it('accepts current settings as they are', () => {
    expect(readSettings(structuredClone(saoPaulo))).toEqual({ status: 'ok', settings: saoPaulo })
  })

  it('migrates the unversioned pre-release shape, filling in what it lacks', () => {
    const version0 = {
      userLocation: { lat: 48.86, lon: 2.35, label: '48.86° N, 2.35° E' },
      layers: { network: false },
    }
    expect(readSettings(version0)).toEqual({
      status: 'ok',
      migratedFrom: 0,
      settings: {
        version: 2,
        userLocation: { lat: 48.86, lon: 2.35, label: '48.86° N, 2.35° E', origin: 'click' },
        layers: { ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: true },
        latencyArcScope: 'all',
        dataset: { kind: 'builtin' },
        theme: 'dark',
        firstRunHintDismissed: true,
      },
    })
  })

  it('treats an explicit version 0 like an unversioned file', () => {
    const read = readSettings({ version: 0, userLocation: null, latencyArcScope: 5 })
    expect(read).toEqual({ status: 'ok', migratedFrom: 0, settings: { ...DEFAULT_SETTINGS, latencyArcScope: 5, firstRunHintDismissed: true } })
  })

  it('keeps a version 0 location whose origin was already known', () => {
    const read = readSettings({ userLocation: { lat: 1, lon: 2, label: 'Somewhere', origin: 'search' } })
    expect(read.settings.userLocation?.origin).toBe('search')
  })

  it('refuses a migrated value that is still invalid, with the defaults', () => {
    const read = readSettings({ userLocation: { lat: 123, lon: 2, label: 'Nowhere' } })
    expect(read.status).toBe('invalid')
    expect(read.settings).toEqual(DEFAULT_SETTINGS)
    if (read.status === 'invalid') expect(read.problem).toMatch(/^userLocation\.lat: /)
  })

  it('refuses settings from a newer version without guessing at them', () => {
    const read = readSettings({ ...saoPaulo, version: 3, somethingNew: true })
    expect(read).toEqual({
      status: 'newer',
      settings: DEFAULT_SETTINGS,
      problem: expect.stringMatching(/newer InfraGlobe \(settings version 3; this one reads up to 2\)/),
    })
  })

  it.each([
    ['null', null],
    ['an array', [saoPaulo]],
    ['a string', 'settings'],
    ['a fractional version', { ...saoPaulo, version: 1.5 }],
    ['a negative version', { ...saoPaulo, version: -1 }],
    ['a version that is text', { ...saoPaulo, version: '1' }],
    ['an unknown origin', { ...saoPaulo, userLocation: { ...saoPaulo.userLocation, origin: 'gps' } }],
    ['a blank label', { ...saoPaulo, userLocation: { ...saoPaulo.userLocation, label: '  ' } }],
    ['a longitude off the map', { ...saoPaulo, userLocation: { ...saoPaulo.userLocation, lon: 181 } }],
    ['an arc scope of 2.5', { ...saoPaulo, latencyArcScope: 2.5 }],
    ['layers missing', { ...saoPaulo, layers: undefined }],
  ])('refuses %s and falls back to the defaults', (_what, value) => {
    const read = readSettings(value)
    expect(read.status).toBe('invalid')
    expect(read.settings).toEqual(DEFAULT_SETTINGS)
  })

  it('never hands out the shared defaults object, so a caller cannot change them', () => {
    const read = readSettings(null)
    read.settings.layers.network = false
    expect(DEFAULT_SETTINGS.layers.network).toBe(true)
  })
})

describe('migrateSettings', () => {
  it('leaves a current value alone', () => {
    const value = { ...saoPaulo }
    expect(migrateSettings(value, 2)).toBe(value)
  })
})

describe('parseSettingsText', () => {
  it('reads back what formatSettings wrote', () => {
    expect(parseSettingsText(formatSettings(saoPaulo))).toEqual({ status: 'ok', settings: saoPaulo })
  })

  it('accepts a byte-order mark, as some editors save one', () => {
    expect(parseSettingsText(`\uFEFF${formatSettings(saoPaulo)}`).status).toBe('ok')
  })

  it('names broken JSON as the problem', () => {
    const read = parseSettingsText('{"version": 1,')
    expect(read.status).toBe('invalid')
    if (read.status === 'invalid') expect(read.problem).toMatch(/^\(root\): not valid JSON: /)
  })

  it('refuses text beyond the size limit without parsing it', () => {
    const read = parseSettingsText(`{"pad": "${'x'.repeat(MAX_SETTINGS_BYTES)}"}`)
    expect(read.status).toBe('invalid')
    if (read.status === 'invalid') expect(read.problem).toMatch(/more than the limit/)
  })
})

describe('reading settings that cannot be examined', () => {
  it('refuses a version nested 32,000 levels deep with a short problem and the defaults, without throwing', () => {
    const read = parseSettingsText(`{"version": ${nested(32_000)}}`)
    expect(read).toEqual({ status: 'invalid', settings: DEFAULT_SETTINGS, problem: 'version: expected a whole number, received an array of 1 item' })
  })

  it('refuses a layer value nested 40,000 levels deep', () => {
    const read = readSettings({ version: 1, userLocation: null, layers: nestedValue(40_000), latencyArcScope: 'all' })
    expect(read.status).toBe('invalid')
    expect(read.settings).toEqual(DEFAULT_SETTINGS)
  })

  it('quotes at most a few dozen characters of a long version string', () => {
    const read = parseSettingsText(JSON.stringify({ version: 'v'.repeat(60_000) }))
    expect(read.status === 'invalid' && read.problem).toBe(`version: expected a whole number, received "${'v'.repeat(40)}"… (60,000 characters)`)
  })
})
