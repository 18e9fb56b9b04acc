import type { Scene } from '../../shared/lesson/schema'
import { currentCamera } from '../globe/globeRuntimeContext'
import { useLegendFold } from '../legend/legendFold'
import { useAppStore } from '../state/store'
import { footprintTour, TOUR_DEGREES_PER_SECOND } from './footprintTour'
import { canFrame, frameCurrentScene, legendCoversSubject, legendMeetsPanel } from './sceneFraming'
import { applySceneState } from './sceneState'

let showing = 0

/** Until React has committed what a store update changed (the new caption is then on screen to be measured). */
function afterCommit(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Shows a scene: its state at once; then, once its caption is on screen,
 * the camera framing its subject in the free part of the view (see
 * sceneFraming), by a flight (a cut when `instant` or with reduced motion).
 * While presenting, the legend folds when it would cover the subject, and a
 * scene about the whole footprint turns the globe across it (never with
 * reduced motion). A scene shown while another is still being placed
 * takes over. Without a globe on screen to measure, the scene's own camera
 * is used at once.
 */
export async function showScene(scene: Scene, options: { instant: boolean; presenting: boolean }): Promise<void> {
  const seq = ++showing
  const stored = applySceneState(scene)
  const camera = currentCamera()
  if (!camera) return
  if (!canFrame()) return camera.setView(stored, { instant: options.instant })
  await afterCommit()
  if (seq !== showing) return
  const framed = frameCurrentScene(stored, options.presenting)
  if (!framed) return camera.setView(stored, { instant: options.instant })
  camera.setFreeView?.(framed.freeView, { instant: options.instant })
  if (options.presenting) {
    useLegendFold.getState().setAutoFolded(legendCoversSubject(framed.subject.points, framed.view, framed.freeView.shift) || legendMeetsPanel())
  }
  const { dataset, reducedMotion } = useAppStore.getState()
  const tour = options.presenting && framed.subject.footprint && !reducedMotion && dataset ? footprintTour(dataset.regions, framed.view) : null
  if (!tour) return camera.setView(framed.view, { instant: options.instant })
  await camera.setView(tour.start, { instant: options.instant })
  if (seq !== showing) return
  await camera.turn?.(tour.degrees, TOUR_DEGREES_PER_SECOND)
}
