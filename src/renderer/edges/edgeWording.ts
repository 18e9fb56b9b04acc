import type { CloudFrontFigure, CloudFrontFigureKind, EdgeLocations } from '../../shared/dataset/schema'
import { figureText, type RankedEdge, type RegionalEdgeCacheTally, type RequestPath } from '../../shared/edges'
import { msText } from '../wording/latencyWording'
import { countryName } from '../wording/placeWording'

/** What each of AWS's CloudFront figures counts. */
export const FIGURE_WORDS: Readonly<Record<CloudFrontFigureKind, string>> = {
  'points-of-presence': 'points of presence',
  'edge-locations': 'edge locations',
  'regional-edge-caches': 'regional edge caches',
  'pop-cities': 'cities',
  'pop-countries': 'countries',
  'embedded-pops': 'embedded PoPs',
  'embedded-pop-cities': 'cities with embedded PoPs',
}

/** "600+ points of presence · 100+ cities · …". */
export function figuresLine(figures: readonly CloudFrontFigure[]): string {
  return figures.map((f) => `${figureText(f)} ${FIGURE_WORDS[f.figure]}`).join(' · ')
}

/** Where the figures were read: each page once (its address, without the note after it) and its date. */
export function figuresSource(edges: Pick<EdgeLocations, 'references' | 'readOn'>, figures: readonly CloudFrontFigure[]): string {
  const pages = [...new Set(figures.flatMap((f) => f.refs.map((r) => edges.references[r]?.split(' ')[0] ?? '')))].filter(Boolean)
  const dated = [...new Set(figures.map((f) => (f.asOf ? `as of ${f.asOf}` : 'undated page')))]
  return `${pages.join(', ') || 'unknown page'} (${dated.join(', ')}; read ${edges.readOn})`
}

/** "13 regional edge caches shown of 13 AWS states, 12 of them confirmed by AWS's own pages". */
export function tallyText(tally: RegionalEdgeCacheTally): string {
  const of = tally.stated === null ? ' (AWS states no count)' : ` of ${tally.stated} AWS states`
  return `${tally.shown} regional edge caches shown${of}, ${tally.confirmed} of them confirmed by AWS’s own pages`
}

/** What the layer leaves out, in a sentence: PoP cities of unstated kind and names that could not be placed. */
export function leftOutText(edges: Pick<EdgeLocations, 'items' | 'unplaced'>): string {
  const popCities = edges.items.filter((e) => e.kind === 'pop-city').length
  const parts: string[] = []
  if (popCities > 0) {
    parts.push(
      `${popCities} cities of AWS’s “Points of Presence” list whose kind AWS does not state (most are probably embedded PoPs inside internet providers’ networks, which serve only their customers)`,
    )
  }
  if (edges.unplaced.length > 0) parts.push(`${edges.unplaced.length} names of that list that could not be placed`)
  return parts.length ? `Not drawn: ${parts.join(', and ')}.` : ''
}

/** "Nairobi, Kenya (NBO)". */
export function edgePlace(ranked: RankedEdge): string {
  const edge = ranked.edge
  return `${edge.city}, ${edge.country || countryName(edge.countryCode)}${edge.code ? ` (${edge.code})` : ''}`
}

/** "18 ms (12–30)". */
export function rttText(estimate: { rttMs: number; lowMs: number; highMs: number }): string {
  return `${msText(estimate.rttMs)} ms (${msText(estimate.lowMs)}–${msText(estimate.highMs)})`
}

/** The path's legs as a reader follows them: "you → Nairobi edge location 18 ms → …". */
export function legLines(path: RequestPath): string[] {
  const words = { viewer: 'you', edge: 'edge location', 'regional-edge-cache': 'regional edge cache', origin: 'origin region' } as const
  return path.legs.map(
    (leg) =>
      `${leg.from.kind === 'viewer' ? 'you' : leg.from.label} → ${leg.to.label} (${words[leg.to.kind]}): ${rttText(leg)}, ${
        leg.basis === 'measured' ? 'measured between regions' : leg.path === 'internet' ? 'estimated, public internet' : 'estimated, AWS backbone'
      }`,
  )
}
