import { describe, expect, it } from 'vitest'
import citiesJson from '../../../../assets/data/cities.json'
import continentsJson from '../../../../assets/data/continents.json'
import { parseCityFile } from '../../../../src/shared/cities/load'
import {
  CONTINENT_CODES,
  CONTINENT_NAMES,
  ContinentFileError,
  continentLookup,
  parseContinentFile,
} from '../../../../src/shared/continents/schema'

const cities = parseCityFile(citiesJson)

describe('the committed continent table', () => {
  const file = parseContinentFile(continentsJson)
  const continentOf = continentLookup(file)

  it('gives a continent to the country of every bundled city', () => {
    expect(cities.filter((c) => continentOf(c.countryCode) === null)).toEqual([])
  })

  it('follows GeoNames: Germany in Europe, Japan in Asia, Brazil in South America, Russia in Europe, Egypt in Africa', () => {
    expect(['DE', 'JP', 'BR', 'RU', 'EG', 'US', 'AU', 'TR'].map(continentOf)).toEqual(['EU', 'AS', 'SA', 'EU', 'AF', 'NA', 'OC', 'AS'])
  })

  it('credits GeoNames under CC BY 4.0 with the date of the copy read', () => {
    expect(file.sources).toEqual([
      expect.objectContaining({ id: 'geonames-country-info', licence: expect.stringMatching(/CC BY 4\.0/), asOf: file.asOf }),
    ])
    expect(file.sources[0]?.origin).toMatch(/countryInfo\.txt/)
  })

  it('knows no continent for a code it does not list', () => {
    expect(continentOf('ZZ')).toBeNull()
  })
})

describe('the continent codes', () => {
  it('are GeoNames’ seven, each with a name', () => {
    expect(CONTINENT_CODES).toEqual(['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'])
    expect(Object.keys(CONTINENT_NAMES).sort()).toEqual([...CONTINENT_CODES])
  })
})

describe('reading a continent file', () => {
  const valid = { schemaVersion: 1, asOf: '2020-01-18', sources: [{ id: 'x', title: 'X', origin: 'o', licence: 'l', asOf: '2020-01-18' }], continents: { DE: 'EU' } }

  it('accepts a valid file', () => {
    expect(parseContinentFile(valid).continents).toEqual({ DE: 'EU' })
  })

  it.each([
    ['an unknown continent code', { ...valid, continents: { DE: 'XX' } }, /continents\.DE/],
    ['a malformed country code', { ...valid, continents: { deu: 'EU' } }, /continents\.deu/],
    ['a newer version', { ...valid, schemaVersion: 2 }, /schemaVersion/],
    ['no source', { ...valid, sources: [] }, /sources/],
  ])('refuses %s, naming where', (_name, json, message) => {
    expect(() => parseContinentFile(json)).toThrow(ContinentFileError)
    expect(() => parseContinentFile(json)).toThrow(message)
  })
})
