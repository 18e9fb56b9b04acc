import { z } from 'zod'
import type { EdgeLocation, EdgeLocationKind } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import { RAW_FILES, readRawJson, readRawText } from './rawFiles'
import { SOURCE_ID } from './sources'

const RegionalEdgeCachesSchema = z.array(
  z.object({
    code: z.string(),
    city: z.string(),
    country: z.string(),
    countryCode: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    pricingRegion: z.string().nullable().optional(),
  }),
)

/**
 * Upstream rows that are wrong and cannot be fixed without inventing a
 * figure, so they are left out and the section note says why. Each entry
 * records the wrong values it expects: once upstream fixes the row, the build
 * fails and the exclusion is removed instead of hiding a good row.
 */
const EXCLUDED = [
  {
    id: 'BLA',
    country: 'Spain',
    countryCode: 'VE',
    note: 'Barcelona (Spain) is left out: the source geocodes it to Barcelona, Venezuela (airport BLA, country code VE).',
  },
] as const

export interface EdgeLocationsSection {
  sources: string[]
  note: string
  items: EdgeLocation[]
}

/**
 * One item per city code. The five regional-edge-cache cities of the partial
 * REC list all appear in the edge-location list too (SOURCES.md expected them
 * not to), and the dataset keys locations by code, so such a city is one item
 * of kind "regional-edge-cache" that keeps the edge list's name and position;
 * the section note says these cities serve as edge locations as well. A REC
 * city missing from the edge list is added from the REC file.
 */
export function buildEdgeLocations(rawDir: string): EdgeLocationsSection {
  const problems = new Problems()
  const file = RAW_FILES.edgeLocations
  const records = readCsvRecords(readRawText(rawDir, file), file, [
    'code', 'city', 'country', 'country_code', 'latitude', 'longitude', 'pricing_region',
  ])
  const items = new Map<string, EdgeLocation>()
  records.forEach((record, index) => {
    const id = field(record, 'code')
    const where = `${file} data row ${index + 1} (${id})`
    const lat = parseDecimal(field(record, 'latitude'))
    const lon = parseDecimal(field(record, 'longitude'))
    if (lat === null || lon === null) {
      problems.add(`${where}: coordinates "${field(record, 'latitude')}, ${field(record, 'longitude')}" are not numbers`)
      return
    }
    if (items.has(id)) problems.add(`${where}: location code ${id} is listed twice`)
    const excluded = EXCLUDED.find((e) => e.id === id)
    if (excluded) {
      if (field(record, 'country') === excluded.country && field(record, 'country_code') === excluded.countryCode) return
      problems.add(`${where}: ${id} no longer has the known upstream error; remove its exclusion in scripts/dataset/edgeLocations.ts`)
    }
    items.set(id, {
      id,
      city: field(record, 'city'),
      country: field(record, 'country'),
      countryCode: field(record, 'country_code'),
      lat,
      lon,
      kind: 'edge',
      pricingRegion: field(record, 'pricing_region') || null,
    })
  })
  const edgeCount = items.size
  const missingExclusions = EXCLUDED.filter((e) => !records.some((r) => field(r, 'code') === e.id))
  for (const e of missingExclusions) problems.add(`${file}: ${e.id} is gone upstream; remove its exclusion`)

  const caches = readRawJson(rawDir, RAW_FILES.regionalEdgeCaches, RegionalEdgeCachesSchema)
  const alsoEdge: string[] = []
  const kind: EdgeLocationKind = 'regional-edge-cache'
  for (const rec of caches) {
    const edge = items.get(rec.code)
    if (edge) {
      edge.kind = kind
      alsoEdge.push(edge.city)
      continue
    }
    items.set(rec.code, {
      id: rec.code,
      city: rec.city,
      country: rec.country,
      countryCode: rec.countryCode,
      lat: rec.latitude,
      lon: rec.longitude,
      kind,
      pricingRegion: rec.pricingRegion || null,
    })
  }
  problems.throwIfAny()

  const note = [
    `${edgeCount} CloudFront edge-location cities as of May 2025: each point is a city, not a point of presence (AWS advertises 600+ PoPs).`,
    ...EXCLUDED.map((e) => e.note),
    `Regional edge caches: only ${caches.length} of about 13 are known to this dataset, so that list is partial.`,
    alsoEdge.length
      ? `Cities with both a regional edge cache and edge locations (${alsoEdge.join(', ')}) are listed once, as regional edge caches.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
  return {
    sources: [SOURCE_ID.edgeLocations, SOURCE_ID.regionalEdgeCaches],
    note,
    items: [...items.values()],
  }
}
