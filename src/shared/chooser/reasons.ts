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
