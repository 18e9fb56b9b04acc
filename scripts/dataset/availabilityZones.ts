import type { AvailabilityZones, AwsStatement, InterAzMeasurement } from '../../src/shared/dataset/schema'
import { field, readCsvRows } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import { ZONES_FILES, readZonesText } from './projectFiles'
import { RAW_FILES, readRawText } from './rawFiles'
import { References } from './references'
import { at, readApproximateDate, readDatasetRegion, type RowAt } from './rowChecks'
import { SOURCE_ID } from './sources'

/** The statements the AZ view quotes, by their key in data/zones/aws-az-statements.csv. */
const STATEMENTS = {
  interAzRoundTrip: 'inter-az-round-trip',
  maxSeparation: 'az-max-separation',
  definition: 'az-definition',
  minAzsPerPublicRegion: 'min-azs-public-region',
} as const

const LABELS: Readonly<Record<string, InterAzMeasurement['labels']>> = {
  'account-specific AZ name (not AZ ID)': 'az-name',
  'AZ ID': 'az-id',
}

const MEASUREMENT_COLUMNS = [
  'region', 'az_a', 'az_b', 'rtt_ms', 'percentile', 'min_ms', 'max_ms', 'az_label_type', 'method', 'source', 'date', 'note',
] as const

export interface AzInputs {
  inDataset: ReadonlySet<string>
  /** data/zones in the repository, or a test's copy. */
  zonesDataDir: string
}

function readStatements(dir: string, problems: Problems): AvailabilityZones['statements'] | null {
  const file = `data/zones/${ZONES_FILES.azStatements}`
  const rows = readCsvRows(readZonesText(dir, ZONES_FILES.azStatements), file, [
    'fact', 'text', 'value', 'unit', 'source_url', 'read_on',
  ])
  const byFact = new Map<string, AwsStatement>()
  for (const { line, record } of rows) {
    const row = { file, line, label: field(record, 'fact') }
    const before = problems.count
    const text = field(record, 'text')
    const readOn = readApproximateDate(field(record, 'read_on'))
    if (!readOn) problems.add(`${at(row)}: read_on "${field(record, 'read_on')}" is not a date`)
    if (!field(record, 'source_url')) problems.add(`${at(row)}: no source address`)
    if (!text) problems.add(`${at(row)}: no text`)
    const valueText = field(record, 'value')
    const value = valueText === '' ? null : parseDecimal(valueText)
    if (value === null && valueText !== '') problems.add(`${at(row)}: value "${valueText}" is not a number`)
    if (value !== null && !field(record, 'unit')) problems.add(`${at(row)}: a value without a unit`)
    if (byFact.has(field(record, 'fact'))) problems.add(`${at(row)}: fact "${field(record, 'fact')}" is listed twice`)
    if (problems.count > before || !readOn) continue
    byFact.set(field(record, 'fact'), {
      text,
      value,
      unit: field(record, 'unit') || null,
      source: SOURCE_ID.azStatements,
      url: field(record, 'source_url'),
      readOn,
    })
  }
  const entries = Object.entries(STATEMENTS).map(([key, fact]) => {
    const statement = byFact.get(fact)
    if (!statement) problems.add(`${file}: no row for "${fact}"`)
    return [key, statement] as const
  })
  if (entries.some(([, s]) => !s)) return null
  return Object.fromEntries(entries) as AvailabilityZones['statements']
}

function readMeasurement(
  record: Record<string, string>,
  row: RowAt,
  problems: Problems,
  inputs: AzInputs,
  references: References,
): InterAzMeasurement | null {
  const before = problems.count
  const region = readDatasetRegion(record, 'region', row, problems, inputs.inDataset)
  const labels = LABELS[field(record, 'az_label_type')]
  if (!labels) problems.add(`${at(row)}: AZ label type "${field(record, 'az_label_type')}" is not one of ${Object.keys(LABELS).join(', ')}`)
  const number = (column: string, optional: boolean): number | null => {
    const text = field(record, column)
    if (text === '' && optional) return null
    const value = parseDecimal(text)
    if (value === null || value <= 0) problems.add(`${at(row)}: ${column} "${text}" is not a positive number`)
    return value
  }
  const rttMs = number('rtt_ms', false)
  const minMs = number('min_ms', true)
  const maxMs = number('max_ms', true)
  const statistic = field(record, 'percentile')
  if (statistic !== 'mean' && statistic !== 'min') problems.add(`${at(row)}: percentile "${statistic}" is not mean or min`)
  const date = readApproximateDate(field(record, 'date'))
  if (date === undefined) problems.add(`${at(row)}: date "${field(record, 'date')}" is not a date`)
  if (!field(record, 'source')) problems.add(`${at(row)}: no source`)
  if (!field(record, 'az_a') || !field(record, 'az_b')) problems.add(`${at(row)}: an AZ of the pair is missing`)
  if (problems.count > before || !region || !labels || rttMs === null || (statistic !== 'mean' && statistic !== 'min')) return null
  return {
    region,
    a: field(record, 'az_a'),
    b: field(record, 'az_b'),
    labels,
    rttMs,
    statistic,
    minMs,
    maxMs,
    method: field(record, 'method'),
    date: date ?? null,
    sources: [SOURCE_ID.interAzLatency],
    refs: references.cite(field(record, 'source')),
    note: field(record, 'note') || null,
  }
}

/**
 * AWS's statements about AZs (single-digit-millisecond round trips, up to
 * about 100 km apart) and the public measurements of round trips between the
 * AZs of a region, from the raw file and the project's own additions.
 */
export function buildAvailabilityZones(rawDir: string, inputs: AzInputs): AvailabilityZones {
  const problems = new Problems()
  const references = new References()
  const statements = readStatements(inputs.zonesDataDir, problems)
  const measurements: InterAzMeasurement[] = []
  const files = [
    { file: RAW_FILES.interAzLatency as string, text: readRawText(rawDir, RAW_FILES.interAzLatency) },
    { file: `data/zones/${ZONES_FILES.interAzLatencyExtra}`, text: readZonesText(inputs.zonesDataDir, ZONES_FILES.interAzLatencyExtra) },
  ]
  for (const { file, text } of files) {
    for (const { line, record } of readCsvRows(text, file, MEASUREMENT_COLUMNS)) {
      const row = { file, line, label: [field(record, 'region'), field(record, 'az_a'), field(record, 'az_b')].join(' ') }
      const m = readMeasurement(record, row, problems, inputs, references)
      if (m) measurements.push(m)
    }
  }
  problems.throwIfAny()
  if (!statements) throw new Error('unreachable: statements missing without a problem')
  return {
    sources: [SOURCE_ID.azStatements, SOURCE_ID.interAzLatency],
    statements,
    measurements,
    caveat:
      'Most measurements name AZs as one account saw them (us-east-1a …), not by AZ ID: AWS maps those names to physical AZs differently in every account, so a pair here is not the same pair in yours. Each figure is one account’s short run of pings, some of them years old.',
    references: references.toArray(),
  }
}
