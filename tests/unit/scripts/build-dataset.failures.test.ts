import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HAVE_RAW, RAW_DIR, REPO, copyDir, removeTempDirs } from './fixtures'

afterAll(removeTempDirs)

/** A CLI run starts tsx and decodes the whole city package: seconds on a busy machine. */
const CLI_TIMEOUT_MS = 60_000

describe.skipIf(!HAVE_RAW)('npm run data:build with a bad zones row', () => {
  it('names the file, the line and the reason of every bad row, exits with code 1 and writes nothing', () => {
    const dir = copyDir(RAW_DIR, {
      'zones/local-zones.csv': (t) => t.replace(',us-west-2-lax-1,us-west-2,,Los Angeles,', ',us-west-2-lax-1,,,Los Angeles,'),
      'zones/wavelength-zones.csv': (t) => t.replace(',Verizon,Boston,US,42.3584,-71.0598,', ',Verizon,Boston,US,42.3584,-7.0598,'),
    })
    const outDir = join(dir, 'out')
    mkdirSync(outDir)
    const out = join(outDir, 'infrastructure.json')
    writeFileSync(out, 'previous contents')
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-dataset.ts', '--raw', dir, '--out', out],
      { cwd: REPO, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/nothing written/)
    expect(run.stderr).toMatch(/zones\/local-zones\.csv line \d+ \(us-west-2-lax-1a\): no parent region/)
    expect(run.stderr).toMatch(/zones\/wavelength-zones\.csv line \d+ \(us-east-1-wl1-bos-wlz-1\): coordinates 42\.3584, -7\.0598 are not a city/)
    expect(readFileSync(out, 'utf8')).toBe('previous contents')
    expect(readdirSync(outDir)).toEqual(['infrastructure.json'])
  }, CLI_TIMEOUT_MS)
})
