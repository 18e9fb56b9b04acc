import type { RenderedFrame } from './types'

/** One piece of work done after every rendered frame. */
export type AfterFrameStep = (frame: RenderedFrame) => void

interface Entry {
  name: string
  step: AfterFrameStep
}

/**
 * The work done after each rendered frame, once the markers are projected
 * with the frame's camera: an explicit list, run in the order the steps were
 * added. Whoever adds a step disposes of it (the function `add` returns,
 * typically an effect's cleanup); nothing is a slot someone else may
 * overwrite. Today's steps, by name: 'labels' and 'hover' and 'probe' (added
 * by Globe), 'annotations' (the annotation overlay). `names()` lists them.
 */
export class AfterFrameList {
  private entries: readonly Entry[] = []

  /** Adds a step at the end of the list; returns the function that removes it again. */
  add(name: string, step: AfterFrameStep): () => void {
    const entry: Entry = { name, step }
    this.entries = [...this.entries, entry]
    return () => {
      this.entries = this.entries.filter((candidate) => candidate !== entry)
    }
  }

  /** Runs every step for the frame just rendered (the frame loop calls this). */
  run(frame: RenderedFrame): void {
    // A step that adds or removes steps changes the next frame's list, not this one's.
    for (const entry of this.entries) entry.step(frame)
  }

  /** The steps' names, in the order they run. */
  names(): string[] {
    return this.entries.map((entry) => entry.name)
  }
}
