import type { TimelineStep } from '../../../shared/timeline'
import { sceneFileName } from '../../export/exportSizes'
import { encodePng } from '../../export/exportView'
import type { GlobeRuntime } from '../../globe/runtime'
import { renderTimeLapse, type TimeLapseProgress } from './timeLapseFrames'
import { createVideoRecorder, VIDEO_SIZE } from './timeLapseVideo'

export interface TimeLapseRequest {
  steps: readonly TimelineStep[]
  title: string
}

const fixedSize = { kind: 'fixed', ...VIDEO_SIZE } as const

/** "01-2006.png" … "22-announced.png": one numbered PNG per step, at 1920 × 1080. Null when cancelled. */
export async function exportTimeLapsePngs(
  runtime: GlobeRuntime,
  request: TimeLapseRequest,
  onProgress: (progress: TimeLapseProgress) => void,
  signal: AbortSignal,
): Promise<{ name: string; data: Uint8Array }[] | null> {
  const files: { name: string; data: Uint8Array }[] = []
  const done = await renderTimeLapse(
    runtime,
    request.steps,
    { size: fixedSize, transparent: false, title: request.title },
    async ({ step, index, count, canvas }) => {
      files.push({ name: sceneFileName(index, count, String(step)), data: await encodePng(canvas) })
    },
    onProgress,
    signal,
  )
  return done ? files : null
}

/** The time-lapse as a WebM video at 1920 × 1080, each step held `secondsPerStep`. Null when cancelled. */
export async function exportTimeLapseVideo(
  runtime: GlobeRuntime,
  request: TimeLapseRequest,
  secondsPerStep: number,
  onProgress: (progress: TimeLapseProgress) => void,
  signal: AbortSignal,
): Promise<Uint8Array | null> {
  const recorder = createVideoRecorder(VIDEO_SIZE)
  let finished = false
  try {
    const done = await renderTimeLapse(
      runtime,
      request.steps,
      { size: fixedSize, transparent: false, title: request.title },
      ({ canvas }) => recorder.addFrame(canvas, secondsPerStep * 1000),
      onProgress,
      signal,
    )
    if (!done) return null
    const video = await recorder.finish()
    finished = true
    return video
  } finally {
    if (!finished) recorder.cancel()
  }
}
