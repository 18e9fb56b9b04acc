import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPlayback, STEP_MS, type PlaybackDeps } from '../../../../src/renderer/timeline/playback'
import type { TimelineStep } from '../../../../src/shared/timeline'

const STEPS: TimelineStep[] = [2006, 2007, 2008, 'announced']

function harness(start: TimelineStep | null = null, ready: (step: TimelineStep) => Promise<void> = () => Promise.resolve()) {
  let current: TimelineStep | null = start
  const shown: TimelineStep[] = []
  const changes: boolean[] = []
  const deps: PlaybackDeps = {
    steps: () => STEPS,
    current: () => current,
    show: (step) => {
      current = step
      shown.push(step)
    },
    ready,
    onChange: (playing) => changes.push(playing),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
  return { playback: createPlayback(deps), shown, changes, set: (step: TimelineStep | null) => (current = step) }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('playing the time-lapse', () => {
  it('starts from the first year when today is shown and advances a step about every second, stopping at the last', async () => {
    const { playback, shown, changes } = harness()
    playback.play()
    expect(playback.playing).toBe(true)
    expect(shown).toEqual([2006])
    await vi.advanceTimersByTimeAsync(STEP_MS - 1)
    expect(shown).toEqual([2006])
    await vi.advanceTimersByTimeAsync(1)
    expect(shown).toEqual([2006, 2007])
    await vi.advanceTimersByTimeAsync(STEP_MS * 5)
    expect(shown).toEqual([2006, 2007, 2008, 'announced'])
    expect(playback.playing).toBe(false)
    expect(changes).toEqual([true, false])
  })

  it('goes on from the year shown', async () => {
    const { playback, shown } = harness(2007)
    playback.play()
    await vi.advanceTimersByTimeAsync(STEP_MS)
    expect(shown).toEqual([2008])
  })

  it('waits for the next year to be drawable (its reach surface) before showing it', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { playback, shown } = harness(2006, (step) => (step === 2007 ? gate : Promise.resolve()))
    playback.play()
    await vi.advanceTimersByTimeAsync(STEP_MS * 3)
    expect(shown).toEqual([])
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(shown).toEqual([2007])
  })

  it('stops on Pause, and when something else moves the year', async () => {
    const paused = harness(2006)
    paused.playback.play()
    paused.playback.pause()
    await vi.advanceTimersByTimeAsync(STEP_MS * 3)
    expect(paused.shown).toEqual([])
    expect(paused.changes).toEqual([true, false])

    const moved = harness(2006)
    moved.playback.play()
    moved.set(2008)
    await vi.advanceTimersByTimeAsync(STEP_MS)
    expect(moved.shown).toEqual([])
    expect(moved.playback.playing).toBe(false)
  })
})
