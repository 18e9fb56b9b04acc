import type { EdgeLocation, EdgeLocations, Region, UnplacedCity } from '../../src/shared/dataset/schema'
import { field, readCsvRecords, readCsvRows } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import type { GeoNamesIndex } from './geonames'
import { buildCloudFrontFigures } from './cloudfrontFigures'
import { RAW_FILES, readRawText } from './rawFiles'
import { References } from './references'
import { at, readConfidence, readCountryCode, readDatasetRegion, readPlace } from './rowChecks'
import { SOURCE_ID } from './sources'

/**
 * Upstream rows that are wrong and cannot be kept as they are. Each entry
 * records the wrong values it expects: once upstream fixes the row, the build
 * fails and the entry is removed instead of hiding a good row. The corrected
 * row comes from the additions file, which names the code it replaces.
 */
const EXCLUDED = [{ id: 'BLA', country: 'Spain', countryCode: 'VE' }] as const

/**
 * Cities the 2025-05 list names by their country or airport. The point stays
 * at the airport of the location code, as every point of that list does.
 */
const RENAMED = [
  { id: 'DOH', upstream: 'Qatar', city: 'Doha', note: 'the 2025-05 list names the country ("Qatar"), not the city' },
  { id: 'TPE', upstream: 'Taoyuan', city: 'Taipei', note: 'the 2025-05 list names the city of its airport ("Taoyuan")' },
  { id: 'IAD', upstream: 'Washington', city: 'Ashburn', note: 'the 2025-05 list says "Washington" (its airport, Washington Dulles, lies by Ashburn)' },
  { id: 'HIO', upstream: 'Portland', city: 'Hillsboro', note: 'the 2025-05 list says "Portland"; HIO is the airport of Hillsboro, Oregon' },
] as const

/** The day the zone and CloudFront raw files were gathered (../shared/data/raw/zones/SOURCES-zones.md). */
export const ZONES_READ_ON = '2026-12-04'

const POP_CITY_KIND = 'PoP city on CloudFront features page'
const CORRECTION_KIND = /^edge location city \(correction of upstream row ([A-Z0-9]{3})\)$/

export interface EdgeInputs {
  regions: readonly Region[]
  geonames: GeoNamesIndex
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The 2025-05 edge-location list, minus the rows EXCLUDED, with the cities RENAMED. */
function snapshotEdges(rawDir: string, problems: Problems): EdgeLocation[] {
  const file = RAW_FILES.edgeLocations
  const records = readCsvRecords(readRawText(rawDir, file), file, [
    'code', 'city', 'country', 'country_code', 'latitude', 'longitude', 'pricing_region',
  ])
  const items: EdgeLocation[] = []
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const id = field(record, 'code')
    const where = `${file} data row ${index + 1} (${id})`
    const lat = parseDecimal(field(record, 'latitude'))
    const lon = parseDecimal(field(record, 'longitude'))
    if (lat === null || lon === null) {
      problems.add(`${where}: coordinates "${field(record, 'latitude')}, ${field(record, 'longitude')}" are not numbers`)
      return
    }
    if (seen.has(id)) problems.add(`${where}: location code ${id} is listed twice`)
    seen.add(id)
    const excluded = EXCLUDED.find((e) => e.id === id)
    if (excluded) {
      if (field(record, 'country') === excluded.country && field(record, 'country_code') === excluded.countryCode) return
      problems.add(`${where}: ${id} no longer has the known upstream error; remove its exclusion in scripts/dataset/edgeLocations.ts`)
    }
    const renamed = RENAMED.find((r) => r.id === id)
    if (renamed && field(record, 'city') !== renamed.upstream) {
      problems.add(`${where}: ${id} is no longer called "${renamed.upstream}" upstream; review its renaming in scripts/dataset/edgeLocations.ts`)
    }
    items.push({
      id,
      code: id,
      city: renamed?.city ?? field(record, 'city'),
      country: field(record, 'country'),
      countryCode: field(record, 'country_code'),
      lat,
      lon,
      kind: 'edge',
      pricingRegion: field(record, 'pricing_region') || null,
      region: null,
      confidence: 'high',
      sources: [SOURCE_ID.edgeLocations],
      refs: [],
      note: renamed?.note ?? null,
    })
  })
  for (const e of EXCLUDED) if (!seen.has(e.id)) problems.add(`${file}: ${e.id} is gone upstream; remove its exclusion`)
  for (const r of RENAMED) if (!seen.has(r.id)) problems.add(`${file}: ${r.id} is gone upstream; remove its renaming`)
  return items
}

/**
 * The regional edge caches, one per AWS Region that hosts one, at the
 * region's metro. A cache city keeps its edge-location item too: the two are
 * different things in the same city.
 */
function regionalEdgeCaches(rawDir: string, inputs: EdgeInputs, references: References, problems: Problems): EdgeLocation[] {
  const file = RAW_FILES.regionalEdgeCaches
  const rows = readCsvRows(readRawText(rawDir, file), file, [
    'city', 'place_name_in_source', 'country', 'aws_region', 'lat', 'lon', 'origin_shield_region', 'source', 'confidence', 'note',
  ])
  const regions = new Map(inputs.regions.map((r) => [r.code, r]))
  const items: EdgeLocation[] = []
  for (const { line, record } of rows) {
    const row = { file, line, label: field(record, 'aws_region') || field(record, 'city') }
    const before = problems.count
    const code = readDatasetRegion(record, 'aws_region', row, problems, new Set(regions.keys()))
    const region = code ? regions.get(code) : undefined
    const countryCode = readCountryCode(record, 'country', row, problems)
    if (region && countryCode && region.countryCode !== countryCode) {
      problems.add(`${at(row)}: country ${countryCode}, but its region ${region.code} is in ${region.countryCode}`)
    }
    const place = countryCode ? readPlace(record, row, problems, { countryCode, geonames: inputs.geonames, mayBeBlank: false }) : undefined
    const confidence = readConfidence(record, row, problems)
    const shield = field(record, 'origin_shield_region')
    if (shield !== 'yes' && shield !== 'no') problems.add(`${at(row)}: origin_shield_region "${shield}" is not yes or no`)
    if (!field(record, 'source')) problems.add(`${at(row)}: no source`)
    if (problems.count > before || !region || !place || !confidence) continue
    const named = field(record, 'place_name_in_source')
    const note = [
      named && named !== field(record, 'city') ? `AWS names it "${named}"` : '',
      shield === 'yes' ? 'an Origin Shield Region' : 'not an Origin Shield Region',
      field(record, 'note'),
    ]
    items.push({
      id: `rec-${region.code}`,
      code: null,
      city: field(record, 'city'),
      country: region.country,
      countryCode: region.countryCode,
      lat: place.lat,
      lon: place.lon,
      kind: 'regional-edge-cache',
      pricingRegion: null,
      region: region.code,
      confidence,
      sources: [SOURCE_ID.regionalEdgeCaches, SOURCE_ID.geonamesCities],
      refs: references.cite(field(record, 'source')),
      note: note.filter(Boolean).join('; '),
    })
  }
  return items
}

interface Additions {
  corrections: EdgeLocation[]
  popCities: EdgeLocation[]
  unplaced: UnplacedCity[]
}

/**
 * The additions file: corrections of upstream rows (Barcelona) become edge
 * locations; cities of AWS's "Points of Presence" list become `pop-city`
 * items when their name placed them unambiguously (medium confidence), and
 * are listed as unplaced otherwise: a guessed city is not drawn.
 */
function additions(rawDir: string, inputs: EdgeInputs, references: References, problems: Problems): Additions {
  const file = RAW_FILES.edgeAdditions
  const rows = readCsvRows(readRawText(rawDir, file), file, [
    'city', 'city_normalized', 'country', 'country_code', 'lat', 'lon', 'kind', 'source', 'confidence', 'note',
  ])
  const out: Additions = { corrections: [], popCities: [], unplaced: [] }
  for (const { line, record } of rows) {
    const row = { file, line, label: field(record, 'city') }
    const before = problems.count
    const countryCode = readCountryCode(record, 'country_code', row, problems)
    const confidence = readConfidence(record, row, problems)
    const kind = field(record, 'kind')
    const cited = field(record, 'source')
    if (!cited) problems.add(`${at(row)}: no source`)
    const correction = CORRECTION_KIND.exec(kind)
    if (!correction && kind !== POP_CITY_KIND) problems.add(`${at(row)}: kind "${kind}" is neither "${POP_CITY_KIND}" nor a correction of an upstream row`)
    if (correction && !EXCLUDED.some((e) => e.id === correction[1])) {
      problems.add(`${at(row)}: corrects upstream row ${correction[1]}, which the build does not exclude`)
    }
    if (problems.count > before || !countryCode || !confidence) continue
    const city = field(record, 'city_normalized') || field(record, 'city')
    const placeable = correction !== null || confidence !== 'low'
    if (!placeable) {
      out.unplaced.push({ city, countryCode, reason: `not placed: ${field(record, 'note') || 'low confidence'}`, refs: references.cite(cited) })
      continue
    }
    const place = readPlace(record, row, problems, { countryCode, geonames: inputs.geonames, mayBeBlank: false })
    if (!place) continue
    const item: EdgeLocation = {
      id: correction ? `${slug(city)}-${countryCode.toLowerCase()}` : `pop-${slug(city)}-${countryCode.toLowerCase()}`,
      code: null,
      city,
      country: field(record, 'country'),
      countryCode,
      lat: place.lat,
      lon: place.lon,
      kind: correction ? 'edge' : 'pop-city',
      pricingRegion: null,
      region: null,
      confidence,
      sources: correction
        ? [SOURCE_ID.edgeLocations, SOURCE_ID.geonamesCities]
        : [SOURCE_ID.popCities, SOURCE_ID.geonamesCities],
      refs: references.cite(cited),
      note: correction
        ? `the 2025-05 list places it in Venezuela (airport ${correction[1]}); placed at the GeoNames centre of ${city}; its CloudFront location code is not confirmed`
        : field(record, 'note') || null,
    }
    ;(correction ? out.corrections : out.popCities).push(item)
  }
  return out
}

/**
 * The edge network: the 2025-05 edge-location cities (corrected), AWS's
 * regional edge caches, the further PoP cities AWS lists, and AWS's headline
 * figures. Throws BuildError with every problem, naming file and line.
 */
export function buildEdgeLocations(rawDir: string, inputs: EdgeInputs): EdgeLocations {
  const problems = new Problems()
  const references = new References()
  const edges = snapshotEdges(rawDir, problems)
  const caches = regionalEdgeCaches(rawDir, inputs, references, problems)
  const added = additions(rawDir, inputs, references, problems)
  const figures = buildCloudFrontFigures(rawDir, references, problems)
  const items = [...edges, ...added.corrections, ...caches, ...added.popCities]
  const ids = new Set<string>()
  for (const item of items) {
    if (ids.has(item.id)) problems.add(`edge locations: two items have the id "${item.id}"`)
    ids.add(item.id)
  }
  problems.throwIfAny()

  const stated = figures.find((f) => f.headline && f.figure === 'regional-edge-caches')
  const confirmed = caches.filter((c) => c.confidence === 'high').length
  const inferred = caches.filter((c) => c.confidence !== 'high').map((c) => `${c.city} for ${c.region}`)
  const edgeCount = edges.length + added.corrections.length
  const note = [
    `Edge locations: ${edgeCount} CloudFront edge-location cities from a list of May 2025; each point is a city at the airport of its location code, not a point of presence (AWS counts 600+).`,
    ...added.corrections.map((c) => `${c.city}, which that list placed in Venezuela, is at its GeoNames centre.`),
    `Regional edge caches: ${caches.length} of the ${stated ? stated.value : 'unknown number'} AWS states, each in an AWS Region; ${confirmed} confirmed as Origin Shield Regions by AWS's documentation${inferred.length ? `, ${inferred.join(', ')} inferred from one weaker source` : ''}.`,
    `PoP cities: ${added.popCities.length} more North American cities from the "Points of Presence" list of AWS's CloudFront page (undated, the only part readable); it leaves out metros with known edge locations such as Atlanta, Los Angeles and New York, so most are probably embedded PoPs inside internet providers' networks, which AWS does not say. ${added.unplaced.length} more names of that list are not placed: ambiguous or not found.`,
  ].join(' ')
  return {
    sources: [
      SOURCE_ID.edgeLocations,
      SOURCE_ID.regionalEdgeCaches,
      SOURCE_ID.popCities,
      SOURCE_ID.cloudfrontFigures,
      SOURCE_ID.geonamesCities,
    ],
    note,
    items,
    unplaced: added.unplaced,
    figures,
    readOn: ZONES_READ_ON,
    references: references.toArray(),
  }
}
