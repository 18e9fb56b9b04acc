import { z } from 'zod'
import type { Latency } from '../../src/shared/dataset/schema'
import { roundTo } from './decimal'
import { Problems } from './errors'
import type { KnownRegions } from './knownRegions'
import { RAW_FILES, readRawJson } from './rawFiles'
import { SOURCE_ID } from './sources'

const CloudpingSchema = z.object({
  metadata: z.object({ percentile: z.string(), timeframe: z.string(), unit: z.string() }),
  data: z.record(z.string(), z.record(z.string(), z.number())),
})

const EXPECTED_METADATA = { percentile: 'p_50', timeframe: '1Y', unit: 'milliseconds' } as const

/**
 * The snapshot was committed on 2025-05-29 and asked cloudping for its 1-year
 * window, so the window is taken as the year ending on that day. Cloudping
 * does not record the exact window; the method text says it is approximate.
 */
const WINDOW = { from: '2024-05-29', to: '2025-05-29' } as const

const METHOD =
  'Median (P50) TCP connect time from AWS Lambda in each source region to the regional endpoints of each ' +
  'destination region, measured by cloudping.co over about one year (window approximate: the year before the ' +
  'snapshot of 2025-05-29). Directional: row to column. Not ICMP ping.'

/** Kept to 0.1 ms: finer digits in the snapshot are averaging noise, not measurement precision. */
const DECIMALS = 1

export interface LatencyInputs {
  known: KnownRegions
  inDataset: ReadonlySet<string>
  warn: (message: string) => void
}

/**
 * The cloudping matrix restricted to the dataset's regions, rows and columns
 * in sorted code order. A pair the snapshot lacks is null (not measured).
 */
export function buildLatency(rawDir: string, inputs: LatencyInputs): Latency {
  const file = RAW_FILES.cloudping
  const raw = readRawJson(rawDir, file, CloudpingSchema)
  const problems = new Problems()
  for (const [key, expected] of Object.entries(EXPECTED_METADATA)) {
    const actual = raw.metadata[key as keyof typeof EXPECTED_METADATA]
    if (actual !== expected) problems.add(`${file}: metadata.${key} is "${actual}", expected "${expected}"`)
  }

  const codes = new Set<string>()
  for (const [from, row] of Object.entries(raw.data)) {
    codes.add(from)
    for (const [to, ms] of Object.entries(row)) {
      codes.add(to)
      if (!Number.isFinite(ms) || ms < 0) problems.add(`${file}: data.${from}.${to} is ${ms}, not a round-trip time`)
    }
  }
  const regions: string[] = []
  for (const code of [...codes].sort()) {
    if (!inputs.known.has(code)) problems.add(`${file}: region "${code}" is not in the AWS SDK partitions list`)
    else if (!inputs.inDataset.has(code)) inputs.warn(`${file}: region ${code} is not in the dataset; its measurements are skipped`)
    else regions.push(code)
  }
  problems.throwIfAny()

  const rttMs = regions.map((from) =>
    regions.map((to) => {
      const ms = raw.data[from]?.[to]
      return ms === undefined ? null : roundTo(ms, DECIMALS)
    }),
  )
  return {
    sources: [SOURCE_ID.cloudping],
    percentile: 'p50',
    window: { ...WINDOW },
    method: METHOD,
    regions,
    rttMs,
  }
}
