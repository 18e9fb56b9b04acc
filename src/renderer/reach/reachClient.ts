import type { Region } from '../../shared/dataset/schema'
import type { StepPopulationReach } from '../../shared/reach/populationTimeline'
import type { ReachSurface } from '../../shared/reach/surface'
import type { TimelineStep } from '../../shared/timeline/steps'
import type { ReachInit, ReachRegion, ReachReply, ReachRequest } from './protocol'

/** The parts of a Worker the client uses, so tests can give it a fake. */
export interface WorkerLike {
  postMessage(message: ReachRequest): void
  addEventListener(type: 'message', listener: (event: { data: ReachReply }) => void): void
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void
  terminate(): void
}

export interface PopulationReach {
  rows: StepPopulationReach[]
  /** What the population is (city dwellers…): show it with every figure. */
  basis: string
}

export interface ReachClient {
  /** The surface of a step: computed by the worker on first request, then the same object every time. */
  surface(step: TimelineStep): Promise<ReachSurface>
  /** A surface already computed, without waiting: what a year change draws at once. */
  cachedSurface(step: TimelineStep): ReachSurface | undefined
  /**
   * Computes these steps' surfaces in the background, in order, after
   * anything asked for with surface() or population(), which always go first.
   */
  prefetch(steps: readonly TimelineStep[]): void
  /** Population shares of every step at these thresholds (ms); cached per list of thresholds. */
  population(withinMs: readonly number[]): Promise<PopulationReach>
  /** The worker's compute time for a step's surface, ms, once computed (for the benchmark). */
  computeMs(step: TimelineStep): number | undefined
  /** Stops the worker; pending requests are rejected. */
  dispose(): void
}

export interface ReachClientOptions {
  createWorker: () => WorkerLike
  init: ReachInit
}

type Job =
  | { kind: 'surface'; id: number; step: TimelineStep; resolve(s: ReachSurface): void; reject(e: Error): void }
  | { kind: 'population'; id: number; withinMs: number[]; resolve(p: PopulationReach): void; reject(e: Error): void }

/** What the worker needs of the dataset's regions, and nothing else. */
export function reachRegions(regions: readonly Region[]): ReachRegion[] {
  return regions.map(({ code, lat, lon, launchYear, status }) => ({ code, lat, lon, launchYear, status }))
}

const stepKey = (step: TimelineStep) => String(step)

/**
 * The page's side of the reach worker. It keeps one request in flight at a
 * time and queues the rest itself, so what the user asks for now overtakes
 * any background prefetch; each reply is a few map operations on the main
 * thread (a surface's arrays arrive transferred, not copied), so the page
 * never waits on the computation. The worker starts on the first request.
 */
export function createReachClient(options: ReachClientOptions): ReachClient {
  let worker: WorkerLike | null = null
  let broken: Error | null = null
  let nextId = 1
  let inFlight: Job | null = null
  const urgent: Job[] = []
  const background: Job[] = []
  const surfaces = new Map<string, ReachSurface>()
  const surfacePromises = new Map<string, Promise<ReachSurface>>()
  const populationPromises = new Map<string, Promise<PopulationReach>>()
  const timings = new Map<string, number>()

  const failAll = (error: Error) => {
    broken = error
    const jobs = [...(inFlight ? [inFlight] : []), ...urgent.splice(0), ...background.splice(0)]
    inFlight = null
    for (const job of jobs) job.reject(error)
  }

  const onReply = (reply: ReachReply) => {
    if (reply.type === 'error' && reply.id === null) {
      failAll(new Error(`reach worker: ${reply.message}`))
      return
    }
    const job = inFlight
    if (!job || job.id !== reply.id) return
    inFlight = null
    if (reply.type === 'error') job.reject(new Error(`reach worker: ${reply.message}`))
    else if (reply.type === 'surface' && job.kind === 'surface') {
      surfaces.set(stepKey(job.step), reply.surface)
      timings.set(stepKey(job.step), reply.computeMs)
      job.resolve(reply.surface)
    } else if (reply.type === 'population' && job.kind === 'population') job.resolve({ rows: reply.rows, basis: reply.basis })
    else job.reject(new Error(`reach worker: a ${reply.type} reply to a ${job.kind} request`))
    pump()
  }

  const started = (): WorkerLike => {
    if (worker) return worker
    const w = options.createWorker()
    w.addEventListener('message', (event) => onReply(event.data))
    w.addEventListener('error', (event) => failAll(new Error(`reach worker failed: ${event.message ?? 'unknown error'}`)))
    w.postMessage({ type: 'init', init: options.init })
    worker = w
    return w
  }

  function pump(): void {
    if (inFlight || broken) return
    const job = urgent.shift() ?? background.shift()
    if (!job) return
    inFlight = job
    const w = started()
    if (job.kind === 'surface') w.postMessage({ type: 'surface', id: job.id, step: job.step })
    else w.postMessage({ type: 'population', id: job.id, withinMs: job.withinMs })
  }

  const queueSurface = (step: TimelineStep, queue: Job[]): Promise<ReachSurface> => {
    const promise = new Promise<ReachSurface>((resolve, reject) => {
      queue.push({ kind: 'surface', id: nextId++, step, resolve, reject })
    })
    surfacePromises.set(stepKey(step), promise)
    // A failed surface is forgotten, so asking again retries; a prefetch nobody awaits fails quietly.
    promise.catch(() => surfacePromises.delete(stepKey(step)))
    return promise
  }

  return {
    surface(step) {
      if (broken) return Promise.reject(broken)
      const key = stepKey(step)
      const cached = surfaces.get(key)
      if (cached) return Promise.resolve(cached)
      const pending = surfacePromises.get(key)
      if (pending) {
        const queued = background.findIndex((job) => job.kind === 'surface' && stepKey(job.step) === key)
        if (queued >= 0) urgent.push(...background.splice(queued, 1))
        return pending
      }
      const promise = queueSurface(step, urgent)
      pump()
      return promise
    },
    cachedSurface: (step) => surfaces.get(stepKey(step)),
    prefetch(steps) {
      if (broken) return
      for (const step of steps) {
        const key = stepKey(step)
        if (!surfaces.has(key) && !surfacePromises.has(key)) void queueSurface(step, background)
      }
      pump()
    },
    population(withinMs) {
      if (broken) return Promise.reject(broken)
      const key = withinMs.join(',')
      const pending = populationPromises.get(key)
      if (pending) return pending
      const promise = new Promise<PopulationReach>((resolve, reject) => {
        urgent.push({ kind: 'population', id: nextId++, withinMs: [...withinMs], resolve, reject })
      })
      populationPromises.set(key, promise)
      promise.catch(() => populationPromises.delete(key))
      pump()
      return promise
    },
    computeMs: (step) => timings.get(stepKey(step)),
    dispose() {
      worker?.terminate()
      worker = null
      failAll(new Error('reach client disposed'))
    },
  }
}
