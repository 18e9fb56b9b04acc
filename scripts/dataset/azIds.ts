import { field, readCsvRecords } from './csv'
import { Problems } from './errors'
import type { KnownRegions } from './knownRegions'
import { RAW_FILES, readRawText } from './rawFiles'

/** The AZ ID pattern of the dataset schema (e.g. use1-az1). */
const AZ_ID = /^[a-z0-9]+-az\d+$/

export interface RegionAzs {
  /** AZ IDs of zones that exist, in the file's order. */
  ids: string[]
  /** Rows that name no AZ ID yet, such as an announced zone, as readable notes. */
  announced: string[]
}

/**
 * Reads the AZ-ID table. A row whose first column is not an AZ ID (the
 * Maryland row of us-east-1 says "(coming in 2026)") describes an announced
 * zone: it is not listed as an existing AZ but kept as a note for its region.
 */
export function readAzIds(rawDir: string, known: KnownRegions): Map<string, RegionAzs> {
  const file = RAW_FILES.azIds
  const records = readCsvRecords(readRawText(rawDir, file), file, ['az_id', 'region', 'geography', 'note'])
  const problems = new Problems()
  const byRegion = new Map<string, RegionAzs>()
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const azId = field(record, 'az_id')
    const region = field(record, 'region')
    const where = `${file} data row ${index + 1}`
    if (!known.has(region)) {
      problems.add(`${where}: region "${region}" is not in the AWS SDK partitions list`)
      return
    }
    const entry = byRegion.get(region) ?? { ids: [], announced: [] }
    byRegion.set(region, entry)
    if (AZ_ID.test(azId)) {
      if (seen.has(azId)) problems.add(`${where}: AZ ID ${azId} is listed twice`)
      seen.add(azId)
      entry.ids.push(azId)
      return
    }
    const note = field(record, 'note')
    const geography = field(record, 'geography')
    const place = [geography, azId].filter(Boolean).join(' ')
    entry.announced.push(`AZ-ID table lists ${place || 'a zone'} without an AZ ID${note ? `: ${note}` : ''}`)
  })
  problems.throwIfAny()
  return byRegion
}
