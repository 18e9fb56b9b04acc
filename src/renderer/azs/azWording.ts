import type { AvailabilityZones, AwsStatement, Dataset, InterAzMeasurement } from '../../shared/dataset/schema'
import { SERVICE_NAMES, type DrillPlacement, type PatternOutcome } from '../../shared/drill'

/** The course's letters for the three deployment patterns. */
export const PATTERN_LETTER: Readonly<Record<DrillPlacement['pattern'], string>> = {
  'single-instance': 'a',
  'load-balanced': 'b',
  'regional-service': 'c',
}

/** "One EC2 instance", "Instances in several AZs behind a load balancer", "Amazon S3 (a regional service)". */
export function patternName(placement: DrillPlacement): string {
  switch (placement.pattern) {
    case 'single-instance':
      return 'One EC2 instance'
    case 'load-balanced':
      return 'Instances behind a load balancer'
    case 'regional-service':
      return `${SERVICE_NAMES[placement.service]}, regional`
  }
}

/** The verdict as a word: a projector's colours may wash out, the word does not. */
export function verdictWord(outcome: Pick<PatternOutcome, 'serving'>): string {
  return outcome.serving ? 'SERVING' : 'DOWN'
}

/** "a · One EC2 instance: DOWN — the only instance was in use1-az4: down". */
export function outcomeLine(outcome: PatternOutcome): string {
  return `${PATTERN_LETTER[outcome.placement.pattern]} · ${patternName(outcome.placement)}: ${verdictWord(outcome)} — ${outcome.reason}`
}

/**
 * What AWS says an AZ is, in one paragraph of its own statements: one or
 * more data centres with redundant power, networking and connectivity;
 * physically separate, up to about 100 km apart; single-digit milliseconds
 * between them.
 */
export function azStatementsText(statements: AvailabilityZones['statements']): string {
  return (
    `An AZ is ${statements.definition.text}. ` +
    `The AZs of a region are physically separate, ${statements.maxSeparation.text}, ` +
    `and round trips between them take ${statements.interAzRoundTrip.text}.`
  )
}

/** "AWS whitepaper "AWS Fault Isolation Boundaries"… (https://…), read 2026-12-04". */
export function statementSource(dataset: Pick<Dataset, 'sources'>, statement: AwsStatement): string {
  const source = dataset.sources.find((s) => s.id === statement.source)
  return `${source?.title ?? statement.source} (${statement.url}), page undated, read ${statement.readOn}`
}

/** Where a measurement was read: the reference its row names (the address, without the note that follows it). */
export function measurementReference(azs: Pick<AvailabilityZones, 'references'>, measurement: InterAzMeasurement): string {
  const ref = measurement.refs[0]
  const text = ref === undefined ? undefined : azs.references[ref]
  return text ? (text.split(' ')[0] ?? text) : 'unknown source'
}

export interface MeasuredSummary {
  /** "0.66–1.26 ms between 18 pairs of AZs" */
  range: string
  /** "2019-06-16, 2009-05-24" (newest first; "undated" for a page without a date) */
  dates: string
  /** The references the rows come from, each once. */
  sources: string[]
  /** Some pairs are AZ names one account saw (us-east-1a), not AZ IDs. */
  accountNames: boolean
}

/** The measured round trips between one region's AZs, summed up in a line; null when none was found. */
export function measuredSummary(azs: Pick<AvailabilityZones, 'measurements' | 'references'>, region: string): MeasuredSummary | null {
  const rows = azs.measurements.filter((m) => m.region === region)
  if (rows.length === 0) return null
  const values = rows.map((m) => m.rttMs)
  const low = Math.min(...values)
  const high = Math.max(...values)
  const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1))
  const dates = [...new Set(rows.map((m) => m.date ?? 'undated'))].sort().reverse()
  return {
    range: `${rows.length === 1 ? ms(low) : `${ms(low)}–${ms(high)}`} ms between ${rows.length === 1 ? 'one pair' : `${rows.length} pairs`} of AZs`,
    dates: dates.join(', '),
    sources: [...new Set(rows.map((m) => measurementReference(azs, m)))],
    accountNames: rows.some((m) => m.labels === 'az-name'),
  }
}

/** The pair as measured: "us-east-1a ↔ us-east-1b (AZ names)" or "sae1-az2 ↔ sae1-az3 (AZ IDs)". */
export function pairText(measurement: InterAzMeasurement): string {
  return `${measurement.a} ↔ ${measurement.b} (${measurement.labels === 'az-id' ? 'AZ IDs' : 'AZ names'})`
}
