import type { EdgeLocation, EdgeLocationKind } from '../dataset/schema'
import { greatCircleKm, type LatLon } from '../geo/distance'
import { estimateAtDistance, type RttEstimate } from '../latency/estimate'
import type { LatencyParams } from '../latency/params'

export interface RankedEdge extends RttEstimate {
  edge: EdgeLocation
  distanceKm: number
}

/**
 * The kinds a viewer's request is answered at by default: edge locations.
 * Regional edge caches are never the first stop, and the listed PoP cities
 * are mostly embedded PoPs that serve only their provider's customers.
 */
export const VIEWER_EDGE_KINDS: readonly EdgeLocationKind[] = ['edge']

export interface EdgeRankOptions {
  /** Which kinds to rank; default VIEWER_EDGE_KINDS. */
  kinds?: readonly EdgeLocationKind[]
  /** At most this many, nearest first; default all. */
  limit?: number
}

/**
 * The dataset's edge locations nearest first from a place, each with the
 * latency model's estimate and band for a viewer reaching it over the public
 * internet. The estimate rests on distance alone: AWS publishes no
 * measurements from users to edge locations.
 */
export function rankEdges(
  from: LatLon,
  items: readonly EdgeLocation[],
  params: LatencyParams,
  options: EdgeRankOptions = {},
): RankedEdge[] {
  const kinds = new Set(options.kinds ?? VIEWER_EDGE_KINDS)
  const ranked = items
    .filter((edge) => kinds.has(edge.kind))
    .map((edge) => {
      const distanceKm = greatCircleKm(from, edge)
      return { edge, distanceKm, ...estimateAtDistance(distanceKm, params, 'internet') }
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.edge.id.localeCompare(b.edge.id))
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit))
}
