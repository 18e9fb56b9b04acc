import { useEffect, useSyncExternalStore } from 'react'
import { useGlobeRuntime } from '../globe/globeRuntimeContext'

/*
 * Whether the globe's first frame is on screen and the browser has been idle
 * since: the moment for work the first frame must not wait for (views fetched
 * ahead of time, hidden panels mounted). Once true it stays true, for every
 * component of the window.
 */

let settled = false
const listeners = new Set<() => void>()

function settle(): void {
  if (settled) return
  settled = true
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const isSettled = () => settled

/** An idle moment, or a second at the latest (requestIdleCallback is missing in some runtimes). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1_000 })
  else setTimeout(run, 200)
}

/** True once the first frame is shown and the browser has been idle (false where no globe is mounted). */
export function useIdleAfterFirstFrame(): boolean {
  const runtime = useGlobeRuntime()
  const idle = useSyncExternalStore(subscribe, isSettled, isSettled)
  useEffect(() => {
    if (!runtime || settled) return
    let cancelled = false
    void runtime.afterFirstFrame().then(() => whenIdle(() => !cancelled && settle()))
    return () => {
      cancelled = true
    }
  }, [runtime])
  return idle
}
