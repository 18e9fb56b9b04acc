import { describe, expect, it } from 'vitest'
import { NEIGHBOURS, RULE, buildNetwork } from '../../../../scripts/dataset/network'
import type { Dataset, Latency, NetworkLink, Region } from '../../../../src/shared/dataset/schema'
import { parseDataset } from '../../../../src/shared/dataset/validate'
import { makeRegion } from './fixtures'
import { committedText } from '../../fixtures/rawInputs'

const parsed = parseDataset(committedText())
if (!parsed.ok) throw new Error(`the committed dataset does not validate:\n${parsed.problems.join('\n')}`)
const d: Dataset = parsed.dataset
const links = d.network.links

/** Region codes reachable from the first region over the links. */
function reachable(codes: readonly string[], edges: readonly NetworkLink[]): Set<string> {
  const seen = new Set(codes.slice(0, 1))
  const queue = [...seen]
  for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
    for (const l of edges) {
      const other = l.from === code ? l.to : l.to === code ? l.from : null
      if (other && !seen.has(other)) {
        seen.add(other)
        queue.push(other)
      }
    }
  }
  return seen
}

describe('the committed network', () => {
  const codes = d.regions.map((r) => r.code)
  const matrix = (from: string, to: string) =>
    d.latency.rttMs[d.latency.regions.indexOf(from)]?.[d.latency.regions.indexOf(to)] ?? null

  it('is schematic, says so in its rule, and cites the latency and region sources', () => {
    expect(d.network.schematic).toBe(true)
    expect(d.network.rule).toBe(RULE)
    expect(d.network.rule).toMatch(/^Schematic, not the AWS backbone/)
    expect(d.network.sources).toEqual(expect.arrayContaining(['cloudping-p50-1y', 'regions-curated']))
  })

  it('holds a readable number of links: a schematic, not a hairball', () => {
    expect(links.length).toBeGreaterThanOrEqual(50)
    expect(links.length).toBeLessThanOrEqual(90)
    expect(links.filter((l) => l.kind === 'long-haul').length).toBeGreaterThanOrEqual(5)
  })

  it('joins every region into one connected graph', () => {
    expect([...reachable(codes, links)].sort()).toEqual([...codes].sort())
  })

  it('gives every region at least one link, and each measured region its nearest neighbours', () => {
    const degree = new Map(codes.map((c) => [c, 0]))
    for (const l of links) {
      degree.set(l.from, (degree.get(l.from) ?? 0) + 1)
      degree.set(l.to, (degree.get(l.to) ?? 0) + 1)
    }
    expect(codes.filter((c) => !degree.get(c))).toEqual([])
    for (const code of d.latency.regions) expect(degree.get(code), code).toBeGreaterThanOrEqual(NEIGHBOURS)
  })

  it('links only dataset regions, never a region to itself, each pair once', () => {
    const known = new Set(codes)
    expect(links.filter((l) => !known.has(l.from) || !known.has(l.to))).toEqual([])
    expect(links.filter((l) => l.from === l.to)).toEqual([])
    expect(new Set(links.map((l) => [l.from, l.to].sort().join(' '))).size).toBe(links.length)
  })

  it('carries the measured matrix value on every link between measured regions', () => {
    const measured = links.filter((l) => d.latency.regions.includes(l.from) && d.latency.regions.includes(l.to))
    expect(measured.length).toBeGreaterThan(40)
    for (const l of measured) expect(l.rttMs, `${l.from} → ${l.to}`).toBe(matrix(l.from, l.to))
    expect(measured.every((l) => l.rttMs !== null)).toBe(true)
  })

  it('links each region without measurements once, to a measured region, without a round trip', () => {
    const unmeasured = codes.filter((c) => !d.latency.regions.includes(c))
    expect(unmeasured).toEqual(expect.arrayContaining(['cn-north-1', 'us-gov-west-1', 'eusc-de-east-1', 'me-west-1', 'sa-west-1']))
    for (const code of unmeasured) {
      const own = links.filter((l) => l.from === code || l.to === code)
      expect(own, code).toHaveLength(1)
      expect(own[0]).toMatchObject({ from: code, rttMs: null, kind: 'neighbour' })
      expect(d.latency.regions).toContain(own[0]?.to)
    }
  })

  it('links the obvious neighbours and the transatlantic and transpacific routes', () => {
    const has = (a: string, b: string) => links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))
    expect(has('us-east-1', 'us-east-2')).toBe(true)
    expect(has('eu-central-1', 'eu-central-2')).toBe(true)
    expect(has('ap-northeast-1', 'ap-northeast-3')).toBe(true)
    expect(has('sa-west-1', 'sa-east-1')).toBe(true)
    expect(has('ca-central-1', 'eu-west-1')).toBe(true)
    expect(has('us-west-2', 'ap-northeast-1')).toBe(true)
  })

  it('is what the rule gives for the committed regions and matrix', () => {
    expect(buildNetwork(d.regions, d.latency)).toEqual(d.network)
  })
})

describe('buildNetwork', () => {
  // Three regions in Europe, three in North America, one measured and one unmeasured in South America.
  const regions: Region[] = [
    makeRegion({ code: 'eu-central-1', countryCode: 'DE', lat: 50.1, lon: 8.7 }),
    makeRegion({ code: 'eu-west-1', countryCode: 'IE', lat: 53.3, lon: -6.3 }),
    makeRegion({ code: 'eu-west-3', countryCode: 'FR', lat: 48.9, lon: 2.4 }),
    makeRegion({ code: 'us-east-1', countryCode: 'US', lat: 39, lon: -77.5 }),
    makeRegion({ code: 'us-east-2', countryCode: 'US', lat: 40, lon: -83 }),
    makeRegion({ code: 'ca-central-1', countryCode: 'CA', lat: 45.5, lon: -73.6 }),
    makeRegion({ code: 'sa-east-1', countryCode: 'BR', lat: -23.5, lon: -46.6 }),
    makeRegion({ code: 'sa-west-1', countryCode: 'CL', lat: -33.4, lon: -70.7 }),
  ]
  const ROUND_TRIPS: Record<string, number> = {
    'eu-central-1 eu-west-1': 20,
    'eu-central-1 eu-west-3': 10,
    'eu-west-1 eu-west-3': 18,
    'us-east-1 us-east-2': 12,
    'us-east-1 ca-central-1': 16,
    'us-east-2 ca-central-1': 25,
    'eu-central-1 us-east-1': 95,
    'eu-central-1 us-east-2': 100,
    'eu-central-1 ca-central-1': 90,
    'eu-west-1 us-east-1': 75,
    'eu-west-1 us-east-2': 80,
    'eu-west-1 ca-central-1': 70,
    'eu-west-3 us-east-1': 85,
    'eu-west-3 us-east-2': 90,
    'eu-west-3 ca-central-1': 80,
    'sa-east-1 us-east-1': 110,
    'sa-east-1 us-east-2': 125,
    'sa-east-1 ca-central-1': 130,
    'sa-east-1 eu-central-1': 200,
    'sa-east-1 eu-west-1': 180,
    'sa-east-1 eu-west-3': 190,
  }
  const measured = regions.slice(0, 7).map((r) => r.code)
  /** A symmetric matrix from the table, with the given changes (key "from to", one direction only). */
  const latency = (changes: Record<string, number | null> = {}): Latency => ({
    sources: ['cloudping-p50-1y'],
    percentile: 'p50',
    window: { from: '2024-05-29', to: '2025-05-29' },
    method: 'test',
    regions: measured,
    rttMs: measured.map((from) =>
      measured.map((to) => {
        const key = `${from} ${to}`
        if (key in changes) return changes[key] ?? null
        return from === to ? 1 : (ROUND_TRIPS[key] ?? ROUND_TRIPS[`${to} ${from}`] ?? null)
      }),
    ),
  })
  const described = (ls: readonly NetworkLink[]) => ls.map((l) => `${l.kind} ${l.from} ${l.to} ${l.rttMs}`)

  it(`joins each measured region to its ${NEIGHBOURS} nearest, then adds the fastest pair between two areas, then places the unmeasured`, () => {
    expect(described(buildNetwork(regions, latency()).links)).toEqual([
      'neighbour eu-central-1 eu-west-3 10',
      'neighbour eu-central-1 eu-west-1 20',
      'neighbour eu-west-1 eu-west-3 18',
      'neighbour us-east-1 us-east-2 12',
      'neighbour us-east-1 ca-central-1 16',
      'neighbour us-east-2 ca-central-1 25',
      'neighbour sa-east-1 us-east-1 110',
      'neighbour sa-east-1 us-east-2 125',
      // North America–Europe; South America–North America is a neighbour link already, and
      // South America–Europe (180 ms) is relayed by us-east-1 in 110 + 75 = 185 ms, within 5%.
      'long-haul ca-central-1 eu-west-1 70',
      'neighbour sa-west-1 sa-east-1 null',
    ])
  })

  it('keeps a long-haul link that a relay would make more than 5% slower', () => {
    const links = buildNetwork(regions, latency({ 'sa-east-1 eu-west-1': 170, 'eu-west-1 sa-east-1': 170 })).links
    expect(described(links)).toContain('long-haul sa-east-1 eu-west-1 170')
  })

  it('ranks by the mean of both directions and stores the figure measured from the first region to the second', () => {
    const links = buildNetwork(regions, latency({ 'eu-central-1 eu-west-3': 30, 'eu-west-3 eu-central-1': 4 })).links
    expect(described(links)).toContain('neighbour eu-central-1 eu-west-3 30')
  })

  it('turns a link round when only the other direction is measured', () => {
    const links = buildNetwork(regions, latency({ 'eu-central-1 eu-west-1': null })).links
    expect(described(links)).toContain('neighbour eu-west-1 eu-central-1 20')
  })

  it('refuses a measured region in a country that has no area, naming where to add it', () => {
    const odd = regions.map((r) => (r.code === 'sa-east-1' ? { ...r, countryCode: 'AQ' } : r))
    expect(() => buildNetwork(odd, latency())).toThrow(/sa-east-1 is in AQ, which has no area; add it to AREA_OF_COUNTRY/)
  })
})
