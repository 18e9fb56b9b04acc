import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCityIndex } from '../../../../src/shared/cities'
import { locationFromTimeZone, systemTimeZone } from '../../../../src/renderer/state/timeZoneLocation'

const index = createCityIndex([{ name: 'Berlin', countryCode: 'DE', lat: 52.5244, lon: 13.4105, population: 3_426_354 }])

describe('locationFromTimeZone', () => {
  it('guesses the city a zone is named after, marked as a time-zone guess', async () => {
    const load = vi.fn(async () => index)
    await expect(locationFromTimeZone('Europe/Berlin', load)).resolves.toEqual({
      lat: 52.5244,
      lon: 13.4105,
      label: 'Berlin, DE',
      origin: 'timezone',
    })
  })

  it('does not load the city list for a zone that names no place', async () => {
    const load = vi.fn(async () => index)
    for (const zone of ['UTC', 'Etc/GMT-2', null]) await expect(locationFromTimeZone(zone, load)).resolves.toBeNull()
    expect(load).not.toHaveBeenCalled()
  })
})

describe('systemTimeZone', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('asks Temporal first, without building a date formatter', () => {
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Europe/Kyiv' } })
    const formatter = vi.spyOn(Intl, 'DateTimeFormat')
    expect(systemTimeZone()).toBe('Europe/Kyiv')
    expect(formatter).not.toHaveBeenCalled()
  })

  it('falls back to Intl where the runtime has no Temporal', () => {
    vi.stubGlobal('Temporal', undefined)
    const real = new Intl.DateTimeFormat().resolvedOptions()
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ ...real, timeZone: 'America/Sao_Paulo' })
    expect(systemTimeZone()).toBe('America/Sao_Paulo')
  })

  it('is null where neither says', () => {
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => '' } })
    const real = new Intl.DateTimeFormat().resolvedOptions()
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ ...real, timeZone: '' })
    expect(systemTimeZone()).toBeNull()
  })
})
