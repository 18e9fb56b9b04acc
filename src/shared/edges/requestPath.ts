import type { EdgeLocation, Region } from '../dataset/schema'
import { greatCircleKm, type LatLon } from '../geo/distance'
import { estimateAtDistance, type RttEstimate } from '../latency/estimate'
import { measuredLookup, type MeasuredMatrix } from '../latency/measured'
import type { LatencyParams, RttPath } from '../latency/params'
import { rankEdges } from './rank'

export type CacheOutcome = 'hit' | 'miss'

export type PathStopKind = 'viewer' | 'edge' | 'regional-edge-cache' | 'origin'

/** A point of the request path, to draw and to label. */
export interface PathStop extends LatLon {
  kind: PathStopKind
  /** "you", the edge's city, the cache's city, the origin region's code. */
  label: string
  /** The edge location's id, or the origin region's code. */
  id: string | null
}

export interface PathLeg extends RttEstimate {
  from: PathStop
  to: PathStop
  distanceKm: number
  /** The viewer reaches the edge over the internet; the rest runs on AWS's backbone. */
  path: RttPath
  /** A leg between two regions of the measured matrix carries the measurement. */
  basis: 'estimated' | 'measured'
}

export interface RequestPath {
  outcome: CacheOutcome
  stops: PathStop[]
  legs: PathLeg[]
  /** The round trips of the legs added up, with their bands added up (a wide, safe band). */
  total: RttEstimate
  /** One sentence on why the path is as it is. */
  explanation: string
  /** What the path assumes that AWS does not publish. */
  assumption: string
}

export interface RequestPathInput {
  from: LatLon
  /** The dataset's edge network (edgeLocations.items): the nearest edge location and cache are taken from it. */
  items: readonly EdgeLocation[]
  /** The region the content comes from. */
  origin: Pick<Region, 'code' | 'lat' | 'lon'>
  params: LatencyParams
  /** The dataset's latency matrix, for the leg from the cache's region to the origin region. */
  measured?: MeasuredMatrix
  outcome: CacheOutcome
}

export const CACHE_ASSUMPTION =
  'AWS does not publish which regional edge cache serves an edge location; the path takes the cache nearest to it.'

function leg(from: PathStop, to: PathStop, params: LatencyParams, path: RttPath): PathLeg {
  const distanceKm = greatCircleKm(from, to)
  return { from, to, distanceKm, path, basis: 'estimated', ...estimateAtDistance(distanceKm, params, path) }
}

/**
 * The way a viewer's request travels, as data to draw: to the nearest edge
 * location, and on a miss onwards to a regional edge cache and the origin
 * region. Null when the dataset has no edge location (or, for a miss, no
 * regional edge cache).
 */
export function requestPath(input: RequestPathInput): RequestPath | null {
  const nearest = rankEdges(input.from, input.items, input.params, { limit: 1 })[0]
  if (!nearest) return null
  const viewer: PathStop = { kind: 'viewer', label: 'you', id: null, lat: input.from.lat, lon: input.from.lon }
  const edge: PathStop = { kind: 'edge', label: nearest.edge.city, id: nearest.edge.id, lat: nearest.edge.lat, lon: nearest.edge.lon }
  const first = leg(viewer, edge, input.params, 'internet')
  if (input.outcome === 'hit') {
    return {
      outcome: 'hit',
      stops: [viewer, edge],
      legs: [first],
      total: { rttMs: first.rttMs, lowMs: first.lowMs, highMs: first.highMs },
      explanation: `A cache hit is answered at the edge location in ${edge.label}: one round trip from you, the origin region ${input.origin.code} is not asked.`,
      assumption: 'The edge location is the nearest one to you; the network may route you to another.',
    }
  }
  const cacheItem = rankEdges(nearest.edge, input.items, input.params, { kinds: ['regional-edge-cache'], limit: 1 })[0]?.edge
  if (!cacheItem) return null
  const cache: PathStop = { kind: 'regional-edge-cache', label: cacheItem.city, id: cacheItem.id, lat: cacheItem.lat, lon: cacheItem.lon }
  const origin: PathStop = { kind: 'origin', label: input.origin.code, id: input.origin.code, lat: input.origin.lat, lon: input.origin.lon }
  const second = leg(edge, cache, input.params, 'backbone')
  const third = originLeg(cache, cacheItem.region, origin, input)
  const legs = [first, second, third]
  return {
    outcome: 'miss',
    stops: [viewer, edge, cache, origin],
    legs,
    total: {
      rttMs: legs.reduce((s, l) => s + l.rttMs, 0),
      lowMs: legs.reduce((s, l) => s + l.lowMs, 0),
      highMs: legs.reduce((s, l) => s + l.highMs, 0),
    },
    explanation: `A miss goes on from the edge location in ${edge.label} to the regional edge cache in ${cache.label}, and if that misses too, to the origin region ${origin.label}; the answer comes back the same way and is cached on it.`,
    assumption: CACHE_ASSUMPTION,
  }
}

/** From the cache's region to the origin region: the measured round trip where the matrix has the pair. */
function originLeg(cache: PathStop, cacheRegion: string | null, origin: PathStop, input: RequestPathInput): PathLeg {
  const estimated = leg(cache, origin, input.params, 'backbone')
  if (!input.measured || !cacheRegion) return estimated
  const lookup = measuredLookup(input.measured)
  const range = lookup.range(cacheRegion, origin.id ?? '')
  const rtt = lookup.get(cacheRegion, origin.id ?? '')
  if (!range || rtt === null) return estimated
  return { ...estimated, basis: 'measured', rttMs: rtt, lowMs: range.min, highMs: range.max }
}
