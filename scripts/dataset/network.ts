import type { Latency, Network, NetworkLink, Region } from '../../src/shared/dataset/schema'
import { greatCircleKm } from '../../src/shared/geo/distance'
import { BuildError } from './errors'
import { SOURCE_ID } from './sources'

/**
 * The schematic inter-region network. AWS does not publish its backbone, so
 * the links are not cables: they are the shortest measured hops, which is
 * what a reader wants to see ("which regions are close to which, and where
 * does traffic cross an ocean"). The rule is stated once, in RULE, and the
 * code below follows it clause by clause.
 */

/** How many nearest neighbours (by measured round trip) each measured region is joined to. */
export const NEIGHBOURS = 2

/**
 * A long-haul link is dropped when some third region relays the same traffic
 * for at most this much more round trip: the direct link would add a line to
 * the drawing without saying anything the two hops do not already say.
 */
export const RELAY_TOLERANCE = 1.05

/** The areas the long-haul clause pairs up; coarse enough that each holds a few regions. */
export const AREAS = [
  'North America',
  'South America',
  'Europe',
  'Middle East',
  'Africa',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Oceania',
] as const
export type Area = (typeof AREAS)[number]

/** Area by ISO country code of the region's location; a region in a country not listed here fails the build. */
const AREA_OF_COUNTRY: Readonly<Record<string, Area>> = {
  US: 'North America',
  CA: 'North America',
  MX: 'North America',
  BR: 'South America',
  CL: 'South America',
  DE: 'Europe',
  CH: 'Europe',
  IE: 'Europe',
  GB: 'Europe',
  FR: 'Europe',
  SE: 'Europe',
  IT: 'Europe',
  ES: 'Europe',
  IL: 'Middle East',
  BH: 'Middle East',
  AE: 'Middle East',
  SA: 'Middle East',
  ZA: 'Africa',
  IN: 'South Asia',
  SG: 'Southeast Asia',
  ID: 'Southeast Asia',
  MY: 'Southeast Asia',
  TH: 'Southeast Asia',
  HK: 'East Asia',
  TW: 'East Asia',
  JP: 'East Asia',
  KR: 'East Asia',
  CN: 'East Asia',
  AU: 'Oceania',
  NZ: 'Oceania',
}

export const RULE =
  'Schematic, not the AWS backbone (AWS does not publish it). ' +
  `Each region with latency measurements is linked to its ${NEIGHBOURS} nearest regions by measured round trip ` +
  '(the mean of the two directions). ' +
  `Long-haul links: for each pair of areas (${AREAS.join(', ')}), the two regions with the lowest measured round trip ` +
  'between those areas are linked, unless a route through one other region is at most ' +
  `${Math.round((RELAY_TOLERANCE - 1) * 100)}% slower. ` +
  'A region without measurements (China, GovCloud, EUSC and regions newer than the measurements) is linked to the ' +
  'nearest measured region by great-circle distance, and that link has no round trip. ' +
  'Each link shows the measured median round trip from the first region to the second.'

/** Symmetric round trips between measured regions, for ranking: the mean of both directions, or the one measured. */
class RoundTrips {
  private readonly index: Map<string, number>

  constructor(private readonly latency: Latency) {
    this.index = new Map(latency.regions.map((code, i) => [code, i]))
  }

  directed(from: string, to: string): number | null {
    const i = this.index.get(from)
    const j = this.index.get(to)
    return i === undefined || j === undefined ? null : (this.latency.rttMs[i]?.[j] ?? null)
  }

  between(a: string, b: string): number | null {
    const there = this.directed(a, b)
    const back = this.directed(b, a)
    if (there === null) return back
    if (back === null) return there
    return (there + back) / 2
  }
}

/** The first region's code sorts first within equal round trips, so the build is deterministic. */
function byRtt(a: { rtt: number; key: string }, b: { rtt: number; key: string }): number {
  return a.rtt - b.rtt || a.key.localeCompare(b.key)
}

export function areaOf(region: Region): Area {
  const area = AREA_OF_COUNTRY[region.countryCode]
  if (!area) {
    throw new BuildError([
      `network: region ${region.code} is in ${region.countryCode}, which has no area; add it to AREA_OF_COUNTRY in scripts/dataset/network.ts`,
    ])
  }
  return area
}

export function buildNetwork(regions: readonly Region[], latency: Latency): Network {
  const rtt = new RoundTrips(latency)
  const measuredCodes = new Set(latency.regions)
  const measured = regions.filter((r) => measuredCodes.has(r.code))
  const unmeasured = regions.filter((r) => !measuredCodes.has(r.code))
  const links = new LinkSet(rtt)

  for (const region of measured) {
    const nearest = measured
      .filter((other) => other.code !== region.code)
      .flatMap((other) => {
        const ms = rtt.between(region.code, other.code)
        return ms === null ? [] : [{ rtt: ms, key: other.code }]
      })
      .sort(byRtt)
      .slice(0, NEIGHBOURS)
    for (const n of nearest) links.add(region.code, n.key, 'neighbour')
  }

  for (const candidate of longHaulCandidates(measured, rtt)) {
    const [a, b] = candidate.pair
    if (!relayedBy(a, b, candidate.rtt, measured, rtt)) links.add(a, b, 'long-haul')
  }

  for (const region of unmeasured) {
    const nearest = measured
      .map((other) => ({ rtt: greatCircleKm(region, other), key: other.code }))
      .sort(byRtt)[0]
    if (!nearest) throw new BuildError([`network: no measured region to link ${region.code} to`])
    links.add(region.code, nearest.key, 'neighbour')
  }

  return {
    sources: [SOURCE_ID.cloudping, SOURCE_ID.sdkPartitions, SOURCE_ID.curatedRegions],
    schematic: true,
    rule: RULE,
    links: links.list(),
  }
}

/** For each pair of areas, the lowest-round-trip pair of regions across them. */
function longHaulCandidates(measured: readonly Region[], rtt: RoundTrips): { pair: [string, string]; rtt: number }[] {
  const best = new Map<string, { pair: [string, string]; rtt: number; key: string }>()
  for (const a of measured) {
    for (const b of measured) {
      const areaA = areaOf(a)
      const areaB = areaOf(b)
      if (AREAS.indexOf(areaA) >= AREAS.indexOf(areaB)) continue
      const ms = rtt.between(a.code, b.code)
      if (ms === null) continue
      const areas = `${areaA}/${areaB}`
      const candidate = { pair: [a.code, b.code] as [string, string], rtt: ms, key: `${a.code} ${b.code}` }
      const current = best.get(areas)
      if (!current || byRtt(candidate, current) < 0) best.set(areas, candidate)
    }
  }
  return [...best.values()].sort(byRtt)
}

/** True when some third region carries a→b for at most RELAY_TOLERANCE times the direct round trip. */
function relayedBy(a: string, b: string, direct: number, measured: readonly Region[], rtt: RoundTrips): boolean {
  return measured.some((via) => {
    if (via.code === a || via.code === b) return false
    const first = rtt.between(a, via.code)
    const second = rtt.between(via.code, b)
    return first !== null && second !== null && first + second <= direct * RELAY_TOLERANCE
  })
}

/** Undirected links, each pair once, oriented so the stored round trip is a measured one where possible. */
class LinkSet {
  private readonly links = new Map<string, NetworkLink>()

  constructor(private readonly rtt: RoundTrips) {}

  add(a: string, b: string, kind: NetworkLink['kind']): void {
    const key = [a, b].sort().join(' ')
    if (this.links.has(key)) return
    const [from, to] = this.rtt.directed(a, b) === null && this.rtt.directed(b, a) !== null ? [b, a] : [a, b]
    this.links.set(key, { from, to, rttMs: this.rtt.directed(from, to), kind })
  }

  list(): NetworkLink[] {
    return [...this.links.values()]
  }
}
