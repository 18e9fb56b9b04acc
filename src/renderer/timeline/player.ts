import { create } from 'zustand'
import type { TimelineStep } from '../../shared/timeline'
import { reachClientFor } from '../reach/reachService'
import { selectTimelineStep, selectTimelineSteps } from '../state/selectors'
import { useAppStore } from '../state/store'
import { createPlayback, type Playback } from './playback'

/** Whether the time-lapse is playing: the Play button and the keys read it. */
export const usePlayingStore = create<{ playing: boolean }>()(() => ({ playing: false }))

/** Resolves once the reach layer (if on) can draw the step without waiting for the worker. */
function readyToDraw(step: TimelineStep): Promise<void> {
  const { dataset, layers } = useAppStore.getState()
  if (!dataset || !layers.reach) return Promise.resolve()
  return reachClientFor(dataset)
    .surface(step)
    .then(() => undefined)
}

/** The app's one playback of the time-lapse, on the app store's year. */
export const player: Playback = createPlayback({
  steps: () => selectTimelineSteps(useAppStore.getState()),
  current: () => selectTimelineStep(useAppStore.getState()),
  show: (step) => useAppStore.getState().setYear(step),
  ready: readyToDraw,
  onChange: (playing) => usePlayingStore.setState({ playing }),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
})
