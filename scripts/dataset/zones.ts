import {
  ZoneStatusSchema,
  type LocalZone,
  type LocalZones,
  type WavelengthZone,
  type WavelengthZones,
  type ZoneStatus,
} from '../../src/shared/dataset/schema'
import { zoneKey } from '../../src/shared/zones/key'
import { field, readCsvRows, type CsvRecord } from './csv'
import { Problems } from './errors'
import type { GeoNamesIndex } from './geonames'
import { RAW_FILES, readRawText } from './rawFiles'
import { References } from './references'
import {
  at,
  readApproximateDate,
  readConfidence,
  readCountryCode,
  readDatasetRegion,
  readPlace,
  type RowAt,
} from './rowChecks'
import { SOURCE_ID } from './sources'

const ZONE_NAME = /^[a-z]{2,4}(-[a-z]+)+-\d+-[a-z0-9]+(-[a-z0-9]+)*$/
const ZONE_ID = /^[a-z0-9]+(-[a-z0-9]+)+$/
const AZ_ID = /^[a-z0-9]+-az\d+$/

const COMMON_COLUMNS = [
  'zone_name', 'zone_id', 'parent_region', 'city', 'country', 'lat', 'lon', 'status',
  'first_seen_ip_ranges', 'source', 'as_of', 'confidence', 'note',
] as const

export interface ZoneInputs {
  /** Codes of the dataset's regions: a zone's parent must be one of them. */
  inDataset: ReadonlySet<string>
  geonames: GeoNamesIndex
}

/** A row's name in a problem: its zone name, else its group, city, or parent and country. */
function rowLabel(record: CsvRecord, group: string): string {
  return (
    field(record, 'zone_name') ||
    group ||
    [field(record, 'parent_region'), field(record, 'city') || field(record, 'country')].filter(Boolean).join(' ')
  )
}

type CommonFields = Omit<LocalZone, 'group' | 'parentZoneId'>

/** The columns Local Zones and Wavelength Zones share; null after a problem with the row. */
function readCommon(
  record: CsvRecord,
  row: RowAt,
  problems: Problems,
  inputs: ZoneInputs,
  references: References,
  sourceId: string,
): CommonFields | null {
  const before = problems.count
  const optionalPattern = (column: string, pattern: RegExp, what: string): string | null => {
    const value = field(record, column)
    if (value === '') return null
    if (!pattern.test(value)) problems.add(`${at(row)}: ${column.replace(/_/g, ' ')} "${value}" is not ${what}`)
    return value
  }
  const name = optionalPattern('zone_name', ZONE_NAME, 'a zone name such as us-west-2-lax-1a')
  const id = optionalPattern('zone_id', ZONE_ID, 'a zone ID such as usw2-lax1-az1')
  const parentRegion = readDatasetRegion(record, 'parent_region', row, problems, inputs.inDataset)
  const countryCode = readCountryCode(record, 'country', row, problems)
  const city = field(record, 'city') || null
  const status = ZoneStatusSchema.safeParse(field(record, 'status'))
  if (!status.success) problems.add(`${at(row)}: status "${field(record, 'status')}" is not one of ${ZoneStatusSchema.options.join(', ')}`)
  const place = countryCode
    ? readPlace(record, row, problems, { countryCode, geonames: inputs.geonames, mayBeBlank: city === null })
    : undefined
  if (city !== null && place === null) problems.add(`${at(row)}: a city without coordinates`)
  if (city === null && status.success && status.data !== 'announced') {
    problems.add(`${at(row)}: no city, which only an announced zone may lack`)
  }
  const firstSeen = readApproximateDate(field(record, 'first_seen_ip_ranges'))
  if (firstSeen === undefined) problems.add(`${at(row)}: first seen "${field(record, 'first_seen_ip_ranges')}" is not a date`)
  const asOf = readApproximateDate(field(record, 'as_of'))
  if (asOf === undefined) problems.add(`${at(row)}: as of "${field(record, 'as_of')}" is not a date or "undated"`)
  const confidence = readConfidence(record, row, problems)
  const cited = field(record, 'source')
  if (cited === '') problems.add(`${at(row)}: no source`)
  if (name && parentRegion && !name.startsWith(`${parentRegion}-`)) {
    problems.add(`${at(row)}: zone name "${name}" does not start with its parent region "${parentRegion}"`)
  }
  if (problems.count > before || !parentRegion || !countryCode || !status.success || !confidence || place === undefined) return null
  const undatedNote = /^undated \((.*)\)$/.exec(field(record, 'as_of'))?.[1]
  const note = [field(record, 'note'), undatedNote ? `sources undated (${undatedNote})` : ''].filter(Boolean).join('; ')
  return {
    name,
    id,
    parentRegion,
    city,
    countryCode,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    status: status.data,
    firstSeen: firstSeen ?? null,
    asOf: asOf ?? null,
    confidence,
    sources: place ? [sourceId, SOURCE_ID.geonamesCities] : [sourceId],
    refs: references.cite(cited),
    note: note || null,
  }
}

/** Refuses a second zone with the same key (name, else group, else parent and place). */
function checkUnique(zone: Parameters<typeof zoneKey>[0], row: RowAt, seen: Map<string, number>, problems: Problems): void {
  const key = zoneKey(zone)
  const first = seen.get(key)
  if (first !== undefined) problems.add(`${at(row)}: zone "${key}" is listed twice (first on line ${first})`)
  else seen.set(key, row.line)
}

function statusCounts(zones: readonly { status: ZoneStatus }[]): string {
  return ZoneStatusSchema.options.map((s) => `${zones.filter((z) => z.status === s).length} ${s}`).join(', ')
}

export function buildLocalZones(rawDir: string, inputs: ZoneInputs): LocalZones {
  const file = RAW_FILES.localZones
  const rows = readCsvRows(readRawText(rawDir, file), file, [...COMMON_COLUMNS, 'network_border_group', 'parent_zone_id'])
  const problems = new Problems()
  const references = new References()
  const seen = new Map<string, number>()
  const zones: LocalZone[] = []
  for (const { line, record } of rows) {
    const row = { file, line, label: rowLabel(record, field(record, 'network_border_group')) }
    const group = field(record, 'network_border_group') || null
    if (group !== null && !ZONE_NAME.test(group)) problems.add(`${at(row)}: network border group "${group}" is not a group name`)
    const parentZoneId = field(record, 'parent_zone_id') || null
    if (parentZoneId !== null && !AZ_ID.test(parentZoneId)) problems.add(`${at(row)}: parent zone ID "${parentZoneId}" is not an AZ ID`)
    const common = readCommon(record, row, problems, inputs, references, SOURCE_ID.localZones)
    if (!common) continue
    if (group && !group.startsWith(`${common.parentRegion}-`)) {
      problems.add(`${at(row)}: network border group "${group}" does not start with its parent region "${common.parentRegion}"`)
      continue
    }
    const zone: LocalZone = { ...common, group, parentZoneId }
    checkUnique(zone, row, seen, problems)
    zones.push(zone)
  }
  problems.throwIfAny()
  const withId = zones.filter((z) => z.id !== null).length
  const withParentZone = zones.filter((z) => z.parentZoneId !== null).length
  return {
    sources: [SOURCE_ID.localZones, SOURCE_ID.geonamesCities],
    note: [
      `${zones.length} Local Zones (${statusCounts(zones)}): each extends its parent region into a metro area, for single-digit-millisecond latency to users there.`,
      'Each is placed at its city’s centre (GeoNames), not at a facility.',
      '"available" zones are in AWS’s address list (ip-ranges.json of 2026-08-22), its 2026 documentation or a launch announcement; "unconfirmed" ones exist only as names or address groups; "announced" ones are known by country only.',
      `Zone IDs are known for ${withId} zones and parent zone IDs for ${withParentZone}; AWS’s full table could not be read, so the rest are unknown, not derived from the naming pattern.`,
    ].join(' '),
    zones,
    references: references.toArray(),
  }
}

/** "Vodafone (inferred)": the carrier is a guess of the compiler, kept with that said. */
function readCarrier(text: string): { carrier: string | null; inferred: boolean } {
  const inferred = /\s*\(inferred\)$/.exec(text)
  if (inferred) return { carrier: text.slice(0, inferred.index) || null, inferred: true }
  return { carrier: text || null, inferred: false }
}

export function buildWavelengthZones(rawDir: string, inputs: ZoneInputs): WavelengthZones {
  const file = RAW_FILES.wavelengthZones
  const rows = readCsvRows(readRawText(rawDir, file), file, [...COMMON_COLUMNS, 'carrier'])
  const problems = new Problems()
  const references = new References()
  const seen = new Map<string, number>()
  const zones: WavelengthZone[] = []
  for (const { line, record } of rows) {
    const row = { file, line, label: rowLabel(record, '') }
    const common = readCommon(record, row, problems, inputs, references, SOURCE_ID.wavelengthZones)
    if (!common) continue
    const { carrier, inferred } = readCarrier(field(record, 'carrier'))
    const note = [common.note, inferred ? 'carrier inferred, not stated by a source' : ''].filter(Boolean).join('; ')
    const zone: WavelengthZone = { ...common, carrier, note: note || null }
    checkUnique(zone, row, seen, problems)
    zones.push(zone)
  }
  problems.throwIfAny()
  const carriers = [...new Set(zones.map((z) => z.carrier).filter((c): c is string => c !== null))]
  return {
    sources: [SOURCE_ID.wavelengthZones, SOURCE_ID.geonamesCities],
    note: [
      `${zones.length} Wavelength Zones (${statusCounts(zones)}): AWS compute and storage inside a telecom carrier’s 5G network (${carriers.join(', ')}), so that traffic from mobile devices need not leave it.`,
      'Each is placed at its city’s centre (GeoNames), not at a facility.',
      '"unconfirmed" zones are named by older AWS price lists or address groups but no longer by AWS’s Wavelength documentation, or have no name or carrier in any source found.',
    ].join(' '),
    zones,
    references: references.toArray(),
  }
}
