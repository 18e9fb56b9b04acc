import type { WorkerLike } from './reachClient'

/** Starts the bundled reach worker (a module worker Vite builds from reachWorker.ts). */
export function createBundledReachWorker(): WorkerLike {
  return new Worker(new URL('./reachWorker.ts', import.meta.url), { type: 'module', name: 'reach' }) as unknown as WorkerLike
}
