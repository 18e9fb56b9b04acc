/**
 * Autosaving a lesson draft at most every few seconds, whatever the rate of
 * changes: `schedule` keeps the latest text and writes it when the interval
 * since the last write has passed; `flush` writes what is waiting now (before
 * the page goes away); `cancel` drops it (after the lesson was saved or
 * discarded, before clearing the draft). Platform-free: the renderer gives it
 * `api.saveDraft`.
 */

/** How often at most a draft is written. */
export const AUTOSAVE_INTERVAL_MS = 5_000

export interface AutosaveOptions {
  intervalMs?: number
  /** Told when a write failed; the next change tries again. */
  onError?: (error: unknown) => void
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  now?: () => number
}

export interface Autosaver {
  schedule(text: string): void
  flush(): Promise<void>
  cancel(): void
}

export function createAutosaver(save: (text: string) => Promise<void>, options: AutosaveOptions = {}): Autosaver {
  const interval = options.intervalMs ?? AUTOSAVE_INTERVAL_MS
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms))
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  const now = options.now ?? Date.now
  let pending: string | null = null
  let timer: unknown = null
  let lastWrite = Number.NEGATIVE_INFINITY

  async function write(): Promise<void> {
    timer = null
    if (pending === null) return
    const text = pending
    pending = null
    lastWrite = now()
    try {
      await save(text)
    } catch (error) {
      options.onError?.(error)
    }
  }

  return {
    schedule(text) {
      pending = text
      if (timer !== null) return
      timer = setTimer(() => void write(), Math.max(0, lastWrite + interval - now()))
    },
    flush() {
      if (timer !== null) clearTimer(timer)
      return write()
    },
    cancel() {
      if (timer !== null) clearTimer(timer)
      timer = null
      pending = null
    },
  }
}
