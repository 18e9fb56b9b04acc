import { datasetDates, type LayerDate } from '../../shared/dataset/asOf'
import type { Dataset, Source } from '../../shared/dataset/schema'
import type { LatencyModelFile } from '../../shared/latency'
import { regionStatusesOf } from '../../shared/status'
import { latencyModel } from '../state/latencyModel'
import type { AppState } from '../state/store'

/**
 * Short credits for the image footer, by source id; a source not listed is
 * credited by its title up to the first colon. Our own compilations need no
 * credit line of their own (the footer names InfraGlobe).
 */
const SHORT: Readonly<Record<string, string | null>> = {
  'aws-sdk-partitions': 'AWS SDK',
  'cdk-region-info': 'AWS CDK',
  'aws-az-ids': 'AWS documentation',
  'regions-curated': null,
  'cloudping-p50-1y': 'cloudping.co',
  'aws-edge-locations': 'aws-edge-locations',
  'cloudfront-regional-edge-caches': 'AWS CloudFront documentation',
  'cloudfront-pop-cities': 'AWS CloudFront',
  'cloudfront-figures': 'AWS CloudFront',
  'regional-table-services': 'AWS regional services table',
  'regional-table-regions': 'AWS regional services table',
  'botocore-endpoints': 'AWS SDK (botocore)',
  'ec2-prices-2025-04': 'AWS price lists',
  'ec2-prices-karpenter': 'AWS price lists',
  's3-prices-2024-09': 'AWS price lists',
  'world-atlas': 'Natural Earth',
  'geonames-cities': 'GeoNames (CC BY 4.0)',
  'ripe-atlas-country-rtt': 'RIPE NCC / RIPE Atlas',
  'region-status-events': 'AWS announcements and reporting',
}

/** The land and borders are drawn in every image. */
const LAND_SOURCE = 'world-atlas'
/** The cities the reach layer weighs by population. */
const CITY_SOURCE = 'geonames-cities'

function shortCredit(source: Source): string | null {
  if (source.id in SHORT) return SHORT[source.id] ?? null
  if (source.title.startsWith('InfraGlobe ')) return null
  return source.title.split(':')[0]?.trim() || source.title
}

/** Each credit once, in the order of the sources given. */
export function shortCredits(sources: readonly Source[]): string[] {
  const credits: string[] = []
  for (const source of sources) {
    const credit = shortCredit(source)
    if (credit && !credits.includes(credit)) credits.push(credit)
  }
  return credits
}

/** One layer an image draws, with its own date and the sources to credit for it. */
export interface DrawnLayer {
  key: string
  label: string
  asOf: string
  sources: Source[]
}

/** What of the state decides which layers an image draws. */
export type DrawnState = Pick<AppState, 'dataset' | 'layers' | 'userLocation' | 'markerColouring' | 'requiredServices'>

/** The model's sources behind a user's figure: those its internet-path parameters were fitted on. */
function userFigureSources(model: LatencyModelFile): Source[] {
  const ids = new Set(model.provenance.filter((p) => p.param.startsWith('internet')).flatMap((p) => p.sources))
  return model.sources.filter((s) => ids.has(s.id))
}

function newestOf(sources: readonly Source[]): string {
  return [...sources.map((s) => s.asOf)].sort().at(-1) ?? ''
}

/**
 * The layers an exported image draws, from the view's state, each with its
 * own as-of date and sources: the regions always, the dated status events
 * when a marker shows one, the network, the latency model's figures (credited
 * to RIPE Atlas as well as the inter-region matrix) only while the arcs are
 * drawn, edge locations and zones only while their layers are on, the price
 * sheets while the markers are coloured by price, the services while they
 * dim regions, and the land and borders.
 */
export function drawnLayers(state: DrawnState, model: LatencyModelFile = latencyModel): DrawnLayer[] {
  const dataset = state.dataset
  if (!dataset) return []
  const byId = new Map(dataset.sources.map((s) => [s.id, s]))
  const sourcesOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? [])
  const dates = datasetDates(dataset)
  const layer = (key: string): DrawnLayer | null => {
    const found = dates.layers.find((l: LayerDate) => l.key === key)
    return found ? { key, label: found.label, asOf: found.asOf, sources: sourcesOf(found.sourceIds) } : null
  }
  const section = (key: string, label: string, ids: readonly string[]): DrawnLayer | null => {
    const sources = sourcesOf(ids)
    return sources.length ? { key, label, asOf: newestOf(sources), sources } : null
  }
  const userSources = userFigureSources(model)
  const arcs = state.layers.latencyArcs && state.userLocation !== null
  const statuses = [...regionStatusesOf(dataset).values()]
  const drawn: (DrawnLayer | null)[] = [
    layer('regions'),
    statuses.some((s) => s.latest !== null && s.condition !== 'open') ? layer('statusEvents') : null,
    state.layers.network ? networkLayer(layer('network'), layer('latency')) : null,
    arcs ? layer('latency') : null,
    arcs || state.layers.reach
      ? { key: 'latency-model', label: 'Latency model (user estimates)', asOf: newestOf(userSources), sources: userSources }
      : null,
    state.layers.reach ? section('reach', 'Cities weighed by population', [CITY_SOURCE]) : null,
    state.layers.edges ? layer('edgeLocations') : null,
    state.layers.localZones ? section('localZones', 'Local Zones', dataset.localZones?.sources ?? []) : null,
    state.layers.wavelengthZones ? section('wavelengthZones', 'Wavelength Zones', dataset.wavelengthZones?.sources ?? []) : null,
    ...(state.markerColouring === 'price-index' ? ec2UsdSheets(dataset).map((id) => layer(`prices/${id}`)) : []),
    state.requiredServices.length > 0 ? layer('services') : null,
    section('land', 'Land and borders', [LAND_SOURCE]),
  ]
  return drawn.filter((l): l is DrawnLayer => l !== null && l.sources.length > 0)
}

/**
 * The schematic network is derived from the inter-region measurements, so it
 * is as old as they are (the legend dates it the same way); the region
 * sources it also cites only place its ends.
 */
function networkLayer(network: DrawnLayer | null, latency: DrawnLayer | null): DrawnLayer | null {
  return network && latency ? { ...network, asOf: latency.asOf } : network
}

/** The USD sheets the price index reads (EC2 rows in USD). */
function ec2UsdSheets(dataset: Dataset): string[] {
  const ec2 = new Set(dataset.prices.ec2.map((row) => row.sheet))
  return dataset.prices.sheets.filter((s) => s.currency === 'USD' && ec2.has(s.id)).map((s) => s.id)
}

/** "Regions 2026-11-27 · Inter-region latency 2025-05-29 · …": each drawn layer with its own date. */
export function datesLine(drawn: readonly DrawnLayer[]): string {
  return `As of: ${drawn.map((l) => `${l.label} ${l.asOf}`).join(' · ')}`
}

/** The sources of what is drawn, each once. */
export function drawnSources(drawn: readonly DrawnLayer[]): Source[] {
  const seen = new Map<string, Source>()
  for (const l of drawn) for (const s of l.sources) if (!seen.has(s.id)) seen.set(s.id, s)
  return [...seen.values()]
}

/**
 * The footer of an exported image, in two lines: each drawn layer with its
 * own as-of date (never one date for all), then the credit of every source
 * actually drawn and InfraGlobe.
 */
export function footerLines(drawn: readonly DrawnLayer[]): string[] {
  return [datesLine(drawn), `Sources: ${shortCredits(drawnSources(drawn)).join(', ')} · InfraGlobe`]
}

/** Every drawn source in full, for the image's metadata. */
export function fullSources(sources: readonly Source[]): string {
  return sources.map((source) => `${source.title} (${source.origin}; ${source.licence}; as of ${source.asOf})`).join('\n')
}
