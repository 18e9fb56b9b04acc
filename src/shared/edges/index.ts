/** CloudFront's edge network: nearest edge locations from a place, the request path of a hit and a miss, the headline counts. */
export { rankEdges, VIEWER_EDGE_KINDS, type RankedEdge, type EdgeRankOptions } from './rank'
export {
  requestPath,
  CACHE_ASSUMPTION,
  type CacheOutcome,
  type PathStopKind,
  type PathStop,
  type PathLeg,
  type RequestPath,
  type RequestPathInput,
} from './requestPath'
export { regionalEdgeCacheTally, headlineFigures, figureText, type RegionalEdgeCacheTally } from './tally'
