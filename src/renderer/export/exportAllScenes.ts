import type { Annotation } from '../../shared/annotations/schema'
import { useAnnotationStore } from '../annotations/annotationStore'
import type { CameraView, GlobeRuntime } from '../globe/runtime'
import { listScenes, showScene } from '../lesson/sceneControl'
import { useAppStore, type AppState } from '../state/store'
import { sceneFileName } from './exportSizes'
import { exportView, type ExportRequest } from './exportView'

/** What a scene may change, put back after the series so the user finds their own view again. */
const RESTORED = [
  'selectedCode',
  'layers',
  'latencyArcScope',
  'userLocation',
  'markerColouring',
  'compareCodes',
  'residency',
  'requiredServices',
  'panelTab',
] as const satisfies readonly (keyof AppState)[]

interface Snapshot {
  state: Partial<AppState>
  annotations: readonly Annotation[]
  view: CameraView | null
}

function snapshot(runtime: GlobeRuntime): Snapshot {
  const state = useAppStore.getState()
  const kept: Partial<AppState> = {}
  for (const key of RESTORED) Object.assign(kept, { [key]: state[key] })
  return { state: kept, annotations: useAnnotationStore.getState().annotations, view: runtime.commands?.getView() ?? null }
}

async function restore(runtime: GlobeRuntime, saved: Snapshot): Promise<void> {
  useAppStore.setState(saved.state)
  useAnnotationStore.getState().replaceAll(saved.annotations)
  if (saved.view && runtime.commands) await runtime.commands.setView(saved.view, { instant: true })
}

export interface SeriesProgress {
  /** 1-based number of the scene being exported. */
  current: number
  total: number
}

/**
 * Renders every scene of the lesson in turn (shown instantly, then
 * exported with the request's size and background, titled with the scene's
 * title) and returns the numbered files. The user's view (camera, layers,
 * selection, annotations) is restored afterwards, also on cancel or error.
 * Cancelling (the signal) stops before the next scene and returns null.
 */
export async function exportAllScenes(
  runtime: GlobeRuntime,
  request: Omit<ExportRequest, 'title'>,
  onProgress: (progress: SeriesProgress) => void,
  signal: AbortSignal,
): Promise<{ name: string; data: Uint8Array }[] | null> {
  const scenes = listScenes()
  if (scenes.length === 0) throw new Error('this lesson has no scenes to export')
  const saved = snapshot(runtime)
  const files: { name: string; data: Uint8Array }[] = []
  try {
    for (const [index, scene] of scenes.entries()) {
      if (signal.aborted) return null
      onProgress({ current: index + 1, total: scenes.length })
      await showScene(index, { instant: true })
      if (signal.aborted) return null
      const image = await exportView(runtime, { ...request, title: scene.title })
      files.push({ name: sceneFileName(index, scenes.length, scene.title), data: image.png })
    }
    return files
  } finally {
    await restore(runtime, saved)
  }
}
