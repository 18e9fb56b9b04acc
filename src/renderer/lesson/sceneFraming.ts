import type { LatLon } from '../../shared/geo'
import { useAnnotationStore } from '../annotations/annotationStore'
import { maxDistance, MIN_DISTANCE } from '../globe/cameraLimits'
import { FOV_DEGREES } from '../globe/dimensions'
import { frameSubject, projectPlace, SUBJECT_PADDING, type Framed } from '../globe/framing'
import { currentGlobe } from '../globe/globeRuntimeContext'
import type { CameraView } from '../globe/types'
import { freeArea, obstacleBoxes } from '../globe/viewObstacles'
import { freeViewOf, NO_SHIFT, WHOLE_FREE_VIEW, type FreeView, type ShiftPx } from '../globe/viewShift'
import { foldedLegendRect, fullLegendRect } from '../legend/legendFold'
import { useAppStore } from '../state/store'
import { sceneSubject, type SceneSubject } from './sceneSubject'

export interface FramedScene extends Framed {
  subject: SceneSubject
  /** The part of the view the globe is given: the free area while presenting, the whole view otherwise. */
  freeView: FreeView
}

/** The canvas framing measures against, or null while no globe is laid out (then a scene keeps its own camera). */
function framingCanvas(): HTMLCanvasElement | null {
  const canvas = currentGlobe()?.canvas ?? null
  if (!canvas) return null
  const rect = canvas.getBoundingClientRect()
  return rect.width > 0 && rect.height > 0 ? canvas : null
}

export function canFrame(): boolean {
  return framingCanvas() !== null
}

/**
 * Where the camera goes for the scene now applied to the app (its state is
 * in the store, its caption on screen): its subject framed in the part of
 * the globe the caption and the legend leave free. While presenting the
 * full legend is left out (it folds instead when it would cover the
 * subject, see legendCoversSubject), but its folded line stays on screen
 * either way, so the subject keeps clear of that. Null without a globe on
 * screen.
 */
export function frameCurrentScene(camera: CameraView, presenting: boolean): FramedScene | null {
  const canvas = framingCanvas()
  if (!canvas) return null
  const subject = sceneSubject(useAppStore.getState(), useAnnotationStore.getState().annotations)
  const rect = canvas.getBoundingClientRect()
  const line = presenting ? foldedLegendRect() : null
  const free = freeArea(canvas, presenting ? ['caption', 'hint', 'panel'] : ['caption', 'legend', 'hint', 'panel'], line ? [line] : [])
  const freeView = presenting ? freeViewOf(rect, free) : WHOLE_FREE_VIEW
  const framed = frameSubject(subject.points, camera, {
    width: rect.width,
    height: rect.height,
    free,
    fovDegrees: FOV_DEGREES,
    minDistance: MIN_DISTANCE,
    maxDistance: maxDistance(FOV_DEGREES, rect.width / rect.height, freeView.share),
    shift: freeView.shift,
  })
  return { ...framed, subject, freeView }
}

/**
 * Whether the full legend, where it stands, would cover a panel over the
 * globe (the AZ view, whose verdicts the class reads): on a narrow
 * projector the two meet, and presenting then folds the legend.
 */
export function legendMeetsPanel(): boolean {
  const legend = fullLegendRect()
  if (!legend) return false
  return obstacleBoxes(['panel']).some((panel) => panel.left < legend.right && panel.right > legend.left && panel.top < legend.bottom && panel.bottom > legend.top)
}

/** Whether the full legend, where it stands, would cover a subject point (with its label's room) seen from `view`. */
export function legendCoversSubject(points: readonly LatLon[], view: CameraView, shift: ShiftPx = NO_SHIFT): boolean {
  const canvas = framingCanvas()
  const legend = fullLegendRect()
  if (!canvas || !legend) return false
  const rect = canvas.getBoundingClientRect()
  const left = legend.left - rect.left
  const top = legend.top - rect.top
  const right = legend.right - rect.left
  const bottom = legend.bottom - rect.top
  return points.some((p) => {
    const at = projectPlace(p.lat, p.lon, view, rect.width, rect.height, FOV_DEGREES, shift)
    if (!at) return false
    return at.x + SUBJECT_PADDING.x > left && at.x - SUBJECT_PADDING.x < right && at.y + SUBJECT_PADDING.y > top && at.y - SUBJECT_PADDING.y < bottom
  })
}
