import type { AzSlot } from '../../shared/azs'
import type { DrillPattern, DrillPlacement, DrillService, DrillState } from '../../shared/drill'

/*
 * The edits the AZ view and its controls make to a drill, as pure functions
 * of the state: each returns a new state (the store replaces, never mutates).
 * Placements keep the order (a), (b), (c) whatever order they were placed in.
 */

const ORDER: readonly DrillPattern[] = ['single-instance', 'load-balanced', 'regional-service']

/** A drill with nothing placed and every AZ up: what opening the AZ view shows. */
export function openDrill(region: string): DrillState {
  return { region, placements: [], failedAzIds: [] }
}

function withPlacement(state: DrillState, pattern: DrillPattern, placement: DrillPlacement | null): DrillState {
  const others = state.placements.filter((p) => p.pattern !== pattern)
  const placements = placement ? [...others, placement] : others
  placements.sort((a, b) => ORDER.indexOf(a.pattern) - ORDER.indexOf(b.pattern))
  return { ...state, placements }
}

export function placementOf<P extends DrillPattern>(state: DrillState, pattern: P): Extract<DrillPlacement, { pattern: P }> | null {
  return (state.placements.find((p) => p.pattern === pattern) as Extract<DrillPlacement, { pattern: P }> | undefined) ?? null
}

/** (a) One instance in `az`, or none. */
export function setSingleInstance(state: DrillState, az: string | null): DrillState {
  return withPlacement(state, 'single-instance', az === null ? null : { pattern: 'single-instance', az })
}

/** (b) Instances in `azs` behind a load balancer (two or more, in the region's AZ order), or none. */
export function setLoadBalanced(state: DrillState, azs: readonly string[] | null, order: readonly AzSlot[]): DrillState {
  if (azs === null) return withPlacement(state, 'load-balanced', null)
  const chosen = order.map((a) => a.key).filter((key) => azs.includes(key))
  if (chosen.length < 2) throw new RangeError('a load-balanced deployment needs instances in at least two AZs')
  return withPlacement(state, 'load-balanced', { pattern: 'load-balanced', azs: chosen })
}

/**
 * Adds or takes out one AZ of (b), keeping at least two: taking out one of
 * the last two does nothing and says so (returns null).
 */
export function toggleLoadBalancedAz(state: DrillState, az: string, order: readonly AzSlot[]): DrillState | null {
  const current = placementOf(state, 'load-balanced')?.azs ?? []
  const next = current.includes(az) ? current.filter((key) => key !== az) : [...current, az]
  return next.length < 2 ? null : setLoadBalanced(state, next, order)
}

/** (c) A regional service, or none. */
export function setRegionalService(state: DrillState, service: DrillService | null): DrillState {
  return withPlacement(state, 'regional-service', service === null ? null : { pattern: 'regional-service', service })
}

/** Fails an AZ that is up, restores one that has failed. */
export function toggleFailed(state: DrillState, az: string): DrillState {
  const failed = state.failedAzIds.includes(az) ? state.failedAzIds.filter((key) => key !== az) : [...state.failedAzIds, az]
  return { ...state, failedAzIds: failed }
}

/** Every AZ back up; the placements stay. */
export function restoreAll(state: DrillState): DrillState {
  return { ...state, failedAzIds: [] }
}

/** Where a newly placed pattern goes first: (a) in the first AZ, (b) across the first two. */
export function defaultSingle(azs: readonly AzSlot[]): string | null {
  return azs[0]?.key ?? null
}

export function defaultBalanced(azs: readonly AzSlot[]): string[] | null {
  return azs.length >= 2 ? azs.slice(0, 2).map((a) => a.key) : null
}
