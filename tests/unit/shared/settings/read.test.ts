import { describe, expect, it } from 'vitest'
import { parseSettingsText, readSettings } from '../../../../src/shared/settings/read'
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings/schema'
import { nested, nestedValue } from '../../fixtures/hostile'

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
