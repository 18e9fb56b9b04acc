import type { Dataset } from '../dataset/schema'

export type ServicesInput = Pick<Dataset, 'services'>

/**
 * The service ids `region` offers, or null when the dataset has no service
 * list for it (unknown: neither offering nor lacking anything).
 */
export function servicesOf(dataset: ServicesInput, region: string): Set<string> | null {
  const ids = Object.hasOwn(dataset.services.byRegion, region) ? dataset.services.byRegion[region] : undefined
  return ids ? new Set(ids) : null
}

export interface OfferingAll {
  /** Regions whose list has every requested service, in dataset order. */
  offering: string[]
  /** Regions with no service list: whether they offer the services is unknown. */
  unknown: string[]
}

/**
 * Which of the dataset's regions offer every service in `serviceIds`. A
 * region without a service list is reported as unknown, never as lacking
 * (nor as offering). With no services asked for, every known region offers
 * them all.
 */
export function regionsOfferingAll(dataset: Pick<Dataset, 'services' | 'regions'>, serviceIds: Iterable<string>): OfferingAll {
  const wanted = [...serviceIds]
  const offering: string[] = []
  const unknown: string[] = []
  for (const { code } of dataset.regions) {
    const offered = servicesOf(dataset, code)
    if (!offered) unknown.push(code)
    else if (wanted.every((id) => offered.has(id))) offering.push(code)
  }
  return { offering, unknown }
}

/**
 * The service ids `other` offers and `region` lacks, sorted; null when
 * either region's list is unknown (a difference against an unknown list
 * would be a guess).
 */
export function missingComparedWith(dataset: ServicesInput, region: string, other: string): string[] | null {
  const own = servicesOf(dataset, region)
  const theirs = servicesOf(dataset, other)
  if (!own || !theirs) return null
  return [...theirs].filter((id) => !own.has(id)).sort()
}
