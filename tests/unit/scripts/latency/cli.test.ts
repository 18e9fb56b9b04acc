import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, loadCliInputs, runCli, type CliInputs } from '../../../../scripts/latency/cli'

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))
const inputs = loadCliInputs()
const load = (): CliInputs => inputs
const regionCodes = inputs.dataset.regions.map((r) => r.code).sort()

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, load)
  return { code, out, err }
}

interface JsonOrigin {
  from: { lat: number; lon: number }
  regions: { code: string; rttMs: number; lowMs: number; highMs: number; basis: string; basedOn: string }[]
}

describe('latency --json', () => {
  it('prints one array with every dataset region per origin, ranked, in the documented shape', () => {
    const { code, out, err } = run(['--json', '--from', '48.8566,2.3522', '--from', '-33.87,151.21'])
    expect(code).toBe(EXIT_OK)
    expect(err).toBe('')
    const parsed = JSON.parse(out) as JsonOrigin[]
    expect(parsed).toHaveLength(2)
    expect(parsed[0]?.from).toEqual({ lat: 48.8566, lon: 2.3522 })
    for (const origin of parsed) {
      expect(Object.keys(origin).sort()).toEqual(['from', 'regions'])
      expect(origin.regions.map((r) => r.code).sort()).toEqual(regionCodes)
      for (const r of origin.regions) {
        expect(Object.keys(r).sort()).toEqual(['basedOn', 'basis', 'code', 'highMs', 'lowMs', 'rttMs'])
        expect(['estimated', 'measured']).toContain(r.basis)
        expect(r.lowMs).toBeLessThanOrEqual(r.rttMs)
        expect(r.highMs).toBeGreaterThanOrEqual(r.rttMs)
      }
      const rtts = origin.regions.map((r) => r.rttMs)
      expect(rtts).toEqual([...rtts].sort((a, b) => a - b))
    }
    expect(parsed[0]?.regions[0]?.code).toBe('eu-west-3')
    expect(parsed[1]?.regions[0]?.code).toBe('ap-southeast-2')
  })

  it('resolves city names regardless of case and accents, with figures based on a region city’s measured routes', () => {
    const { code, out } = run(['--json', '--from', 'SÃO PAULO', '--from', 'frankfurt am main', '--from', 'ashburn'])
    expect(code).toBe(EXIT_OK)
    const [saoPaulo, frankfurtEdge, ashburn] = JSON.parse(out) as JsonOrigin[]
    expect(saoPaulo?.regions[0]).toMatchObject({
      code: 'sa-east-1',
      basis: 'estimated',
      basedOn: 'estimate, based on the measured round trip inside sa-east-1 plus the access path',
    })
    expect(frankfurtEdge?.regions[0]?.code).toBe('eu-central-1')
    expect(ashburn?.regions.find((r) => r.code === 'us-east-2')?.basedOn).toBe(
      'estimate, based on the measured us-east-1→us-east-2 round trip plus the access path',
    )
  })

  it('finds cities from the bundled city list, not only region and edge cities', () => {
    const { code, out } = run(['--json', '--from', 'Porto Alegre', '--from', 'new york'])
    expect(code).toBe(EXIT_OK)
    const [portoAlegre, newYork] = JSON.parse(out) as JsonOrigin[]
    expect(portoAlegre?.regions[0]).toMatchObject({ code: 'sa-east-1', basis: 'estimated' })
    expect(newYork?.regions[0]).toMatchObject({ code: 'us-east-1', basis: 'estimated' })
  })

  it('answers hundreds of origins in one call', () => {
    const argv = ['--json']
    for (let i = 0; i < 300; i += 1) argv.push('--from', `${-60 + ((i * 37) % 130)},${-180 + ((i * 53) % 360)}`)
    const { code, out } = run(argv)
    expect(code).toBe(EXIT_OK)
    const parsed = JSON.parse(out) as JsonOrigin[]
    expect(parsed).toHaveLength(300)
    expect(parsed.every((o) => o.regions.length === regionCodes.length)).toBe(true)
  })
})

describe('latency without --json', () => {
  it('prints a readable ranked table per origin', () => {
    const { code, out } = run(['--from', 'Tokyo'])
    expect(code).toBe(EXIT_OK)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(/^From Tokyo \(ap-northeast-1\)/)
    expect(lines[1]).toMatch(/#\s+region\s+name\s+RTT ms\s+band ms\s+basis/)
    expect(lines[2]).toMatch(/^\s+1\s+ap-northeast-1\s/)
    expect(lines.filter((l) => /^\s*\d+\s+[a-z]{2,4}(-[a-z]+)+-\d+\s/.test(l))).toHaveLength(regionCodes.length)
    expect(out).toMatch(/median error [\d.]+ %/)
  })
})

describe('latency on bad input', () => {
  it.each([
    ['a latitude out of range', ['--from', '91,0'], /latitude 91/],
    ['a longitude out of range', ['--from', '0,-181'], /longitude -181/],
    ['malformed coordinates', ['--from', '12,x'], /expected <lat>,<lon>/],
    ['three numbers', ['--from', '1,2,3'], /expected <lat>,<lon>/],
    ['a missing value', ['--json', '--from'], /--from needs a value/],
    ['a flag where the value should be', ['--from', '--json'], /--from needs a value/],
    ['an empty value', ['--from', ''], /--from needs a value/],
    ['an unknown flag', ['--frm', '1,2'], /unknown argument "--frm"/],
    ['an unknown city', ['--from', 'Xanadu'], /"Xanadu": unknown place/],
    ['no origin at all', ['--json'], /at least one --from/],
    ['an unknown path', ['--path', 'carrier-pigeon', '--from', '1,2'], /--path must be internet or backbone/],
  ])('exits 2 with one line on stderr for %s', (_name, argv, message) => {
    const { code, out, err } = run(argv)
    expect(code).toBe(EXIT_USAGE)
    expect(out).toBe('')
    expect(err).toMatch(message)
    expect(err.endsWith('\n')).toBe(true)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })

  it('exits 1 with one line when the bundled data cannot be loaded', () => {
    let err = ''
    const code = runCli(['--from', '1,2'], { out: () => {}, err: (t) => (err += t) }, () => {
      throw new Error('assets/data/latency-model.json: missing')
    })
    expect(code).toBe(EXIT_DATA)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('the latency script', () => {
  it('exits with code 2 and one stderr line when run with a bad argument', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/latency-cli.ts', '--from', '100,0'], { cwd: REPO, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^latency: .*latitude 100/)])
  }, 30_000)

  it('prints parseable JSON when run for real', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/latency-cli.ts', '--json', '--from', 'Singapore'], { cwd: REPO, encoding: 'utf8' })
    expect(result.status).toBe(0)
    const parsed = JSON.parse(result.stdout) as JsonOrigin[]
    expect(parsed[0]?.regions[0]).toMatchObject({
      code: 'ap-southeast-1',
      basis: 'estimated',
      basedOn: 'estimate, based on the measured round trip inside ap-southeast-1 plus the access path',
    })
  }, 30_000)
})
