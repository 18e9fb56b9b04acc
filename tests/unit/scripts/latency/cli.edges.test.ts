import { describe, expect, it } from 'vitest'
import { EDGES_PER_ORIGIN, EXIT_OK, EXIT_USAGE, loadCliInputs, runCli, type CliInputs } from '../../../../scripts/latency/cli'

const inputs = loadCliInputs()
const load = (): CliInputs => inputs

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, load)
  return { code, out, err }
}

interface JsonEdge {
  city: string
  countryCode: string
  kind: string
  lat: number
  lon: number
  rttMs: number
  lowMs: number
  highMs: number
}
interface JsonOrigin {
  from: { lat: number; lon: number }
  regions: { code: string; rttMs: number }[]
  edges?: JsonEdge[]
}

describe('latency --edges', () => {
  it('adds to each origin its nearest edge locations, nearest first, in the documented shape', () => {
    const { code, out, err } = run(['--json', '--edges', '--from', 'Nairobi', '--from', '48.8566,2.3522'])
    expect(code).toBe(EXIT_OK)
    expect(err).toBe('')
    const parsed = JSON.parse(out) as JsonOrigin[]
    expect(EDGES_PER_ORIGIN).toBeGreaterThanOrEqual(10)
    for (const origin of parsed) {
      expect(Object.keys(origin).sort()).toEqual(['edges', 'from', 'regions'])
      const edges = origin.edges ?? []
      expect(edges).toHaveLength(EDGES_PER_ORIGIN)
      for (const e of edges) {
        expect(Object.keys(e).sort()).toEqual(['city', 'countryCode', 'highMs', 'kind', 'lat', 'lon', 'lowMs', 'rttMs'])
        expect(e.lowMs).toBeLessThanOrEqual(e.rttMs)
        expect(e.highMs).toBeGreaterThan(e.rttMs)
      }
      const rtts = edges.map((e) => e.rttMs)
      expect(rtts).toEqual([...rtts].sort((a, b) => a - b))
    }
    const [nairobi, paris] = parsed
    expect(nairobi?.edges?.[0]).toMatchObject({ city: 'Nairobi', countryCode: 'KE', kind: 'edge' })
    const capeTown = nairobi?.regions.find((r) => r.code === 'af-south-1')
    expect(nairobi?.edges?.[0]?.rttMs).toBeLessThan(capeTown?.rttMs ?? 0)
    expect(paris?.edges?.[0]).toMatchObject({ city: 'Paris', countryCode: 'FR' })
  })

  it('leaves the output byte for byte as it was without --edges, in JSON and as a table', () => {
    for (const argv of [['--json', '--from', 'Nairobi', '--from', '-23.55,-46.63'], ['--from', 'Tokyo'], ['--json', '--path', 'backbone', '--from', 'Oslo']]) {
      const plain = run(argv).out
      const withEdges = run([...argv, '--edges']).out
      if (argv.includes('--json')) {
        const stripped = (JSON.parse(withEdges) as JsonOrigin[]).map(({ edges: _edges, ...rest }) => rest)
        expect(`${JSON.stringify(stripped)}\n`).toBe(plain)
        expect(plain).not.toMatch(/"edges"/)
      } else {
        expect(withEdges.startsWith(plain.split('\nEstimates, calibrated')[0] ?? '')).toBe(true)
        expect(withEdges).toMatch(/Nearest CloudFront edge locations/)
        expect(plain).not.toMatch(/edge locations/)
        expect(withEdges.replace(/\n\nNearest CloudFront edge locations[^]*?\n\n/, '\n\n')).toBe(plain)
      }
    }
  })

  it('refuses --edges with a value', () => {
    const { code, err } = run(['--edges=5', '--from', 'Oslo'])
    expect(code).toBe(EXIT_USAGE)
    expect(err).toMatch(/unknown argument "--edges=5"/)
  })
})
