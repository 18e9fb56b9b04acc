import { describeResidency, type Residency } from '../../shared/chooser'
import type { Dataset } from '../../shared/dataset/schema'

/** "1 region", "3 regions". */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`
}

/** A 0..1 factor or score as a whole number out of 100; the bars show the same figure. */
export function outOf100(value: number): number {
  return Math.round(value * 100)
}

/** "1.17": a price index to two decimals (1 = the reference region's prices). */
export function priceIndexText(index: number): string {
  return index.toFixed(2)
}

/** A country code's name as the dataset writes it, e.g. DE → Germany. */
export function countryNameOf(dataset: Pick<Dataset, 'regions'>, countryCode: string): string | undefined {
  return dataset.regions.find((r) => r.countryCode === countryCode)?.country
}

/** "Data must stay in Germany: 2 of 41 regions." */
export function residencyCountText(dataset: Pick<Dataset, 'regions'>, residency: Residency, satisfying: number): string {
  const where = describeResidency(residency, (cc) => countryNameOf(dataset, cc))
  if (residency.kind === 'any') return `No residency constraint: all ${plural(dataset.regions.length, 'region')} qualify.`
  return `${plural(satisfying, 'region')} of ${dataset.regions.length} keep${satisfying === 1 ? 's' : ''} the data ${where}.`
}

/** "37 regions offer all 3 services", "1 region offers it". */
export function offeringText(offering: number, services: number): string {
  const verb = offering === 1 ? 'offers' : 'offer'
  const what = services === 1 ? 'it' : services === 2 ? 'both' : `all ${services}`
  return `${plural(offering, 'region')} ${verb} ${what}`
}

/** The regions without a service list, said plainly: they are dimmed because nothing confirms them. */
export function unknownServicesText(codes: readonly string[]): string {
  return (
    `${plural(codes.length, 'region has', 'regions have')} no service list (${codes.join(', ')}): ` +
    'not confirmed, so dimmed while services are required.'
  )
}

/**
 * How to read the 0–100 scores: relative to the regions left after the
 * filters (min-max), never absolute; the figures beside them are.
 */
export function scoresLine(candidates: number): string {
  if (candidates === 0) return ''
  if (candidates === 1) return 'One region is left after the filters, so its scores compare it with nothing: read its figures.'
  return (
    `Scores rank only the ${candidates} regions left after the filters: the best of them scores 100 on a factor, ` +
    'the worst 0. The figures beside them (ms, price index) are absolute.'
  )
}

/** "2 regions have a reported outage (me-central-1, me-south-1)". */
export function outageCountText(codes: readonly string[]): string {
  if (codes.length === 0) return 'No region has a reported outage in this dataset.'
  return `${plural(codes.length, 'region has', 'regions have')} a reported outage (${codes.join(', ')}).`
}
