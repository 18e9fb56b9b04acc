/** A complete ('X') event of a Chromium trace, as far as the self-time sum reads it. */
export interface TimedEvent {
  name: string
  ts: number
  dur?: number
  tdur?: number
}

/** An event of a Chromium trace, as the profiles read it. */
export interface TraceEvent extends TimedEvent {
  cat: string
  ph: string
  pid: number
  tid: number
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfile; timeDeltas?: number[] } }
  id?: string
}

/** A V8 sampler chunk (a trace's ProfileChunk): the call tree's new nodes and the samples. */
export interface CpuProfile {
  nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }[]
  samples?: number[]
  timeDeltas?: number[]
}

/**
 * Self time per event name, ms, of one thread's complete events: each
 * event's duration minus its children's. `thread` counts thread time where
 * the trace gives it (what the CPU spent), `wall` the elapsed time (waits
 * included). Sorts `events` in place by start.
 */
export function selfTimeByName(events: TimedEvent[], clock: 'thread' | 'wall'): Map<string, number> {
  events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const stack: { end: number; name: string; own: number }[] = []
  const close = (upTo: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const done = stack.pop() as { name: string; own: number }
      self.set(done.name, (self.get(done.name) ?? 0) + done.own)
    }
  }
  for (const e of events) {
    close(e.ts)
    const dur = ((clock === 'thread' ? e.tdur : undefined) ?? e.dur ?? 0) / 1000
    const parent = stack[stack.length - 1]
    if (parent) parent.own -= dur
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, own: dur })
  }
  close(Number.POSITIVE_INFINITY)
  return self
}
