import { create } from 'zustand'
import type { TimelineStep } from '../../shared/timeline'
import type { PopulationReach } from './reachClient'

/** The thresholds population reach is counted at, ms: the count line quotes the first, the chart draws both. */
export const POPULATION_THRESHOLDS_MS = [50, 100] as const

/**
 * What the reach feature shows besides the store's own fields (the layer
 * switch and the year live in the app store): which step's surface the
 * globe draws, which one is being computed, and the population figures once
 * the worker has counted them.
 */
export interface ReachState {
  /** The step whose surface is on the globe; null while none is drawn. */
  drawnStep: TimelineStep | null
  /** The step asked for while its surface is computed; null once it is drawn (or the layer is off). */
  computingStep: TimelineStep | null
  /** Why the surface asked for could not be computed. */
  surfaceError: string | null
  population: PopulationReach | null
  populationError: string | null
  setDrawn(step: TimelineStep | null): void
  setComputing(step: TimelineStep | null): void
  setSurfaceError(message: string | null): void
  setPopulation(population: PopulationReach | null, error?: string | null): void
}

export const useReachStore = create<ReachState>()((set) => ({
  drawnStep: null,
  computingStep: null,
  surfaceError: null,
  population: null,
  populationError: null,
  setDrawn: (drawnStep) => set({ drawnStep, computingStep: null, surfaceError: null }),
  setComputing: (computingStep) => set({ computingStep }),
  setSurfaceError: (surfaceError) => set({ surfaceError, computingStep: null }),
  setPopulation: (population, populationError = null) => set({ population, populationError }),
}))

/**
 * Resolves once no surface is being computed: what an export waits for, so
 * a picture never shows the reach of another year than its count line.
 */
export function reachSettled(): Promise<void> {
  if (useReachStore.getState().computingStep === null) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = useReachStore.subscribe((state) => {
      if (state.computingStep !== null) return
      unsubscribe()
      resolve()
    })
  })
}
