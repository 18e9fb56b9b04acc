import type { Dataset, Source } from './schema'

/** The dataset sections that carry their own data, each with its own date. */
export type DatasetLayer = 'regions' | 'latency' | 'network' | 'edgeLocations' | 'services' | 'prices' | 'jurisdictions' | 'statusEvents'

export interface LayerDate {
  /** A stable key: the layer, or "prices/<sheet id>" for one price sheet. */
  key: string
  layer: DatasetLayer
  /** What a person reads in a footer or a legend: "EC2 prices in USD, sheet of 2025-04-04". */
  label: string
  /** The newest as-of date of the layer's sources (YYYY-MM or YYYY-MM-DD). */
  asOf: string
  /** The oldest, when its sources differ; equal to asOf otherwise. */
  oldest: string
  sourceIds: string[]
}

export interface DatasetDates {
  layers: LayerDate[]
  /** The layer with the newest data, and the one with the oldest: for "newest data …, oldest …". */
  newest: LayerDate
  oldest: LayerDate
}

const LABELS: Readonly<Record<Exclude<DatasetLayer, 'prices'>, string>> = {
  regions: 'Regions',
  latency: 'Inter-region latency',
  network: 'Schematic network',
  edgeLocations: 'Edge locations',
  services: 'Services by region',
  jurisdictions: 'Legal frames',
  statusEvents: 'Region status events',
}

/** YYYY-MM sorts before YYYY-MM-DD of the same month, which is the order wanted: a month is not newer than its days. */
function newestOf(dates: readonly string[]): string {
  return [...dates].sort().at(-1) ?? ''
}
function oldestOf(dates: readonly string[]): string {
  return [...dates].sort()[0] ?? ''
}

/**
 * Each layer's own as-of date, from the sources it cites, so that a footer, a
 * legend entry or an export line can say how old the figures it shows are,
 * never one date for all. Prices get one entry per sheet (EC2 of one date, S3
 * of another). The region layer is dated by the sources more than one region
 * cites: a launch post cited for one field of one region does not date the layer.
 */
export function datasetDates(dataset: Dataset): DatasetDates {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]))
  const entry = (key: string, layer: DatasetLayer, label: string, ids: readonly string[]): LayerDate | null => {
    const sources = [...new Set(ids)].map((id) => byId.get(id)).filter((s): s is Source => s !== undefined)
    if (!sources.length) return null
    const dates = sources.map((s) => s.asOf)
    return { key, layer, label, asOf: newestOf(dates), oldest: oldestOf(dates), sourceIds: sources.map((s) => s.id) }
  }

  const citedBy = new Map<string, number>()
  for (const r of dataset.regions) for (const id of new Set(r.sources)) citedBy.set(id, (citedBy.get(id) ?? 0) + 1)
  const regionIds = [...citedBy].filter(([, n]) => n > 1 || dataset.regions.length === 1).map(([id]) => id)

  const layers = [
    entry('regions', 'regions', LABELS.regions, regionIds),
    entry('latency', 'latency', LABELS.latency, dataset.latency.sources),
    entry('network', 'network', LABELS.network, dataset.network.sources),
    entry('edgeLocations', 'edgeLocations', LABELS.edgeLocations, dataset.edgeLocations.sources),
    entry('services', 'services', LABELS.services, dataset.services.sources),
    ...dataset.prices.sheets.map((sheet) => {
      const kind = dataset.prices.s3.some((r) => r.sheet === sheet.id) ? 'S3' : 'EC2'
      const e = entry(`prices/${sheet.id}`, 'prices', `${kind} prices in ${sheet.currency}, sheet of ${sheet.asOf}`, [sheet.source])
      // A sheet is dated by itself: one source file may hold sheets of several dates.
      return e && { ...e, asOf: sheet.asOf, oldest: sheet.asOf }
    }),
    entry('jurisdictions', 'jurisdictions', LABELS.jurisdictions, dataset.jurisdictions.sources),
    dataset.statusEvents ? entry('statusEvents', 'statusEvents', LABELS.statusEvents, dataset.statusEvents.sources) : null,
  ].filter((e): e is LayerDate => e !== null)

  const sorted = [...layers].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))
  return { layers, newest: sorted.at(-1)!, oldest: sorted[0]! }
}

/** "Newest data 2026-11-21 (Regions), oldest 2024-09-25 (S3 prices in USD, sheet of 2024-09-25)". */
export function describeDatasetDates(dates: DatasetDates): string {
  if (dates.newest.asOf === dates.oldest.asOf) return `All data as of ${dates.newest.asOf}`
  return `Newest data ${dates.newest.asOf} (${dates.newest.label}), oldest ${dates.oldest.asOf} (${dates.oldest.label})`
}
