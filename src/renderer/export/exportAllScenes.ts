import { useAnnotationStore } from '../annotations/annotationStore'
import type { GlobeRuntime } from '../globe/runtime'
import { listScenes, showScene } from '../lesson/sceneControl'
import { applyScene, captureSceneState } from '../lesson/sceneState'
import { sceneFileName } from './exportSizes'
import { defaultExportTitle } from './exportTitle'
import { DEFAULT_TITLE, exportView, type ExportRequest } from './exportView'

export interface SeriesRequest extends Pick<ExportRequest, 'size' | 'transparent'> {
  /** Each scene's caption as a band along the bottom of its image. */
  captions: boolean
}

export interface SeriesProgress {
  /** 1-based number of the scene being exported. */
  current: number
  total: number
}

/**
 * Renders every scene of the lesson in turn (shown instantly, then
 * exported with the request's size and background, titled with the scene's
 * title unless the scene has a Title annotation, with its caption as a band
 * when asked) and returns the numbered files. The user's view (everything a
 * scene holds: camera, layers, selection, filters, chooser, annotations) is
 * restored afterwards, also on cancel or error.
 * Cancelling (the signal) stops before the next scene and returns null.
 */
export async function exportAllScenes(
  runtime: GlobeRuntime,
  request: SeriesRequest,
  onProgress: (progress: SeriesProgress) => void,
  signal: AbortSignal,
): Promise<{ name: string; data: Uint8Array }[] | null> {
  const scenes = listScenes()
  if (scenes.length === 0) throw new Error('this lesson has no scenes to export')
  // What a scene may change is exactly what a scene holds: capture it now, put it back after, instantly.
  const saved = captureSceneState(runtime.commands)
  const files: { name: string; data: Uint8Array }[] = []
  try {
    for (const [index, scene] of scenes.entries()) {
      if (signal.aborted) return null
      onProgress({ current: index + 1, total: scenes.length })
      await showScene(index, { instant: true })
      if (signal.aborted) return null
      const title = defaultExportTitle({ sceneTitle: scene.title, annotations: useAnnotationStore.getState().annotations }, DEFAULT_TITLE)
      const caption = request.captions ? scene.caption.trim() : ''
      const image = await exportView(runtime, {
        size: request.size,
        transparent: request.transparent,
        title: title.drawn,
        ...(title.fromAnnotation ? { documentTitle: title.document } : {}),
        ...(caption ? { caption } : {}),
      })
      files.push({ name: sceneFileName(index, scenes.length, scene.title), data: image.png })
    }
    return files
  } finally {
    await applyScene(saved, { instant: true }, runtime.commands)
  }
}
