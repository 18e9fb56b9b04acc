import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, runReachCli, type ReachRow } from '../../../../scripts/reach/cli'
import { loadReachInputs, type ReachInputs } from '../../../../scripts/reach/inputs'
import { regionsShownAt } from '../../../../src/shared/timeline/shown'
import { timelineSteps, yearOfDate } from '../../../../src/shared/timeline/steps'

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))
const inputs = loadReachInputs()
const load = (): ReachInputs => inputs
const asOfYear = yearOfDate(inputs.dataset.asOf)

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = runReachCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, load)
  return { code, out, err }
}

const json = (argv: string[]): ReachRow[] => {
  const { code, out, err } = run(['--json', ...argv])
  expect(code).toBe(EXIT_OK)
  expect(err).toBe('')
  return JSON.parse(out) as ReachRow[]
}

describe('reach --json', () => {
  const everyYear = json([])

  it('prints one object per step of the time-lapse, in the documented shape', () => {
    expect(everyYear.map((r) => r.year)).toEqual(timelineSteps(asOfYear))
    for (const row of everyYear) {
      expect(Object.keys(row).sort()).toEqual(['byContinent', 'populationBasis', 'populationShare', 'regions', 'within', 'year'])
      expect(row.within).toBe(50)
      expect(row.regions).toBe(regionsShownAt(inputs.dataset.regions, row.year, asOfYear).length)
      expect(Object.keys(row.byContinent).sort()).toEqual(['AF', 'AS', 'EU', 'NA', 'OC', 'SA'])
    }
  })

  it('gives shares between 0 and 1, to four decimals, that never fall from one year to the next', () => {
    for (const row of everyYear) {
      for (const share of [row.populationShare, ...Object.values(row.byContinent)]) {
        expect(share).toBeGreaterThanOrEqual(0)
        expect(share).toBeLessThanOrEqual(1)
        expect(Math.round(share * 10_000) / 10_000).toBe(share)
      }
    }
    const shares = everyYear.map((r) => r.populationShare)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
  })

  it('says the population is city dwellers, a stand-in for where people are', () => {
    expect(everyYear[0]?.populationBasis).toMatch(/^city dwellers .*15,000.* a stand-in for where people are$/)
  })

  it('prints one object for --year, the same figures as in the full run', () => {
    const [row] = json(['--year', '2014'])
    expect(row).toEqual(everyYear.find((r) => r.year === 2014))
    expect(json(['--year', 'announced'])).toEqual([everyYear.at(-1)])
  })

  it('uses the threshold of --within, reaching more with a larger one', () => {
    const [near] = json(['--year', String(asOfYear), '--within', '25'])
    const [far] = json(['--year', String(asOfYear), '--within', '100'])
    const [usual] = json(['--year', String(asOfYear)])
    expect(near?.within).toBe(25)
    expect(near?.populationShare).toBeLessThan(usual?.populationShare as number)
    expect(far?.populationShare).toBeGreaterThan(usual?.populationShare as number)
  })
})

describe('reach without --json', () => {
  it('prints a readable table with a line per step and what the figures are', () => {
    const { code, out } = run([])
    expect(code).toBe(EXIT_OK)
    const lines = out.split('\n')
    expect(lines[0]).toBe('Share of city dwellers within 50 ms of an AWS region (estimated round trip to the nearest region)')
    expect(lines[2]).toMatch(/^year\s+regions\s+world\s+AF\s+AS\s+EU\s+NA\s+OC\s+SA$/)
    expect(lines.filter((l) => /^(\d{4}|announced)\s+\d+\s+[\d.]+ %/.test(l))).toHaveLength(timelineSteps(asOfYear).length)
    expect(out).toMatch(/city dwellers .* a stand-in for where people are/)
    expect(out).toMatch(/estimates of InfraGlobe's latency model.*median error [\d.]+ %/)
  })
})

describe('reach on bad input', () => {
  it.each([
    ['a year before the time-lapse', ['--year', '2005'], /--year 2005 is outside the time-lapse: 2006 to \d{4}, or "announced"/],
    ['a year after it', ['--year', '2099'], /--year 2099 is outside the time-lapse/],
    ['a malformed year', ['--year', 'last'], /--year must be a year/],
    ['a missing value', ['--json', '--within'], /--within needs a value/],
    ['a threshold of zero', ['--within', '0'], /--within must be a round trip/],
    ['an unknown flag', ['--country', 'DE'], /unknown argument "--country"/],
  ])('exits 2 with one line on stderr for %s', (_name, argv, message) => {
    const { code, out, err } = run(argv)
    expect(code).toBe(EXIT_USAGE)
    expect(out).toBe('')
    expect(err).toMatch(message)
    expect(err).toMatch(/^reach: /)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })

  it('exits 1 with one line when the bundled data cannot be loaded', () => {
    let err = ''
    const code = runReachCli([], { out: () => {}, err: (t) => (err += t) }, () => {
      throw new Error('assets/data/continents.json: missing')
    })
    expect(code).toBe(EXIT_DATA)
    expect(err.trimEnd().split('\n')).toEqual(['reach: cannot load the bundled data: assets/data/continents.json: missing'])
  })

  it('prints its usage for --help', () => {
    expect(run(['--help'])).toEqual({ code: EXIT_OK, out: expect.stringMatching(/^usage: reach \[--json\]/), err: '' })
  })
})

describe('the reach script', () => {
  it('exits with code 2 and one stderr line when run with a bad argument', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/reach-cli.ts', '--within', 'soon'], { cwd: REPO, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^reach: --within must be a round trip/)])
  }, 30_000)

  it('prints parseable JSON when run for real', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/reach-cli.ts', '--json', '--year', '2010'], { cwd: REPO, encoding: 'utf8' })
    expect(result.status).toBe(0)
    const [row] = JSON.parse(result.stdout) as ReachRow[]
    expect(row).toMatchObject({ year: 2010, within: 50 })
  }, 30_000)
})
