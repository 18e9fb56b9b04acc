import { stepLabel, type TimelineStep } from '../../../shared/timeline'
import { composeView, type ExportRequest } from '../../export/exportView'
import type { GlobeRuntime } from '../../globe/runtime'
import { applyScene, captureSceneState } from '../../lesson/sceneState'
import { reachClientFor } from '../../reach/reachService'
import { POPULATION_THRESHOLDS_MS, useReachStore } from '../../reach/reachStore'
import { useAppStore } from '../../state/store'

/** One step of the time-lapse as the export draws it: the composed picture on `canvas`. */
export interface TimeLapseFrame {
  step: TimelineStep
  /** 0-based position in the steps exported, and how many there are. */
  index: number
  count: number
  canvas: HTMLCanvasElement
}

export interface TimeLapseProgress {
  /** 1-based number of the step being drawn. */
  current: number
  total: number
  label: string
}

/** Resolves once a frame of the view as it is now has been rendered (labels follow the markers only then). */
function frameDrawn(runtime: GlobeRuntime): Promise<void> {
  const camera = runtime.commands
  return camera ? camera.setView(camera.getView(), { instant: true }) : Promise.resolve()
}

/**
 * Shows each step in turn (its reach surface computed first, when the reach
 * layer is on, so the picture never waits on the worker), renders it at the
 * request's size with the count line, the launch chart, the legend and the
 * footer composited (composeView), and hands the picture to `onFrame`
 * before the next step. The user's view (everything a scene holds) is put
 * back afterwards, also on cancel or error. Returns false when cancelled.
 */
export async function renderTimeLapse(
  runtime: GlobeRuntime,
  steps: readonly TimelineStep[],
  request: ExportRequest,
  onFrame: (frame: TimeLapseFrame) => Promise<void> | void,
  onProgress: (progress: TimeLapseProgress) => void,
  signal: AbortSignal,
): Promise<boolean> {
  const dataset = useAppStore.getState().dataset
  if (!dataset) throw new Error('the globe is not ready to export yet')
  if (steps.length === 0) throw new Error('there is no year to export')
  const client = reachClientFor(dataset)
  const saved = captureSceneState(runtime.commands)
  const canvas = document.createElement('canvas')
  try {
    // The count line quotes the population reach: counted once, before the first picture.
    if (!useReachStore.getState().population) {
      useReachStore.getState().setPopulation(await client.population(POPULATION_THRESHOLDS_MS))
    }
    for (const [index, step] of steps.entries()) {
      if (signal.aborted) return false
      onProgress({ current: index + 1, total: steps.length, label: stepLabel(step) })
      if (useAppStore.getState().layers.reach) await client.surface(step)
      if (signal.aborted) return false
      useAppStore.getState().setYear(step)
      await frameDrawn(runtime)
      composeView(runtime, request, canvas)
      await onFrame({ step, index, count: steps.length, canvas })
    }
    return !signal.aborted
  } finally {
    canvas.width = 0
    canvas.height = 0
    await applyScene(saved, { instant: true }, runtime.commands)
  }
}
