import { useEffect } from 'react'
import type { Dataset } from '../../shared/dataset/schema'
import type { StepPopulationReach } from '../../shared/reach/populationTimeline'
import type { TimelineStep } from '../../shared/timeline'
import { useAppStore, type AppState } from '../state/store'
import type { PopulationReach, ReachClient } from './reachClient'
import { reachClientFor } from './reachService'
import { POPULATION_THRESHOLDS_MS, useReachStore } from './reachStore'

/** The client whose population reach was asked for last: one request per client (a client per dataset). */
let requested: ReachClient | null = null

/**
 * Asks the worker for the population reach of every step of the dataset
 * (once per dataset; the client caches it) and puts it in the reach store.
 * An answer for a dataset no longer shown is dropped.
 */
export function requestPopulationReach(dataset: Dataset): void {
  const client = reachClientFor(dataset)
  if (requested === client) return
  requested = client
  useReachStore.getState().setPopulation(null)
  client
    .population(POPULATION_THRESHOLDS_MS)
    .then(
      (population) => {
        if (requested === client) useReachStore.getState().setPopulation(population)
      },
      (error: unknown) => {
        if (requested !== client) return
        requested = null
        useReachStore.getState().setPopulation(null, error instanceof Error ? error.message : String(error))
      },
    )
}

/**
 * Whether anything shows population reach: the Time view, a time-lapse year
 * (its count line) or the reach layer. Until then the worker is not started
 * for it, so an app that never looks at time does no such work.
 */
export function wantsPopulationReach(state: Pick<AppState, 'panelTab' | 'year' | 'layers'>): boolean {
  return state.panelTab === 'time' || state.year !== null || state.layers.reach
}

/** The population reach of the dataset shown, asked for when first needed; null until the worker has counted it. */
export function usePopulationReach(): PopulationReach | null {
  const dataset = useAppStore((s) => s.dataset)
  const wanted = useAppStore(wantsPopulationReach)
  const population = useReachStore((s) => s.population)
  useEffect(() => {
    if (dataset && wanted) requestPopulationReach(dataset)
  }, [dataset, wanted])
  return population
}

/** A step's row of the population reach, if counted. */
export function populationRowOf(population: PopulationReach | null, step: TimelineStep | null): StepPopulationReach | null {
  if (!population || step === null) return null
  return population.rows.find((row) => row.step === step) ?? null
}

/** The share within the first threshold at a step: what the count line quotes. */
export function countLineReach(
  population: PopulationReach | null,
  step: TimelineStep | null,
): { share: number; withinMs: number } | undefined {
  const share = populationRowOf(population, step)?.shares[0]
  return share ? { share: share.share, withinMs: share.withinMs } : undefined
}
