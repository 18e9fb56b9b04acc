import type { ReachReply, ReachRequest } from '../../../../src/renderer/reach/protocol'
import type { WorkerLike } from '../../../../src/renderer/reach/reachClient'
import { createReachWorkerHandler, type PopulationSource } from '../../../../src/renderer/reach/workerHandler'
import { samplePlaces } from '../../fixtures/reach'

/** A small real population for the worker: every 200th city of the bundled list. */
export const testPopulation = (): PopulationSource => ({
  places: samplePlaces(200),
  cityList: { minPopulation: 15_000, asOf: '2024-12-07' },
})

/**
 * The real worker handler behind a Worker's interface, answering a macrotask
 * later as a worker would; it records every request and transfer list and can
 * be told to hold its replies.
 */
export class FakeReachWorker implements WorkerLike {
  readonly requests: ReachRequest[] = []
  readonly transfers: Transferable[][] = []
  terminated = false
  loads = 0
  private readonly listeners = { message: [] as ((e: { data: ReachReply }) => void)[], error: [] as ((e: { message?: string }) => void)[] }
  private readonly handle = createReachWorkerHandler({
    post: (reply, transfer) => {
      this.transfers.push(transfer)
      setTimeout(() => this.listeners.message.forEach((l) => l({ data: reply })), 0)
    },
    now: (() => {
      let t = 0
      return () => (t += 5)
    })(),
    loadPopulation: async () => {
      this.loads += 1
      return testPopulation()
    },
  })
  private queue: Promise<void> = Promise.resolve()

  postMessage(message: ReachRequest): void {
    this.requests.push(message)
    this.queue = this.queue.then(() => this.handle(message))
  }

  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    ;(this.listeners[type] as unknown[]).push(listener)
  }

  terminate(): void {
    this.terminated = true
  }

  /** Fires the worker's error event, as a crash would. */
  crash(message: string): void {
    this.listeners.error.forEach((l) => l({ message }))
  }
}
