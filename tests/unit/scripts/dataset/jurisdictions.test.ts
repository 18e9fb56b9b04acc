import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildError } from '../../../../scripts/dataset/errors'
import {
  JURISDICTIONS_FILE,
  buildJurisdictions,
  readJurisdictionTable,
  type JurisdictionTable,
} from '../../../../scripts/dataset/jurisdictions'
import type { Jurisdiction, Region } from '../../../../src/shared/dataset/schema'
import { checkDataset } from '../../../../src/shared/dataset/validate'
import { makeDataset, makeRegion } from './fixtures'
import { DATASET_FILE } from '../../fixtures/rawInputs'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function row(id: string, countries: string[], partitions: Jurisdiction['appliesTo']['partitions'] = []): Jurisdiction {
  return {
    id,
    name: `${id} full name`,
    shortName: id,
    kind: partitions.length ? 'partition' : 'data-protection-law',
    summary: 'A plain sentence.',
    appliesTo: { countries, partitions },
    sourceUrl: 'https://example.org/law',
    asOf: '2026-11-27',
  }
}

function table(rows: Jurisdiction[]): JurisdictionTable {
  return { note: 'curated offline', asOf: '2026-11-27', rows }
}

const frankfurt = makeRegion()
const dublin = makeRegion({ code: 'eu-west-1', countryCode: 'IE', country: 'Ireland' })
const beijing = makeRegion({ code: 'cn-north-1', partition: 'aws-cn', countryCode: 'CN', country: 'China' })
const virginia = makeRegion({ code: 'us-east-1', countryCode: 'US', country: 'United States' })
const govWest = makeRegion({ code: 'us-gov-west-1', partition: 'aws-us-gov', countryCode: 'US', country: 'United States' })

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof BuildError) return [...error.problems]
    throw error
  }
  return []
}

describe('buildJurisdictions', () => {
  const rows = [row('eu-gdpr', ['DE', 'IE']), row('cn-pipl', ['CN']), row('aws-cn', [], ['aws-cn']), row('aws-us-gov', [], ['aws-us-gov'])]
  const covered = [frankfurt, dublin, beijing]

  it('gives every region with a country the law the table lists for that country', () => {
    const { framesByRegion } = buildJurisdictions(table(rows), covered, () => {})
    expect(framesByRegion.get('eu-central-1')).toEqual(['eu-gdpr'])
    expect(framesByRegion.get('eu-west-1')).toEqual(['eu-gdpr'])
  })

  it('adds the partition row to the regions of a separately operated partition, after the country law', () => {
    const { framesByRegion } = buildJurisdictions(table(rows), [...covered, govWest], () => {})
    expect(framesByRegion.get('cn-north-1')).toEqual(['cn-pipl', 'aws-cn'])
    expect(framesByRegion.get('us-gov-west-1')).toEqual(['aws-us-gov'])
  })

  it('leaves a region without frames, and warns once per country, when the table has no law for its country', () => {
    const warnings: string[] = []
    const usEast2 = { ...virginia, code: 'us-east-2' }
    const { framesByRegion } = buildJurisdictions(table(rows), [...covered, virginia, usEast2, govWest], (m) => warnings.push(m))
    expect(framesByRegion.get('us-east-1')).toEqual([])
    expect(warnings).toEqual([expect.stringContaining('no data-protection law listed for United States (US)')])
  })

  it('refuses a country code that no region of the dataset has', () => {
    const problems = problemsOf(() => buildJurisdictions(table([row('eu-gdpr', ['DE', 'XX'])]), [frankfurt], () => {}))
    expect(problems).toEqual([expect.stringMatching(/rows\[0\] \(eu-gdpr\): country "XX" has no region in the dataset/)])
  })

  it('refuses a duplicate id and a row that applies to nothing', () => {
    const problems = problemsOf(() =>
      buildJurisdictions(table([row('eu-gdpr', ['DE']), row('eu-gdpr', ['IE']), row('empty', [])]), [frankfurt, dublin], () => {}),
    )
    expect(problems).toEqual([
      expect.stringContaining('duplicate id "eu-gdpr"'),
      expect.stringContaining('(empty): applies to no country and no partition'),
    ])
  })

  it('refuses a table whose date differs from its source entry', () => {
    const problems = problemsOf(() => buildJurisdictions({ ...table(rows), asOf: '2020-01-01' }, covered, () => {}))
    expect(problems).toEqual([expect.stringContaining('dated 2020-01-01, but its source entry "jurisdictions-curated" says 2026-11-27')])
  })
})

describe('readJurisdictionTable', () => {
  it('reports a row with a malformed country code or URL by its JSON path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-jur-'))
    temps.push(dir)
    const file = join(dir, 'jurisdictions.json')
    const bad = table([{ ...row('eu-gdpr', ['Germany']), sourceUrl: 'eur-lex' }])
    writeFileSync(file, JSON.stringify(bad))
    const problems = problemsOf(() => readJurisdictionTable(file))
    expect(problems).toEqual([
      expect.stringContaining('rows[0].appliesTo.countries[0]: expected an ISO 3166-1 alpha-2 country code'),
      expect.stringContaining('rows[0].sourceUrl:'),
    ])
  })
})

describe('the curated legal-frame table', () => {
  const curated = readJurisdictionTable(JURISDICTIONS_FILE)
  const dataset = JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as { regions: Region[]; jurisdictions: { rows: Jurisdiction[] } }

  it('says at the top that its URLs were curated offline and that it is not legal advice', () => {
    expect(curated.note).toMatch(/not fetched/)
    expect(curated.note).toMatch(/not legal advice/)
  })

  it('has a data-protection law for the country of every region in the dataset', () => {
    const lawCountries = new Set(curated.rows.filter((r) => r.kind === 'data-protection-law').flatMap((r) => r.appliesTo.countries))
    expect(dataset.regions.filter((r) => !lawCountries.has(r.countryCode)).map((r) => r.code)).toEqual([])
  })

  it('has a row for each separately operated partition', () => {
    const partitions = curated.rows.flatMap((r) => r.appliesTo.partitions).sort()
    expect(partitions).toEqual(['aws-cn', 'aws-eusc', 'aws-us-gov'])
  })

  it('is what the committed dataset carries, and the dataset gives each region the matching frames', () => {
    expect(dataset.jurisdictions.rows).toEqual(curated.rows)
    const frames = (code: string) => dataset.regions.find((r) => r.code === code)?.legalFrames
    expect(frames('ap-southeast-2')).toEqual(['au-privacy-act'])
    expect(frames('eu-central-2')).toEqual(['ch-fadp'])
    expect(frames('eu-west-2')).toEqual(['uk-gdpr'])
    expect(frames('cn-northwest-1')).toEqual(['cn-pipl', 'aws-cn'])
    expect(frames('us-gov-east-1')).toEqual(['us-sectoral', 'aws-us-gov'])
    expect(frames('eusc-de-east-1')).toEqual(['eu-gdpr', 'aws-eusc'])
  })

  it('cites an official EU text for the GDPR and official sites for the other laws named in the course', () => {
    const url = (id: string) => curated.rows.find((r) => r.id === id)?.sourceUrl ?? ''
    expect(url('eu-gdpr')).toMatch(/^https:\/\/eur-lex\.europa\.eu\//)
    expect(url('uk-gdpr')).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//)
    expect(url('ch-fadp')).toMatch(/^https:\/\/www\.fedlex\.admin\.ch\//)
    expect(url('br-lgpd')).toMatch(/planalto\.gov\.br/)
    expect(url('in-dpdp')).toMatch(/meity\.gov\.in/)
    expect(url('jp-appi')).toMatch(/ppc\.go\.jp/)
    expect(url('sg-pdpa')).toMatch(/sso\.agc\.gov\.sg/)
    expect(url('au-privacy-act')).toMatch(/legislation\.gov\.au/)
    expect(url('cn-pipl')).toMatch(/npc\.gov\.cn/)
  })
})

describe('checkDataset on legal frames', () => {
  it('accepts the fixture, whose regions name a row of its table', () => {
    expect(checkDataset(makeDataset()).ok).toBe(true)
  })

  it('reports a region naming a jurisdiction the table does not have, and one named twice', () => {
    const d = makeDataset()
    d.regions[0]!.legalFrames = ['eu-gdpr', 'eu-gdpr', 'ch-fadp']
    const check = checkDataset(d)
    expect(check.ok ? [] : check.problems).toEqual([
      'regions[0].legalFrames[1]: jurisdiction "eu-gdpr" listed twice',
      'regions[0].legalFrames[2]: unknown jurisdiction id "ch-fadp"',
    ])
  })

  it('reports a duplicate jurisdiction id and an unknown source', () => {
    const d = makeDataset()
    const first = d.jurisdictions.rows[0]!
    d.jurisdictions.rows.push({ ...first })
    d.jurisdictions.sources = ['nowhere']
    const check = checkDataset(d)
    expect(check.ok ? [] : check.problems).toEqual([
      'jurisdictions.sources[0]: unknown source id "nowhere"',
      'jurisdictions.rows[1].id: duplicate jurisdiction id "eu-gdpr"',
    ])
  })
})
