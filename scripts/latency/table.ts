import type { Dataset } from '../../src/shared/dataset/schema'
import { basisText } from '../../src/shared/latency/basisText'
import type { LatencyModelFile } from '../../src/shared/latency/modelFile'
import { interRegionErrorSet, userErrorSet } from '../../src/shared/latency/quotedSets'
import type { RttPath } from '../../src/shared/latency/params'
import type { ExplainedRegion } from '../../src/shared/latency/rank'
import type { RankedEdge } from '../../src/shared/edges/rank'
import type { Place } from './places'

const ms = (x: number) => x.toFixed(1)

/** The readable form: one ranked table per origin, with a note on what the figures are. */
export function formatTable(
  results: readonly { origin: Place; regions: readonly ExplainedRegion[]; edges?: readonly RankedEdge[] }[],
  dataset: Dataset,
  model: LatencyModelFile,
  path: RttPath,
): string {
  const names = new Map(dataset.regions.map((r) => [r.code, r.name]))
  const codeWidth = Math.max(6, ...dataset.regions.map((r) => r.code.length))
  const nameWidth = Math.max(4, ...dataset.regions.map((r) => r.name.length))
  const lines: string[] = []
  for (const { origin, regions, edges } of results) {
    lines.push(`From ${origin.label} (${origin.lat}, ${origin.lon}), ${path} path`)
    lines.push(
      `${'#'.padStart(3)}  ${'region'.padEnd(codeWidth)}  ${'name'.padEnd(nameWidth)}  ${'RTT ms'.padStart(7)}  ${'band ms'.padStart(13)}  basis`,
    )
    regions.forEach((r, i) => {
      const band = `${ms(r.lowMs)}–${ms(r.highMs)}`
      lines.push(
        `${String(i + 1).padStart(3)}  ${r.code.padEnd(codeWidth)}  ${(names.get(r.code) ?? '').padEnd(nameWidth)}  ${ms(r.rttMs).padStart(7)}  ${band.padStart(13)}  ${basisText(r)}`,
      )
    })
    if (edges) lines.push('', ...edgeLines(edges))
    lines.push('')
  }
  // A user's figures carry the error measured for users, region-to-region ones the inter-region error.
  const set = path === 'internet' ? userErrorSet(model) : interRegionErrorSet(model)
  const m = set.model
  lines.push(
    `Estimates, calibrated ${model.calibratedAt}: median error ${m.medianAbsPctError} %, 90th percentile ${m.p90AbsPctError} %, band holds ${m.bandCoveragePct} % (${set.label}; ${set.method}).` +
      (path === 'internet'
        ? ' Every figure is a user’s: the public internet plus the access path.'
        : ' Measured: cloudping.co P50 between regions.'),
  )
  return `${lines.join('\n')}\n`
}

/** The nearest edge locations, under an origin's regions (only with --edges). */
function edgeLines(edges: readonly RankedEdge[]): string[] {
  const cityWidth = Math.max(4, ...edges.map((e) => e.edge.city.length + 4))
  return [
    `Nearest CloudFront edge locations (internet path, estimated from distance)`,
    `${'#'.padStart(3)}  ${'city'.padEnd(cityWidth)}  ${'km'.padStart(6)}  ${'RTT ms'.padStart(7)}  ${'band ms'.padStart(13)}  kind`,
    ...edges.map((e, i) => {
      const band = `${ms(e.lowMs)}–${ms(e.highMs)}`
      const city = `${e.edge.city}, ${e.edge.countryCode}`
      return `${String(i + 1).padStart(3)}  ${city.padEnd(cityWidth)}  ${e.distanceKm.toFixed(0).padStart(6)}  ${ms(e.rttMs).padStart(7)}  ${band.padStart(13)}  ${e.edge.kind}`
    }),
  ]
}
