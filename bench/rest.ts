/** A page's rendered-frame counter at a moment (its probe's `frames`, performance.now()). */
export interface FrameReading {
  frames: number
  at: number
}

export interface RestRule {
  /** The page is at rest once it has drawn no frame for this long. */
  quietMs: number
  /** Give up this long after ready: the page never rests (it draws every animation frame). */
  capMs: number
  /** How often the counter is read. */
  pollMs: number
}

/**
 * Waits until the page has drawn no frame for `quietMs`, so an idle window opens after its
 * opening motion (such as the latency arcs' flow) instead of catching its end. Returns when its
 * last frame before resting came, in ms after ready (to the polling's step; the first reading
 * when it was at rest already), or NaN if it had not rested `capMs` after ready.
 */
export async function waitForRest(
  read: () => Promise<FrameReading>,
  sleep: (ms: number) => Promise<void>,
  readyAt: number,
  rule: RestRule,
): Promise<number> {
  let last = await read()
  let lastFrameAt = last.at
  for (;;) {
    await sleep(rule.pollMs)
    const now = await read()
    if (now.frames !== last.frames) {
      last = now
      lastFrameAt = now.at
    }
    if (now.at - lastFrameAt >= rule.quietMs) return Math.round(lastFrameAt - readyAt)
    if (now.at - readyAt >= rule.capMs) return Number.NaN
  }
}
