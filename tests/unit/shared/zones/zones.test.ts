import { describe, expect, it } from 'vitest'
import { zoneKey, zoneLabel, zonesOfRegion } from '../../../../src/shared/zones'
import { makeDataset, makeLocalZone, makeWavelengthZone } from '../../fixtures/dataset'

describe('zoneKey and zoneLabel', () => {
  it('names a zone by its name, else its group, else its parent and place', () => {
    expect(zoneKey(makeLocalZone())).toBe('eu-central-1-ham-1a')
    expect(zoneKey(makeLocalZone({ name: null }))).toBe('eu-central-1-ham-1')
    const announced = makeLocalZone({ name: null, group: null, city: null, lat: null, lon: null, status: 'announced', countryCode: 'BE' })
    expect(zoneKey(announced)).toBe('eu-central-1 BE')
    expect(zoneLabel(announced)).toBe('unnamed zone in BE')
    expect(zoneLabel(makeWavelengthZone({ name: null }))).toBe('unnamed zone in Boston')
  })
})

describe('zonesOfRegion', () => {
  it('gives a region its Local Zones and Wavelength Zones', () => {
    const d = makeDataset()
    d.wavelengthZones.zones = [makeWavelengthZone()]
    expect(zonesOfRegion(d, 'eu-central-1').localZones.map(zoneKey)).toEqual(['eu-central-1-ham-1a'])
    expect(zonesOfRegion(d, 'us-east-1')).toEqual({ localZones: [], wavelengthZones: [makeWavelengthZone()] })
  })
})
