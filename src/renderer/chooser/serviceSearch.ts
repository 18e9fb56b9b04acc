import type { Dataset, Service } from '../../shared/dataset/schema'
import { serviceCategories, type CategoryGroup } from '../../shared/services'
import { foldText } from '../wording/regionSearch'

export interface ServiceCatalogue {
  groups: readonly CategoryGroup[]
  /** How many regions list each service id. */
  regionCount: ReadonlyMap<string, number>
  byId: ReadonlyMap<string, Service>
  /** Folded name and id per service id, searched as the user types. */
  searchText: ReadonlyMap<string, string>
}

const catalogues = new WeakMap<Dataset, ServiceCatalogue>()

/** The catalogue grouped by category with the number of regions offering each service, once per dataset. */
export function serviceCatalogue(dataset: Dataset): ServiceCatalogue {
  let catalogue = catalogues.get(dataset)
  if (catalogue) return catalogue
  const regionCount = new Map<string, number>()
  for (const ids of Object.values(dataset.services.byRegion)) {
    for (const id of new Set(ids)) regionCount.set(id, (regionCount.get(id) ?? 0) + 1)
  }
  const services = dataset.services.catalogue
  catalogue = {
    groups: serviceCategories(services),
    regionCount,
    byId: new Map(services.map((s) => [s.id, s])),
    searchText: new Map(services.map((s) => [s.id, foldText(`${s.name} ${s.id.replaceAll('-', ' ')}`)])),
  }
  catalogues.set(dataset, catalogue)
  return catalogue
}

/**
 * The groups with only the services matching `query`: every word of it
 * (accents and case ignored) must appear in the name or the id. Empty groups
 * are left out; an empty query keeps the non-empty groups whole.
 */
export function searchServices(catalogue: ServiceCatalogue, query: string): CategoryGroup[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  const matches = (s: Service) => {
    const text = catalogue.searchText.get(s.id) ?? ''
    return words.every((w) => text.includes(w))
  }
  return catalogue.groups
    .map((g) => ({ category: g.category, services: words.length === 0 ? g.services : g.services.filter(matches) }))
    .filter((g) => g.services.length > 0)
}
