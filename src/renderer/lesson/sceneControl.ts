import { currentCamera } from '../globe/globeRuntimeContext'
import { useLessonStore } from './lessonStore'
import { applySceneState } from './sceneState'

/**
 * What the export needs from the lesson: the scenes, and a way to show one
 * without animation that resolves once a frame of it has been rendered.
 */
export interface SceneSummary {
  id: string
  title: string
}

export function listScenes(): SceneSummary[] {
  return useLessonStore.getState().scenes.map(({ id, title }) => ({ id, title }))
}

export async function showScene(index: number, _options: { instant: true }): Promise<void> {
  const store = useLessonStore.getState()
  const scene = store.scenes[index]
  if (!scene) throw new RangeError(`There is no scene ${index + 1} in the lesson`)
  store.setCurrent(index)
  applySceneState(scene)
  // The layers and selection are React state: let them commit (and their effects run) before the frame is drawn.
  await new Promise((resolve) => setTimeout(resolve, 0))
  // The camera's promise resolves after the next rendered frame, which then shows the whole scene.
  await (currentCamera()?.setView(scene.camera, { instant: true }) ?? Promise.resolve())
}
