import type { ChooserResult } from '../../shared/chooser'
import { satisfiesResidency, type Residency } from '../../shared/chooser/residency'
import type { Dataset } from '../../shared/dataset/schema'
import { chooserResult, factsFor, TOP_COUNT } from '../chooser/chooserResult'
import type { AppState } from './store'

/** How the current filters and chooser mark the regions on the globe and in the table. */
export interface RegionEmphasis {
  /** Regions outside the residency constraint or lacking a required service (or with an unknown service list while services are required). */
  dimmed: ReadonlySet<string>
  /** The chooser's top three, best first, while the chooser is open; empty otherwise. */
  top: readonly string[]
}

const NO_CODES: readonly string[] = []
const NO_DIMMED: ReadonlySet<string> = new Set()

/**
 * The regions a filter rules out. A region whose service list is unknown is
 * dimmed while any service is required: it cannot be shown to qualify (the
 * service picker says so). Announced regions are not dimmed for being
 * announced: the markers already draw them differently.
 */
export function dimmedRegions(dataset: Dataset, residency: Residency, requiredServices: readonly string[]): Set<string> {
  const services = factsFor(dataset).services
  const dimmed = new Set<string>()
  for (const region of dataset.regions) {
    if (!satisfiesResidency(region, residency)) {
      dimmed.add(region.code)
      continue
    }
    if (requiredServices.length === 0) continue
    const offered = services.get(region.code)
    if (!offered || !requiredServices.every((id) => offered.has(id))) dimmed.add(region.code)
  }
  return dimmed
}

let lastDimmed: {
  dataset: Dataset | null
  residency: Residency
  requiredServices: readonly string[]
  value: ReadonlySet<string>
} | null = null

function dimmedFor(state: AppState): ReadonlySet<string> {
  const { dataset, residency, requiredServices } = state
  if (
    lastDimmed?.dataset === dataset &&
    lastDimmed.residency === residency &&
    lastDimmed.requiredServices === requiredServices
  ) {
    return lastDimmed.value
  }
  const value = dataset ? dimmedRegions(dataset, residency, requiredServices) : NO_DIMMED
  lastDimmed = { dataset, residency, requiredServices, value }
  return value
}

let lastTop: { result: ChooserResult | null; codes: readonly string[] } | null = null

function topFor(state: AppState): readonly string[] {
  if (!state.chooserOpen) return NO_CODES
  const result = chooserResult(state)
  if (lastTop?.result !== result) {
    lastTop = { result, codes: result?.ranked.slice(0, TOP_COUNT).map((r) => r.code) ?? NO_CODES }
  }
  return lastTop.codes
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i])
}

let last: RegionEmphasis = { dimmed: NO_DIMMED, top: NO_CODES }

/**
 * The emphasis for a store state; memoised on the inputs it reads (dataset,
 * residency, required services, user location, weights, chooserOpen), so
 * calling it per frame or per render is cheap. The same object comes back
 * for as long as neither the dimmed set nor the top three change (a weight
 * that reorders only the tail keeps it), so it can be used directly as a
 * store selector and compared by identity.
 */
export function regionEmphasis(state: AppState): RegionEmphasis {
  const dimmed = dimmedFor(state)
  const top = topFor(state)
  if (last.dimmed === dimmed && sameCodes(last.top, top)) return last
  last = { dimmed, top }
  return last
}
