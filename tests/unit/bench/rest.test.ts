import { describe, expect, it } from 'vitest'
import { waitForRest, type FrameReading } from '../../../bench/rest'

const rule = { quietMs: 500, capMs: 10_000, pollMs: 100 }

/** A page whose frame counter follows `framesAt(ms)`, on a clock the waiting itself moves. */
function page(framesAt: (ms: number) => number, startAt: number) {
  let now = startAt
  const reads: number[] = []
  return {
    read: (): Promise<FrameReading> => {
      reads.push(now)
      return Promise.resolve({ frames: framesAt(now), at: now })
    },
    sleep: (ms: number): Promise<void> => {
      now += ms
      return Promise.resolve()
    },
    reads,
  }
}

describe('waitForRest', () => {
  it('waits out an opening motion and says when its last frame came', async () => {
    // A flow drawing 30 frames a second until 6.3 s after ready, then nothing.
    const flowing = page((ms) => Math.floor(Math.min(ms, 6_300) / 33), 1_000)
    const restedBy = await waitForRest(flowing.read, flowing.sleep, 0, rule)
    expect(restedBy).toBe(6_300)
    // It returned once 0.5 s had passed without a frame, not later.
    expect(flowing.reads.at(-1)).toBe(6_800)
  })

  it('returns at once (after the quiet time) for a page already at rest', async () => {
    const still = page(() => 42, 1_500)
    expect(await waitForRest(still.read, still.sleep, 0, rule)).toBe(1_500)
    expect(still.reads.at(-1)).toBe(2_000)
  })

  it('gives up at the cap for a page that draws every frame, and says it never rested', async () => {
    const always = page((ms) => Math.floor(ms / 16), 1_000)
    expect(await waitForRest(always.read, always.sleep, 0, rule)).toBeNaN()
    expect(always.reads.at(-1)).toBe(10_000)
  })

  it('does not call a pause between sparse frames rest when the frames come more often than the quiet time', async () => {
    // One frame every 0.4 s: never 0.5 s without one.
    const sparse = page((ms) => Math.floor(ms / 400), 1_000)
    expect(await waitForRest(sparse.read, sparse.sleep, 0, rule)).toBeNaN()
  })
})
