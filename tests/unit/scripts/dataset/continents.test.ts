import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildContinentFile, readContinentTable, type ContinentTable } from '../../../../scripts/dataset/continents'
import { BuildError } from '../../../../scripts/dataset/errors'
import { formatJson } from '../../../../scripts/dataset/format'
import { CityFileSchema, type CityFile } from '../../../../src/shared/cities/load'

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))
const committedCities = CityFileSchema.parse(JSON.parse(readFileSync(`${REPO}assets/data/cities.json`, 'utf8')))
const table = readContinentTable()

const cityFile = (countries: string[]): CityFile => ({
  ...committedCities,
  cities: countries.map((code, i) => [`City ${i}`, code, 0, 0, 20_000]),
})

describe('the continent table', () => {
  it('keeps one row per fact: each country with where it was read and when', () => {
    expect(table.rows.length).toBeGreaterThan(240)
    for (const row of table.rows) {
      expect(row.sourceUrl).toMatch(/^https:\/\/github\.com\/fffaraz\/datasets\/blob\/e3b4c25f85e40573847444381ae9a641edcb02a0\/countryInfo\.txt$/)
      expect(row.readOn).toBe('2026-12-04')
    }
    expect(table.note).toMatch(/download\.geonames\.org\/export\/dump\/countryInfo\.txt/)
  })

  it('builds the committed assets/data/continents.json byte for byte', () => {
    expect(formatJson(buildContinentFile(table, committedCities))).toBe(readFileSync(`${REPO}assets/data/continents.json`, 'utf8'))
  })

  it('refuses a country listed twice', () => {
    const twice: ContinentTable = { ...table, rows: [...table.rows, { ...(table.rows[0] as ContinentTable['rows'][number]), continent: 'AS' }] }
    expect(() => buildContinentFile(twice, cityFile(['DE']))).toThrow(BuildError)
    expect(() => buildContinentFile(twice, cityFile(['DE']))).toThrow(/AD is listed twice/)
  })

  it('refuses a city list with a country the table does not place', () => {
    const without: ContinentTable = { ...table, rows: table.rows.filter((r) => r.countryCode !== 'DE') }
    expect(() => buildContinentFile(without, cityFile(['FR', 'DE']))).toThrow(/no continent for the country codes of the city list DE/)
  })

  it('refuses a table whose date disagrees with its source entry', () => {
    expect(() => buildContinentFile({ ...table, asOf: '2019-01-01' }, cityFile(['DE']))).toThrow(/dated 2019-01-01/)
  })
})
