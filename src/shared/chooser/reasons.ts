import type { Partition } from '../dataset/schema'
import type { RttBasis } from '../latency/rank'
import { describeResidency, type Residency } from './residency'

/** Plain-language reasons shown next to each ranked region. */

export function residencyReason(residency: Residency, countryName: string): string | null {
  if (residency.kind === 'any') return null
  return `${describeResidency(residency, () => countryName)} ✓`
}

export function servicesReason(required: number): string | null {
  if (required === 0) return null
  return required === 1 ? 'offers the required service ✓' : `offers all ${required} services ✓`
}

/** "12 ms from you", and "(estimated)" / "(measured)" when the caller knows which the figure is. */
export function proximityReason(rttMs: number | null, basis: RttBasis | null = null): string {
  if (rttMs === null) return 'latency unknown'
  const ms = `${Math.round(rttMs)} ms from you`
  return basis === null ? ms : `${ms} (${basis})`
}

export const NOT_OPEN_REASON = 'announced, not open yet'

/**
 * "9 % dearer than us-east-1", rounded to whole per cent; a difference that
 * rounds to 0 % reads "same price as".
 */
export function priceReason(code: string, price: number | null, reference: { code: string; price: number } | null): string {
  if (price === null) return 'price unknown'
  if (reference === null) return 'no reference price to compare with'
  if (code === reference.code) return 'the reference price'
  const percent = Math.round((price / reference.price - 1) * 100)
  if (percent === 0) return `same price as ${reference.code}`
  return percent > 0
    ? `${percent} % dearer than ${reference.code}`
    : `${-percent} % cheaper than ${reference.code}`
}

export function missingServicesReason(missing: readonly string[], required: number): string {
  return `lacks ${missing.length} of ${required} required services (${missing.join(', ')})`
}

export const SERVICES_UNKNOWN_REASON = 'service list unknown, so the required services cannot be confirmed'

export function outsideResidencyReason(residency: Residency, countryName?: (countryCode: string) => string | undefined): string {
  return `outside the residency constraint (data must stay ${describeResidency(residency, countryName)})`
}

/**
 * Why a region of a separately operated partition is not an ordinary choice:
 * an ordinary AWS account cannot use it. Null for the commercial partition.
 */
export function partitionReason(partition: Partition): string | null {
  switch (partition) {
    case 'aws':
      return null
    case 'aws-eusc':
      return 'European Sovereign Cloud: a separate partition (aws-eusc) that ordinary AWS accounts cannot use; it needs an account of its own'
    case 'aws-cn':
      return 'China partition (aws-cn): ordinary AWS accounts cannot use it; it needs a separate account with the local operator'
    case 'aws-us-gov':
      return 'GovCloud (US) partition (aws-us-gov): ordinary AWS accounts cannot use it; it needs a separate GovCloud account'
  }
}

/** "⚠ Region reported out of service since 2026-03-01 (…)": the region's dated status line, first among its reasons. */
export function outageReason(line: string | null): string {
  return `⚠ ${line ?? 'an outage is reported'}`
}

export const OUTAGE_EXCLUDED_NOTE = 'regions with reported outages are left out; the option "exclude regions with reported outages" brings them back'

export function excludedOutageReason(line: string | null): string {
  return `${line ?? 'an outage is reported'} (${OUTAGE_EXCLUDED_NOTE})`
}

/** "AWS App Runner: closed to new customers from 2026-04-30", for a required service with a notice. */
export function serviceNoticeReason(serviceName: string, notice: string): string {
  return `${serviceName}: ${notice}`
}

/** How a score is to be read: relative to the regions left, never absolute. */
export function scoresNote(candidates: number): string {
  if (candidates === 0) return 'no region is left to score'
  return candidates === 1
    ? 'one region is left after the filters, so its scores compare it with nothing'
    : `scores rank only the ${candidates} regions left after the filters: the best of them scores 1, the worst 0`
}
