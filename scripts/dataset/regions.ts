import { CoordinatePrecisionSchema, type Partition, type Region, type RegionStatus } from '../../src/shared/dataset/schema'
import type { RegionAzs } from './azIds'
import { field, readCsvRecords, type CsvRecord } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import { isDatasetPartition, type CdkRegionFacts, type KnownRegions } from './knownRegions'
import { RAW_FILES, readRawText } from './rawFiles'
import { splitNotes } from './notes'
import { applyRegionFacts, type RegionFacts } from './regionFacts'
import { SOURCE_ID } from './sources'

const COLUMNS = [
  'code', 'partition', 'name', 'metro_or_area', 'country_code', 'country', 'lat', 'lon',
  'coord_precision', 'launch_year', 'az_count', 'opt_in', 'status', 'notes',
] as const

const STATUS: Readonly<Record<string, RegionStatus>> = { live: 'available', announced: 'announced' }

/** "yes (expected)" is the curation's word for an opt-in region that has not launched yet. */
const OPT_IN: Readonly<Record<string, { optIn: boolean; expected: boolean }>> = {
  yes: { optIn: true, expected: false },
  'yes (expected)': { optIn: true, expected: true },
  no: { optIn: false, expected: false },
}

export interface RegionInputs {
  known: KnownRegions
  cdk: ReadonlyMap<string, CdkRegionFacts>
  azs: ReadonlyMap<string, RegionAzs>
  /** The checked facts of data/region-facts.csv; none by default. */
  facts?: RegionFacts
  /** How the SDK and CDK packages are named in messages and notes, e.g. "npm:aws-cdk-lib@2.278.0". */
  sdkName: string
  cdkName: string
}

/**
 * Builds the region list from the hand-compiled table, in its row order.
 * Codes and partitions must match the AWS SDK exactly (anything else fails
 * the build); names and opt-in flags that disagree with the SDK or the CDK
 * take the upstream value and say so in the region's notes.
 */
export function buildRegions(rawDir: string, inputs: RegionInputs): Region[] {
  const file = RAW_FILES.curatedRegions
  const records = readCsvRecords(readRawText(rawDir, file), file, COLUMNS)
  const problems = new Problems()
  const regions: Region[] = []
  const seen = new Set<string>()

  records.forEach((record, index) => {
    const where = `${file} data row ${index + 1}`
    const code = field(record, 'code')
    if (seen.has(code)) problems.add(`${where}: region ${code} is listed twice`)
    seen.add(code)
    const sdk = inputs.known.get(code)
    if (!sdk) {
      problems.add(`${where}: region code "${code}" is not in the AWS SDK partitions list (${inputs.sdkName})`)
      return
    }
    const partition = field(record, 'partition')
    if (partition !== sdk.partition || !isDatasetPartition(partition)) {
      problems.add(`${where}: ${code} is in partition "${partition}" here but "${sdk.partition}" in the AWS SDK`)
      return
    }
    const region = regionFromRecord(record, code, partition, where, problems)
    if (!region) return
    // A notes override replaces the table's notes, but not its flag that opt-in is only expected.
    const expected = region.notes.includes(OPT_IN_EXPECTED)
    applyRegionFacts(region, inputs.facts?.get(code))
    if (expected && !region.notes.includes(OPT_IN_EXPECTED)) region.notes.push(OPT_IN_EXPECTED)
    crossCheckName(region, sdk.name)
    crossCheckOptIn(region, inputs.cdk.get(code), inputs.cdkName, where, problems)
    addAzIds(region, inputs.azs.get(code))
    regions.push(region)
  })

  for (const code of inputs.facts?.keys() ?? []) {
    if (!seen.has(code)) problems.add(`data/region-facts.csv: region ${code} is not in the curated table`)
  }
  const missing = inputs.known.inDatasetPartitions().filter((r) => !seen.has(r.code))
  for (const r of missing) {
    problems.add(`${file}: region ${r.code} (${r.name}, ${r.partition}) is in the AWS SDK but not in the curated table`)
  }
  problems.throwIfAny()
  return regions
}

function regionFromRecord(
  record: CsvRecord,
  code: string,
  partition: Partition,
  where: string,
  problems: Problems,
): Region | null {
  const fail = (message: string) => {
    problems.add(`${where} (${code}): ${message}`)
    return null
  }
  const lat = parseDecimal(field(record, 'lat'))
  const lon = parseDecimal(field(record, 'lon'))
  if (lat === null || lat < -90 || lat > 90) return fail(`latitude "${field(record, 'lat')}" is not a number in [-90, 90]`)
  if (lon === null || lon < -180 || lon > 180) return fail(`longitude "${field(record, 'lon')}" is not a number in [-180, 180]`)
  const precision = CoordinatePrecisionSchema.safeParse(field(record, 'coord_precision'))
  if (!precision.success) return fail(`coordinate precision "${field(record, 'coord_precision')}" is not one of ${CoordinatePrecisionSchema.options.join(', ')}`)
  const status = STATUS[field(record, 'status')]
  if (!status) return fail(`status "${field(record, 'status')}" is not live or announced`)
  const optIn = OPT_IN[field(record, 'opt_in')]
  if (!optIn) return fail(`opt_in "${field(record, 'opt_in')}" is not yes, "yes (expected)" or no`)
  const launchYear = optionalInteger(field(record, 'launch_year'))
  if (launchYear === undefined) return fail(`launch year "${field(record, 'launch_year')}" is not a year`)
  const azCount = optionalInteger(field(record, 'az_count'))
  if (azCount === undefined) return fail(`AZ count "${field(record, 'az_count')}" is not a whole number`)

  const notes = splitNotes(field(record, 'notes'))
  if (optIn.expected) notes.push(OPT_IN_EXPECTED)
  return {
    code,
    name: field(record, 'name'),
    partition,
    city: field(record, 'metro_or_area'),
    countryCode: field(record, 'country_code'),
    country: field(record, 'country'),
    lat,
    lon,
    coordinatePrecision: precision.data,
    launchYear,
    status,
    optIn: optIn.optIn,
    azCount,
    azIds: [],
    notes,
    // Filled in by the build from the legal-frame table (data/jurisdictions.json).
    legalFrames: [],
    sources: [SOURCE_ID.curatedRegions, SOURCE_ID.sdkPartitions],
  }
}

/** Empty text is unknown (null); anything but digits is an error (undefined). */
function optionalInteger(text: string): number | null | undefined {
  if (text === '') return null
  return /^\d+$/.test(text) ? Number(text) : undefined
}

function crossCheckName(region: Region, sdkName: string): void {
  if (region.name === sdkName) return
  region.notes.push(`the region table names it "${region.name}"; the AWS SDK name is used`)
  region.name = sdkName
}

const OPT_IN_EXPECTED = 'opt-in expected'

/**
 * The CDK's opt-in flag wins over the region table's. A region the table
 * marked "opt-in expected" (not launched, flag guessed) that the CDK now
 * lists gets the CDK's flag as a stated fact, with the package as its source.
 */
function crossCheckOptIn(region: Region, cdk: CdkRegionFacts | undefined, cdkName: string, where: string, problems: Problems): void {
  if (!cdk) {
    region.notes.push(`not in the CDK region list (${cdkName.replace(/^npm:/, '')})`)
    return
  }
  if (cdk.partition !== region.partition) {
    problems.add(`${where} (${region.code}): partition "${region.partition}" but "${cdk.partition}" in the CDK facts`)
  }
  region.sources.push(SOURCE_ID.cdkFacts)
  if (region.notes.includes(OPT_IN_EXPECTED)) {
    region.notes = region.notes.filter((n) => n !== OPT_IN_EXPECTED)
    region.factSources = {
      ...region.factSources,
      optIn: {
        sources: [SOURCE_ID.cdkFacts],
        confidence: 'confirmed',
        note: `opt-in ${cdk.optIn ? 'yes' : 'no'}, stated by the CDK region facts (${cdkName.replace(/^npm:/, '')}); the region table had it as expected`,
      },
    }
    region.optIn = cdk.optIn
    return
  }
  if (cdk.optIn === region.optIn) return
  region.notes.push(
    `the region table says opt-in ${region.optIn ? 'yes' : 'no'}; the CDK says ${cdk.optIn ? 'yes' : 'no'}, which is used`,
  )
  region.optIn = cdk.optIn
}

function addAzIds(region: Region, azs: RegionAzs | undefined): void {
  if (!azs) return
  region.azIds = [...azs.ids]
  region.notes.push(...azs.announced)
  region.sources.push(SOURCE_ID.azIds)
  if (region.azCount !== null && azs.ids.length > 0 && azs.ids.length !== region.azCount) {
    region.notes.push(`the AZ-ID table lists ${azs.ids.length} AZ IDs for an AZ count of ${region.azCount}`)
  }
}
