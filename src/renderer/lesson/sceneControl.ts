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
  caption: string
}

export function listScenes(): SceneSummary[] {
  return useLessonStore.getState().scenes.map(({ id, title, caption }) => ({ id, title, caption }))
}

/** The title of the scene on show (the one gone to or presented last); null when none is. */
export function currentSceneTitle(): string | null {
  const { scenes, current } = useLessonStore.getState()
  return current === null ? null : (scenes[current]?.title ?? null)
}

/** The lesson's title, which names an export of its scenes. */
export function lessonTitle(): string {
  return useLessonStore.getState().title
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
