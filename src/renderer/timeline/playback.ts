import type { TimelineStep } from '../../shared/timeline'

/** About a second a year: long enough to read the count line, short enough to watch twenty years. */
export const STEP_MS = 1_000

export interface PlaybackDeps {
  /** Every step of the time-lapse, in order. */
  steps(): readonly TimelineStep[]
  /** The step on the globe now; null: today. */
  current(): TimelineStep | null
  show(step: TimelineStep): void
  /** Resolves when the globe can draw a step at once (its reach surface is computed, if reach is on). */
  ready(step: TimelineStep): Promise<void>
  /** Told whenever playing starts or stops. */
  onChange(playing: boolean): void
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface Playback {
  readonly playing: boolean
  /** From the step shown (from the first when today or the last step is shown) to the last step, a step each STEP_MS. */
  play(): void
  pause(): void
}

/**
 * Plays the time-lapse: shows the next step once STEP_MS have passed AND
 * the globe can draw it, so the reach colours never fall behind the year;
 * stops at the last step, on pause, or as soon as something else (a slider,
 * a scene) changes the step.
 */
export function createPlayback(deps: PlaybackDeps, stepMs = STEP_MS): Playback {
  let playing = false
  let timer: unknown = null
  /** Bumped on every start and stop: a wait that finishes late belongs to an older run. */
  let run = 0
  let shown: TimelineStep | null = null

  const stop = () => {
    if (!playing) return
    playing = false
    run += 1
    if (timer !== null) deps.clearTimeout(timer)
    timer = null
    deps.onChange(false)
  }

  const scheduleAfter = (step: TimelineStep) => {
    const steps = deps.steps()
    const next = steps[steps.indexOf(step) + 1]
    if (next === undefined) {
      stop()
      return
    }
    const mine = run
    let elapsed = false
    let readied = false
    const advance = () => {
      if (mine !== run || !elapsed || !readied) return
      if (deps.current() !== shown) {
        stop()
        return
      }
      shown = next
      deps.show(next)
      scheduleAfter(next)
    }
    timer = deps.setTimeout(() => {
      timer = null
      elapsed = true
      advance()
    }, stepMs)
    deps.ready(next).then(
      () => {
        readied = true
        advance()
      },
      // A step whose surface cannot be computed is shown anyway: the reach layer says why it is missing.
      () => {
        readied = true
        advance()
      },
    )
  }

  return {
    get playing() {
      return playing
    },
    play() {
      if (playing) return
      const steps = deps.steps()
      const first = steps[0]
      if (first === undefined) return
      playing = true
      run += 1
      deps.onChange(true)
      const current = deps.current()
      const atEnd = current === null || current === steps[steps.length - 1] || !steps.includes(current)
      shown = atEnd ? first : current
      if (atEnd) deps.show(first)
      scheduleAfter(shown)
    },
    pause: stop,
  }
}
