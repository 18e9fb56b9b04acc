import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { diffDatasets, formatDiff } from '../../../../scripts/dataset/diff'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { REPO } from '../../fixtures/rawInputs'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

/** The older of two small datasets: the minimal fixture. */
function before(): Dataset {
  return makeDataset()
}

/** The newer one: a region added, Frankfurt's AZs and services changed, a price up, a price new, a source moved, an event. */
function after(): Dataset {
  const d = makeDataset()
  d.sources.push({ id: 'status', title: 'Status', origin: 'https://example.org/status', licence: 'MIT', asOf: '2026-12-01' })
  d.sources[1] = { ...d.sources[1]!, asOf: '2026-05-29' }
  d.regions[0] = { ...d.regions[0]!, azIds: ['euc1-az1', 'euc1-az2', 'euc1-az3', 'euc1-az4'], azCount: 4 }
  d.regions.push(makeRegion({ code: 'eu-south-9', name: 'Europe (Somewhere)', status: 'announced', launchYear: null, azIds: [], azCount: null }))
  d.services.catalogue.push({ id: 'amazon-s3', name: 'Amazon S3', url: null })
  d.services.byRegion['eu-central-1'] = ['amazon-s3']
  d.services.byRegion['eu-west-1'] = ['amazon-ec2']
  d.prices.ec2[0] = { ...d.prices.ec2[0]!, perHour: 0.0132 }
  d.prices.ec2.push({ sheet: 'ec2-2025', region: 'eu-west-1', instanceType: 't3.micro', perHour: 0.0114 })
  d.statusEvents = {
    sources: ['status'],
    events: [{ region: 'eu-west-1', azId: null, date: '2026-11-30', event: 'An outage', effect: 'degraded', confidence: 'low', references: [{ url: 'https://example.org/a', title: 'A' }] }],
  }
  return d
}

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('diffDatasets', () => {
  const diff = diffDatasets(before(), after())

  it('finds regions added and region fields changed', () => {
    expect(diff.regionsAdded).toEqual([{ code: 'eu-south-9', name: 'Europe (Somewhere)', status: 'announced' }])
    expect(diff.regionsRemoved).toEqual([])
    expect(diff.regionChanges).toEqual([{ code: 'eu-central-1', field: 'azCount', from: 3, to: 4 }])
    expect(diff.azIds).toEqual([{ code: 'eu-central-1', added: ['euc1-az4'], removed: [] }])
  })

  it('finds services gained and lost per region, and a service list that became known', () => {
    expect(diff.services).toEqual([
      { code: 'eu-central-1', gained: ['Amazon S3'], lost: ['Amazon EC2'], listAppeared: false, listDisappeared: false },
      { code: 'eu-west-1', gained: ['Amazon EC2'], lost: [], listAppeared: true, listDisappeared: false },
    ])
  })

  it('finds prices up and new, with the one rounding rule', () => {
    expect(diff.prices).toEqual([
      { key: 'EC2 eu-central-1 t3.micro', from: '$0.012 (2025-04-04)', to: '$0.0132 (2025-04-04)', change: 'up', percent: expect.closeTo(10, 6) as number },
      { key: 'EC2 eu-west-1 t3.micro', from: '—', to: '$0.0114 (2025-04-04)', change: 'new', percent: null },
    ])
  })

  it('finds sources added and whose as-of date moved, and new status events', () => {
    expect(diff.sources).toEqual([
      { id: 'latency', change: 'moved', from: '2025-05-29 https://example.org/latency', to: '2026-05-29 https://example.org/latency', origin: 'https://example.org/latency' },
      { id: 'status', change: 'added', from: null, to: '2026-12-01', origin: 'https://example.org/status' },
    ])
    expect(diff.statusEvents).toEqual([{ code: 'eu-west-1', added: 1, removed: 0 }])
  })

  it('finds nothing between a dataset and itself', () => {
    const same = diffDatasets(before(), before())
    expect(formatDiff(same, { before: 'a', after: 'b' })).toBe('Changes from a to b:\n  nothing changed')
  })

  it('prints one section per kind of change for a person', () => {
    const text = formatDiff(diff, { before: 'old.json', after: 'new.json' })
    expect(text).toContain('Changes from old.json to new.json:')
    expect(text).toContain('  + eu-south-9 Europe (Somewhere) (announced)')
    expect(text).toContain('  eu-central-1: +euc1-az4')
    expect(text).toContain('  eu-central-1: gained Amazon S3; lost Amazon EC2')
    expect(text).toContain('Prices (1 up, 0 down, 1 new or gone)')
    expect(text).toMatch(/up {3}EC2 eu-central-1 t3\.micro: \$0\.012 \(2025-04-04\) → \$0\.0132 \(2025-04-04\) \(\+10\.0 %\)/)
    expect(text).toContain('  ~ latency: 2025-05-29 https://example.org/latency → 2026-05-29 https://example.org/latency')
  })
})

describe('npm run data:diff', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-diff.ts', ...args], { cwd: REPO, encoding: 'utf8' })

  it('prints the diff of two dataset files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-diff-'))
    temps.push(dir)
    writeFileSync(join(dir, 'old.json'), JSON.stringify(before()))
    writeFileSync(join(dir, 'new.json'), JSON.stringify(after()))
    const result = run(join(dir, 'old.json'), join(dir, 'new.json'))
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('eu-central-1: gained Amazon S3; lost Amazon EC2')
  }, 60_000)

  it.each([
    ['one file', ['only.json']],
    ['three files', ['a.json', 'b.json', 'c.json']],
    ['a flag', ['--old', 'a.json']],
    ['a file that does not exist', ['/nonexistent/old.json', '/nonexistent/new.json']],
  ])('refuses %s with one clear line and exit code 2', (_what, args) => {
    const result = run(...args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^data:diff: /)
  }, 60_000)

  it('refuses a file that is not a dataset, naming the first problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-diff-'))
    temps.push(dir)
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 2}')
    writeFileSync(join(dir, 'good.json'), JSON.stringify(before()))
    const result = run(join(dir, 'bad.json'), join(dir, 'good.json'))
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^data:diff: .*bad\.json is not a dataset InfraGlobe reads: generatedAt: /)
  }, 60_000)
})
