import type { Annotation } from '../../shared/annotations/schema'
import { roundCoordinate } from '../../shared/geo/round'
import type { CameraView, Scene } from '../../shared/lesson/schema'
import type { Layers } from '../../shared/settings/schema'
import { useAnnotationStore } from '../annotations/annotationStore'
import { currentCamera } from '../globe/globeRuntimeContext'
import { INITIAL_VIEW } from '../globe/cameraLimits'
import type { CameraCommands } from '../globe/types'
import { useAppStore, type AppState } from '../state/store'
import { withoutPersisting } from '../state/usePersistedSettings'

/*
 * What a scene holds, defined once. `sceneFields` has one entry per key of
 * the lesson schema's Scene (but its name and caption): how the value is
 * read from the app and how it is put back. Saving a scene, showing one and
 * the export's save-and-restore all go through this table, so a field added
 * to the schema is a compile error here until it has an entry, and then
 * every one of them handles it. tests/unit/renderer/lesson/sceneState.test.ts
 * checks the keys against the schema at run time too.
 */

/** A scene's name, caption and speaker notes: what the lesson gives it, not the view. */
export type SceneMeta = Pick<Scene, 'id' | 'title' | 'caption' | 'notes'>

/** The view a scene holds: every key of Scene but its name and caption. */
export type SceneState = Omit<Scene, keyof SceneMeta>

/** What a field is read from. */
interface CaptureSource {
  app: AppState
  annotations: readonly Annotation[]
  view: CameraView
}

/** Where applying a scene puts each field; committed together (see applySceneState). */
interface ApplyTarget {
  /** One store update for every app field. */
  app: Partial<AppState>
  annotations: readonly Annotation[]
  camera: CameraView
}

interface SceneField<K extends keyof SceneState> {
  capture(source: CaptureSource): SceneState[K]
  apply(value: SceneState[K], target: ApplyTarget, app: AppState): void
}

type SceneFields = { readonly [K in keyof SceneState]-?: SceneField<K> }

/**
 * A field kept under the same name (and shape) in the app store. Store
 * values are replaced, never changed in place, so no copy is made (the
 * store's types are only the read-only view of the same values).
 */
function appField<K extends keyof SceneState & keyof AppState>(key: K): SceneField<K> {
  return {
    capture: ({ app }) => app[key] as unknown as SceneState[K],
    apply: (value, target) => {
      Object.assign(target.app, { [key]: value })
    },
  }
}

export const sceneFields: SceneFields = {
  camera: {
    capture: ({ view }) => ({ ...view }),
    apply: (value, target) => {
      target.camera = value
    },
  },
  layers: {
    capture: ({ app }) => ({ ...app.layers }),
    // Only the layers this version has; one the scene does not name was not there when it was saved: off.
    apply: (value, target, app) => {
      target.app.layers = Object.fromEntries(Object.keys(app.layers).map((name) => [name, value[name] ?? false])) as Layers
    },
  },
  selectedCode: appField('selectedCode'),
  compareCodes: appField('compareCodes'),
  userLocation: {
    capture: ({ app }) => app.userLocation,
    // A scene shown while the user was about to place themselves ends place-me mode.
    apply: (value, target) => {
      target.app.userLocation = value
      target.app.placing = false
    },
  },
  residency: appField('residency'),
  requiredServices: appField('requiredServices'),
  chooserWeights: appField('chooserWeights'),
  chooserOpen: appField('chooserOpen'),
  excludeOutages: appField('excludeOutages'),
  markerColouring: appField('markerColouring'),
  year: appField('year'),
  drill: appField('drill'),
  requestPath: {
    capture: ({ app }) => app.requestPath,
    // A scene saved before the request path existed shows none.
    apply: (value, target) => {
      target.app.requestPath = value ?? null
    },
  },
  annotations: {
    capture: ({ annotations }) => [...annotations],
    apply: (value, target) => {
      target.annotations = value
    },
  },
}

const fieldKeys = Object.keys(sceneFields) as (keyof SceneState)[]

/**
 * The view as it is now (camera unrounded): what the export puts back
 * after showing every scene. Without a globe on screen the camera is the
 * first view.
 */
export function captureSceneState(camera: CameraCommands | null = currentCamera()): SceneState {
  const source: CaptureSource = {
    app: useAppStore.getState(),
    annotations: useAnnotationStore.getState().annotations,
    view: camera?.getView() ?? INITIAL_VIEW,
  }
  const state: Partial<Record<keyof SceneState, unknown>> = {}
  for (const key of fieldKeys) state[key] = sceneFields[key].capture(source as never)
  return state as SceneState
}

/** The current view as a scene for a lesson file: the camera rounded to about 10 m, so a file reads well. */
export function captureScene(meta: SceneMeta, camera: CameraCommands | null = currentCamera()): Scene {
  const state = captureSceneState(camera)
  const { lat, lon, distance } = state.camera
  return { ...meta, ...state, camera: { lat: roundCoordinate(lat), lon: roundCoordinate(lon), distance: roundCoordinate(distance) } }
}

/**
 * Puts a scene's state (everything but the camera) into the app: one store
 * update, kept out of the user's saved settings, then the annotations.
 * Returns the camera view the scene asks for.
 */
export function applySceneState(scene: SceneState): CameraView {
  const app = useAppStore.getState()
  const target: ApplyTarget = { app: {}, annotations: useAnnotationStore.getState().annotations, camera: INITIAL_VIEW }
  for (const key of fieldKeys) sceneFields[key].apply(scene[key] as never, target, app)
  withoutPersisting(() => useAppStore.setState(target.app))
  useAnnotationStore.getState().replaceAll(target.annotations)
  return target.camera
}

/**
 * Shows a scene: its state at once, the camera by a flight (or a cut when
 * `instant` or with reduced motion). Resolves when the camera has arrived
 * and a frame of it is on screen; at once without a globe.
 */
export function applyScene(scene: SceneState, options: { instant: boolean }, camera: CameraCommands | null = currentCamera()): Promise<void> {
  const view = applySceneState(scene)
  return camera ? camera.setView(view, options) : Promise.resolve()
}
