import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDataset, buildDatasetReport } from '../../../../scripts/dataset/build'
import { parseCsv } from '../../../../scripts/dataset/csv'
import { roundSignificant, shiftDecimal } from '../../../../scripts/dataset/decimal'
import { BuildError } from '../../../../scripts/dataset/errors'
import { formatJson } from '../../../../scripts/dataset/format'
import { serviceSlug } from '../../../../scripts/dataset/services'
import { HAVE_RAW, RAW_DIR, REPO, SKIP_RAW_REASON, committedText } from '../../fixtures/rawInputs'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A writable copy of the raw directory (the original is read-only), with one file edited. */
function rawCopy(edit?: { file: string; change: (text: string) => string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'infraglobe-raw-'))
  temps.push(dir)
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true })
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copy(join(from, entry.name), join(to, entry.name))
      else writeFileSync(join(to, entry.name), readFileSync(join(from, entry.name)))
    }
  }
  copy(RAW_DIR, dir)
  if (edit) {
    const path = join(dir, edit.file)
    const before = readFileSync(path, 'utf8')
    const after = edit.change(before)
    if (after === before) throw new Error(`the edit of ${edit.file} changed nothing`)
    writeFileSync(path, after)
  }
  return dir
}

function buildProblems(rawDir: string): string[] {
  try {
    buildDataset(rawDir)
  } catch (error) {
    if (error instanceof BuildError) return [...error.problems]
    throw error
  }
  return []
}

const CURATED = 'regions/aws-regions-curated.csv'

/** A CLI run starts tsx and decodes the whole city package: seconds on a busy machine. */
const CLI_TIMEOUT_MS = 60_000

describe('parseCsv', () => {
  it('keeps commas inside quoted fields', () => {
    expect(parseCsv('code,pricing_region\nATL,"United States, Mexico, & Canada"\n')).toEqual([
      ['code', 'pricing_region'],
      ['ATL', 'United States, Mexico, & Canada'],
    ])
  })

  it('reads a doubled quote inside a quoted field as one quote', () => {
    expect(parseCsv('a,b\n"say ""hi""",x')).toEqual([
      ['a', 'b'],
      ['say "hi"', 'x'],
    ])
  })

  it('handles CRLF line ends, empty fields and a line break inside quotes', () => {
    expect(parseCsv('a,b,c\r\n1,,"two\r\nlines"\r\n,,\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', 'two\r\nlines'],
      ['', '', ''],
    ])
  })

  it('keeps a quoted empty field and a last line without a line break', () => {
    expect(parseCsv('a,b\n"",z')).toEqual([
      ['a', 'b'],
      ['', 'z'],
    ])
  })

  it('rejects an unclosed quote and stray quotes', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/not closed/)
    expect(() => parseCsv('a\nab"c')).toThrow(/quote inside an unquoted field/)
    expect(() => parseCsv('a\n"ab"c')).toThrow(/after a closing quote/)
  })
})

describe('decimal helpers', () => {
  it('converts a per-request price to per 1,000 requests exactly', () => {
    expect(0.0000004 * 1000).not.toBe(0.0004)
    expect(shiftDecimal('0.0000004000', 3)).toBe(0.0004)
    expect(shiftDecimal('0.0000054000', 3)).toBe(0.0054)
    expect(shiftDecimal('12', 3)).toBe(12000)
    expect(shiftDecimal('5', -2)).toBe(0.05)
  })

  it('refuses text that is not a plain decimal instead of coercing it', () => {
    expect(shiftDecimal('', 3)).toBeNull()
    expect(shiftDecimal('8 GiB', 3)).toBeNull()
    expect(shiftDecimal('1e-7', 3)).toBeNull()
  })

  it('rounds float noise away at 10 significant digits', () => {
    expect(roundSignificant(0.1 + 0.2)).toBe(0.3)
    expect(roundSignificant(0.00039999999999999996)).toBe(0.0004)
  })
})

describe('serviceSlug', () => {
  it('makes a lowercase dashed id from a marketing name', () => {
    expect(serviceSlug('Amazon Simple Storage Service (S3)')).toBe('amazon-simple-storage-service-s3')
    expect(serviceSlug('Oracle Database@AWS')).toBe('oracle-database-aws')
  })
})

describe('formatJson', () => {
  it('puts each record on its own line and round-trips', () => {
    const value = { list: Array.from({ length: 40 }, (_, i) => ({ id: `item-${i}`, text: 'x'.repeat(30) })) }
    const text = formatJson(value)
    expect(JSON.parse(text)).toEqual(value)
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(40 + 4)
    expect(lines[2]).toBe('  {"id":"item-0","text":"' + 'x'.repeat(30) + '"},')
    expect(text.endsWith('}\n')).toBe(true)
  })
})

describe.skipIf(!HAVE_RAW)(`building from the raw files (skipped when ${SKIP_RAW_REASON})`, () => {
  it('reproduces the committed file except for generatedAt', () => {
    const committed = JSON.parse(committedText()) as { generatedAt: string }
    const built = buildDataset(RAW_DIR, { now: new Date(committed.generatedAt) })
    expect(built).toEqual(committed)
  })

  it('reports the service-table cross-check and skips nothing from the current raw files', () => {
    const report = buildDatasetReport(RAW_DIR)
    expect(report.services).toMatchObject({ services: 195, regions: 37, pairs: 5836 })
    expect(report.warnings).toEqual([])
  })

  it('fails with a clear message on a curated region code the AWS SDK does not know', () => {
    const dir = rawCopy({ file: CURATED, change: (t) => t.replace('\neu-central-2,aws,', '\neu-central-9,aws,') })
    const problems = buildProblems(dir)
    expect(problems).toContain(
      `${CURATED} data row 23: region code "eu-central-9" is not in the AWS SDK partitions list (npm:@aws-sdk/core@3.981.1)`,
    )
    // The real eu-central-2 is now missing from the table too, and that is reported as well.
    expect(problems.some((p) => p.includes('eu-central-2') && p.includes('not in the curated table'))).toBe(true)
  })

  it('fails on a price row for a region code nobody knows', () => {
    const file = 'prices/s3-standard-by-region-2024-09-25.csv'
    const dir = rawCopy({ file, change: (t) => `${t.trimEnd()}\nNowhere,xx-nowhere-1,0.02,0.02,0.02,0.001,0.002,0.0000004,0.000005\n` })
    expect(buildProblems(dir)).toEqual([`${file} data row 33 (xx-nowhere-1): region "xx-nowhere-1" is not in the AWS SDK partitions list`])
  })

  it('skips and reports a price row for a known region outside the dataset', () => {
    const file = 'prices/s3-standard-by-region-2024-09-25.csv'
    const dir = rawCopy({ file, change: (t) => `${t.trimEnd()}\nUS ISO East,us-iso-east-1,0.02,0.02,0.02,0.001,0.002,0.0000004,0.000005\n` })
    const report = buildDatasetReport(dir)
    expect(report.warnings).toEqual([`${file} data row 33 (us-iso-east-1): region us-iso-east-1 is not in the dataset; the row is skipped`])
    expect(report.dataset.prices.s3.some((r) => r.region === 'us-iso-east-1')).toBe(false)
  })

  it('keeps the SDK name and notes the disagreement when the curated name differs', () => {
    const dir = rawCopy({ file: CURATED, change: (t) => t.replace('Europe (Frankfurt)', 'Europe (Frankfurt am Main)') })
    const r = buildDataset(dir).regions.find((x) => x.code === 'eu-central-1')
    expect(r?.name).toBe('Europe (Frankfurt)')
    expect(r?.notes).toContain('the region table names it "Europe (Frankfurt am Main)"; the AWS SDK name is used')
  })

  it('keeps the CDK opt-in flag and notes the disagreement when the curated flag differs', () => {
    const dir = rawCopy({ file: CURATED, change: (t) => t.replace(/(\neu-west-3,.*?),no,live,/, '$1,yes,live,') })
    const r = buildDataset(dir).regions.find((x) => x.code === 'eu-west-3')
    expect(r?.optIn).toBe(false)
    expect(r?.notes).toContain('the region table says opt-in yes; the CDK says no, which is used')
  })

  it('fails when the two views of the services table disagree', () => {
    const file = 'services/aws-regional-table-region_info-2026-08-22.json'
    const dir = rawCopy({ file, change: (t) => t.replace('"AD Connector",', '') })
    expect(buildProblems(dir).some((p) => p.includes('disagrees with') && p.includes('AD Connector'))).toBe(true)
  })

  it('leaves the existing file untouched and exits with code 1 when the CLI build fails', () => {
    const dir = rawCopy({ file: CURATED, change: (t) => t.replace('\neu-central-2,aws,', '\neu-central-9,aws,') })
    const out = join(dir, 'out', 'infrastructure.json')
    mkdirSync(join(dir, 'out'))
    writeFileSync(out, 'previous contents')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--raw', dir, '--out', out], {
      cwd: REPO,
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/nothing written[\s\S]*eu-central-9/)
    expect(readFileSync(out, 'utf8')).toBe('previous contents')
    expect(readdirSync(join(dir, 'out'))).toEqual(['infrastructure.json'])
  }, CLI_TIMEOUT_MS)

  it('makes the CLI write the committed file byte for byte apart from generatedAt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-out-'))
    temps.push(dir)
    const out = join(dir, 'infrastructure.json')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--raw', RAW_DIR, '--out', out], {
      cwd: REPO,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/regions\s+41/)
    expect(existsSync(out)).toBe(true)
    const stamp = /"generatedAt": "[^"]*"/
    expect(readFileSync(out, 'utf8').replace(stamp, '')).toBe(committedText().replace(stamp, ''))
    expect(run.stdout).toMatch(/network\s+\d+ links/)
    expect(run.stdout).toMatch(/cities\.json \(\d+ KiB\): \d+ cities of at least 15,000 inhabitants/)
    expect(readFileSync(join(dir, 'cities.json'), 'utf8')).toBe(readFileSync(join(REPO, 'assets/data/cities.json'), 'utf8'))
    expect(run.stdout).toMatch(/continents\.json: the continent of \d+ country codes/)
    expect(readFileSync(join(dir, 'continents.json'), 'utf8')).toBe(readFileSync(join(REPO, 'assets/data/continents.json'), 'utf8'))
  }, CLI_TIMEOUT_MS)

  it('writes the city list where --cities-out says, and rejects an unknown flag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-out-'))
    temps.push(dir)
    const args = ['--raw', RAW_DIR, '--out', join(dir, 'data.json'), '--cities-out', join(dir, 'places', 'list.json')]
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', ...args], { cwd: REPO, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['data.json', 'places'])
    // The continent table describes the city list's countries and goes beside it.
    expect(readdirSync(join(dir, 'places')).sort()).toEqual(['continents.json', 'list.json'])
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--cities', 'x'], { cwd: REPO, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/unknown or incomplete argument "--cities"/)
  }, CLI_TIMEOUT_MS)
})
