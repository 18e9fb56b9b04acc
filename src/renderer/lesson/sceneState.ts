import type { CameraView, Scene } from '../../shared/lesson/schema'
import { useAnnotationStore } from '../annotations/annotationStore'
import { currentCamera } from '../globe/globeRuntimeContext'
import type { CameraCommands } from '../globe/runtime'
import type { Layers } from '../../shared/settings/schema'
import { useAppStore } from '../state/store'
import { withoutPersisting } from '../state/usePersistedSettings'

/** Where the camera is taken to be when no globe is on screen (the first view). */
const FALLBACK_VIEW: CameraView = { lat: 28, lon: -22, distance: 3 }

/** Four decimals: about 10 m on the ground, and a file a person can read. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}

/** The current view (camera, layers, selection, filters, annotations) as a scene. */
export function captureScene(
  meta: Pick<Scene, 'id' | 'title' | 'caption'>,
  camera: CameraCommands | null = currentCamera(),
): Scene {
  const app = useAppStore.getState()
  const view = camera?.getView() ?? FALLBACK_VIEW
  return {
    ...meta,
    camera: { lat: round(view.lat), lon: round(view.lon), distance: round(view.distance) },
    layers: { ...app.layers },
    selectedCode: app.selectedCode,
    compareCodes: [...app.compareCodes],
    userLocation: app.userLocation ? { ...app.userLocation } : null,
    residency: { ...app.residency },
    requiredServices: [...app.requiredServices],
    chooserWeights: { ...app.chooserWeights },
    chooserOpen: app.chooserOpen,
    markerColouring: app.markerColouring,
    annotations: [...useAnnotationStore.getState().annotations],
  }
}

/** Puts a scene's state (everything but the camera) into the app, in one update. */
export function applySceneState(scene: Scene): void {
  const known = useAppStore.getState().layers
  // Only the layers this version has; one the scene does not name was not there when it was saved: off.
  const layers = Object.fromEntries(Object.keys(known).map((name) => [name, scene.layers[name] ?? false])) as Layers
  withoutPersisting(() =>
    useAppStore.setState({
      layers,
      selectedCode: scene.selectedCode,
      compareCodes: [...scene.compareCodes],
      userLocation: scene.userLocation,
      placing: false,
      residency: scene.residency,
      requiredServices: [...scene.requiredServices],
      chooserWeights: { ...scene.chooserWeights },
      chooserOpen: scene.chooserOpen,
      markerColouring: scene.markerColouring,
    }),
  )
  useAnnotationStore.getState().replaceAll(scene.annotations)
}

/**
 * Shows a scene: its state at once, the camera by a flight (or a cut when
 * `instant` or with reduced motion). Resolves when the camera has arrived
 * and a frame of it is on screen; at once without a globe.
 */
export function applyScene(scene: Scene, options: { instant: boolean }, camera: CameraCommands | null = currentCamera()): Promise<void> {
  applySceneState(scene)
  return camera ? camera.setView(scene.camera, options) : Promise.resolve()
}
