import type { ChooserResult } from '../../../shared/chooser'
import { satisfiesResidency, type Residency } from '../../../shared/chooser/residency'
import type { Dataset } from '../../../shared/dataset/schema'
import type { AppState } from '../store'
import { factsFor, selectChooserResult, TOP_COUNT } from './chooserResult'
import { memoLast } from './memoLast'

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
  // The chooser's facts (every region's service set) are built only when a service is required: not at start-up.
  const services = requiredServices.length > 0 ? factsFor(dataset).services : null
  const dimmed = new Set<string>()
  for (const region of dataset.regions) {
    if (!satisfiesResidency(region, residency)) {
      dimmed.add(region.code)
      continue
    }
    if (!services) continue
    const offered = services.get(region.code)
    if (!offered || !requiredServices.every((id) => offered.has(id))) dimmed.add(region.code)
  }
  return dimmed
}

const dimmedOf = memoLast(
  (dataset: Dataset | null, residency: Residency, requiredServices: readonly string[]): ReadonlySet<string> =>
    dataset ? dimmedRegions(dataset, residency, requiredServices) : NO_DIMMED,
)

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i])
}

/** The top three codes; the same array while they stay the same codes (a weight that reorders only the tail keeps it). */
const topOf = memoLast(
  (open: boolean, result: ChooserResult | null): readonly string[] =>
    open ? (result?.ranked.slice(0, TOP_COUNT).map((r) => r.code) ?? NO_CODES) : NO_CODES,
  sameCodes,
)

const emphasisOf = memoLast((dimmed: ReadonlySet<string>, top: readonly string[]): RegionEmphasis => ({ dimmed, top }))

/**
 * The emphasis for a store state, memoised on what it reads (dataset,
 * residency, required services, user location, weights, chooserOpen): the
 * same object comes back for as long as neither the dimmed set nor the top
 * three change, so it can be used directly as a store selector and compared
 * by identity. The chooser's result is computed only while the chooser is open.
 */
export function selectRegionEmphasis(state: AppState): RegionEmphasis {
  const dimmed = dimmedOf(state.dataset, state.residency, state.requiredServices)
  const top = topOf(state.chooserOpen, state.chooserOpen ? selectChooserResult(state) : null)
  return emphasisOf(dimmed, top)
}
