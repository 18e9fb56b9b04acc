import type { Dataset } from '../../shared/dataset/schema'
import { latencyModel } from '../state/latencyModel'
import { asOfYearOf } from '../state/selectors'
import { createBundledReachWorker } from './bundledWorker'
import type { ReachInit } from './protocol'
import { createReachClient, reachRegions, type ReachClient, type WorkerLike } from './reachClient'

/**
 * The page's one reach client, for the dataset shown: every surface and
 * population figure of a dataset comes from the same worker and cache, so
 * the globe, the panel, the scenes and the export share each computation.
 * A new dataset stops the old worker.
 */
let createWorker: () => WorkerLike = createBundledReachWorker
let current: { dataset: Dataset; client: ReachClient } | null = null

/** What the reach worker is started with for a dataset: its regions, its measured matrix, the model's parameters. */
export function reachInitFor(dataset: Dataset): ReachInit {
  return {
    regions: reachRegions(dataset.regions),
    latency: { regions: dataset.latency.regions, rttMs: dataset.latency.rttMs },
    params: latencyModel.params,
    asOfYear: asOfYearOf(dataset),
  }
}

/** The reach client of this dataset (created, with its worker started lazily, on the first call). */
export function reachClientFor(dataset: Dataset): ReachClient {
  if (current?.dataset === dataset) return current.client
  current?.client.dispose()
  const client = createReachClient({ createWorker, init: reachInitFor(dataset) })
  current = { dataset, client }
  return client
}

/** The client in use, if one was started: for the benchmark's figures, never to start one. */
export function currentReachClient(): ReachClient | null {
  return current?.client ?? null
}

/**
 * Where the next client's worker comes from (tests give a fake; null goes
 * back to the bundled worker). Stops the current client.
 */
export function setReachWorkerFactory(factory: (() => WorkerLike) | null): void {
  current?.client.dispose()
  current = null
  createWorker = factory ?? createBundledReachWorker
}
