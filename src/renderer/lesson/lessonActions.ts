import type { InfraGlobeApi } from '../../shared/api'
import type { Dataset } from '../../shared/dataset/schema'
import type { DatasetNames } from '../../shared/lesson'
import { currentCamera } from '../globe/globeRuntimeContext'
import { WHOLE_FREE_VIEW } from '../globe/viewShift'
import { useAppStore } from '../state/store'
import { builtinLesson } from './builtinLesson'
import { lessonFormat } from './lessonFormat'
import { lessonOf, newSceneId, useLessonStore } from './lessonStore'
import { useLegendFold } from '../legend/legendFold'
import { usePresentationStore } from './presentationStore'
import { captureScene } from './sceneState'
import { showScene } from './sceneShow'

/** The names a lesson may use: the open dataset's regions and services. */
export function datasetNames(dataset: Dataset | null): DatasetNames | undefined {
  if (!dataset) return undefined
  return {
    regionCodes: new Set(dataset.regions.map((region) => region.code)),
    serviceIds: new Set(dataset.services.catalogue.map((service) => service.id)),
  }
}

/** Adds the current view as a new scene at the end of the lesson. */
export function addCurrentView(title: string, caption: string, notes = ''): void {
  const store = useLessonStore.getState()
  const scene = captureScene({ id: newSceneId(store.scenes), title: title.trim(), caption, notes })
  store.addScene(scene)
  store.setNotice({ kind: 'status', text: `Added “${scene.title}” as scene ${store.scenes.length + 1}.` })
}

/** Shows scene `index`: a flight there (a cut with reduced motion, or `instant`), framing its subject (sceneShow.ts). */
export function goToScene(index: number, options: { instant?: boolean } = {}): Promise<void> {
  const store = useLessonStore.getState()
  const scene = store.scenes[index]
  if (!scene) return Promise.resolve()
  store.setCurrent(index)
  return showScene(scene, { instant: options.instant ?? false, presenting: store.presenting })
}

/** The next (+1) or previous (-1) scene, stopping at either end. */
export function stepScene(delta: 1 | -1): void {
  const { scenes, current } = useLessonStore.getState()
  if (scenes.length === 0) return
  const from = current ?? (delta > 0 ? -1 : scenes.length)
  const to = Math.max(0, Math.min(scenes.length - 1, from + delta))
  if (to !== current) void goToScene(to)
}

export async function loadBuiltinLesson(): Promise<void> {
  const { lesson, warnings } = await builtinLesson(datasetNames(useAppStore.getState().dataset))
  const store = useLessonStore.getState()
  store.replaceLesson(lesson, { label: 'loading the built-in lesson', dirty: false })
  store.setNotice({
    kind: 'status',
    text: `Loaded the built-in lesson “${lesson.title}”: ${lesson.scenes.length} scenes.`,
    details: warnings,
  })
}

/** Lets the user pick a lesson file; a file that cannot be used leaves the current lesson as it is. */
export async function openLessonFile(api: InfraGlobeApi): Promise<void> {
  const store = useLessonStore.getState()
  let outcome
  try {
    outcome = await api.openLesson()
  } catch (error) {
    store.setNotice({ kind: 'error', text: `The lesson could not be opened: ${describe(error)}. Nothing was changed.` })
    return
  }
  if (outcome.status === 'cancelled') return
  if (outcome.status === 'failed') {
    store.setNotice({ kind: 'error', text: `The lesson could not be opened: ${sentence(outcome.message)} Nothing was changed.` })
    return
  }
  const { parseLesson } = await lessonFormat()
  const parsed = parseLesson(outcome.text, datasetNames(useAppStore.getState().dataset))
  if (!parsed.ok) {
    store.setNotice({ kind: 'error', text: `“${outcome.name}” was not opened. ${parsed.message}` })
    return
  }
  store.replaceLesson(parsed.lesson, { label: `opening “${outcome.name}”`, dirty: false })
  const count = parsed.lesson.scenes.length
  store.setNotice({
    kind: 'status',
    text: `Opened “${outcome.name}”: ${count} ${count === 1 ? 'scene' : 'scenes'}.`,
    details: parsed.warnings,
  })
}

/** Saves the lesson where the user chooses (desktop: a dialog, written atomically; web: a download). */
export async function saveLessonFile(api: InfraGlobeApi): Promise<void> {
  const { lessonFileName, serializeLesson } = await lessonFormat()
  const store = useLessonStore.getState()
  const data = serializeLesson(lessonOf(store))
  let outcome
  try {
    outcome = await api.saveFile({ suggestedName: lessonFileName(store.title), kind: 'lesson', data })
  } catch (error) {
    store.setNotice({ kind: 'error', text: `The lesson was not saved: ${describe(error)}.` })
    return
  }
  if (outcome.status === 'cancelled') return
  if (outcome.status === 'failed') {
    store.setNotice({ kind: 'error', text: `The lesson was not saved: ${sentence(outcome.message)}` })
    return
  }
  store.markSaved()
  store.setNotice({ kind: 'status', text: `Saved the lesson to ${outcome.location}.` })
}

/** Presenter mode from the current scene (or the first); an empty lesson presents the built-in one. */
export async function startPresenting(api: InfraGlobeApi): Promise<void> {
  if (useLessonStore.getState().scenes.length === 0) await loadBuiltinLesson()
  const store = useLessonStore.getState()
  if (store.presenting) return
  store.setPresenting(true)
  const presentation = usePresentationStore.getState()
  presentation.setStartedAt(Date.now())
  presentation.setBlank(false)
  void goToScene(store.current ?? 0)
  api.setFullScreen(true).catch(() => {
    // Full screen is a nicety: a browser may refuse it; the presentation goes on in the window.
  })
}

export function stopPresenting(api: InfraGlobeApi): void {
  const store = useLessonStore.getState()
  if (!store.presenting) return
  store.setPresenting(false)
  useAppStore.getState().setAutoRotateSpeed(0)
  useLegendFold.getState().setAutoFolded(false)
  // The globe goes back to the middle of the window: the caption is gone.
  currentCamera()?.setFreeView?.(WHOLE_FREE_VIEW, { instant: false })
  const presentation = usePresentationStore.getState()
  presentation.setBlank(false)
  presentation.setStartedAt(null)
  if (presentation.audience !== 'none') {
    presentation.setAudience('none')
    api.sendPresentationMessage({ kind: 'end' }).catch(() => {})
    api.closeAudienceView().catch(() => {})
  }
  api.setFullScreen(false).catch(() => {})
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}

/** A platform message as a sentence: it ends with exactly one full stop (the platform's own usually has one). */
function sentence(message: string): string {
  const trimmed = message.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
