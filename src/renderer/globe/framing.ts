import { radians, toLatLon, toVector, type LatLon, type Vec3 } from '../../shared/geo'
import { MAX_VIEW_LATITUDE } from './cameraFlight'
import type { CameraView, Rect, ShiftPx } from './types'
import { NO_SHIFT } from './viewShift'

export type { Rect } from './types'

/**
 * Framing: where the camera must be for a scene's subject (its regions, the
 * pin, its annotations) to sit inside the part of the view that the caption,
 * the legend and the tools leave free, at any aspect ratio. Pure math on the
 * globe's camera model (a perspective camera looking at the Earth's centre
 * with north up, as CameraRig keeps it), so it can be checked without WebGL.
 */

export interface FramingView {
  width: number
  height: number
  /** Where the subject may go: the canvas minus what lies over it. */
  free: Rect
  fovDegrees: number
  minDistance: number
  maxDistance: number
  /** The lens shift the camera will have (see viewShift): where the globe's centre sits from the canvas's middle. */
  shift?: ShiftPx
}

/**
 * Room around each subject point, CSS px: a marker's label runs to its right
 * (or left), the RTT on it too, and a ring or a pin head rises above it.
 */
export const SUBJECT_PADDING = { x: 84, y: 30 } as const

/** A subject already this far inside the free area (as a share of its size) is left where the scene put it. */
const COMFORT = 0.04

/** Each step out when the subject does not fit, as a factor on the altitude. */
const ZOOM_OUT_STEP = 1.12

export interface Framed {
  view: CameraView
  /** Every subject point is in view inside the free area. */
  fits: boolean
}

const eye: Vec3 = [0, 0, 0]
const point: Vec3 = [0, 0, 0]

/**
 * Where a place appears with a camera at `view` (north up, looking at the
 * centre, its picture moved by `shift`), CSS px of the canvas; null behind
 * the globe.
 */
export function projectPlace(
  lat: number,
  lon: number,
  view: CameraView,
  width: number,
  height: number,
  fovDegrees: number,
  shift: ShiftPx = NO_SHIFT,
): { x: number; y: number } | null {
  toVector(view.lat, view.lon, view.distance, eye)
  toVector(lat, lon, 1, point)
  const cos = (point[0] * eye[0] + point[1] * eye[1] + point[2] * eye[2]) / view.distance
  if (cos <= 1 / view.distance) return null
  // The camera's axes: back (z) from the centre to the eye, right (x) = up × back, up (y) = back × right.
  const d = view.distance
  const bz: Vec3 = [eye[0] / d, eye[1] / d, eye[2] / d]
  let rx = bz[2]
  let rz = -bz[0]
  const rl = Math.hypot(rx, rz) || 1
  rx /= rl
  rz /= rl
  const ux = bz[1] * rz
  const uy = bz[2] * rx - bz[0] * rz
  const uz = -bz[1] * rx
  const vx = point[0] - eye[0]
  const vy = point[1] - eye[1]
  const vz = point[2] - eye[2]
  const x = vx * rx + vz * rz
  const y = vx * ux + vy * uy + vz * uz
  const depth = -(vx * bz[0] + vy * bz[1] + vz * bz[2])
  const tan = Math.tan((fovDegrees * radians) / 2)
  const aspect = width / height
  return {
    x: ((x / (depth * tan * aspect) + 1) / 2) * width + shift.x,
    y: ((1 - y / (depth * tan)) / 2) * height + shift.y,
  }
}

interface Box extends Rect {
  /** Every point was in front of the globe. */
  all: boolean
}

function subjectBox(points: readonly LatLon[], view: CameraView, frame: FramingView): Box {
  const box: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, all: true }
  for (const p of points) {
    const at = projectPlace(p.lat, p.lon, view, frame.width, frame.height, frame.fovDegrees, frame.shift)
    if (!at) {
      box.all = false
      continue
    }
    box.left = Math.min(box.left, at.x - SUBJECT_PADDING.x)
    box.right = Math.max(box.right, at.x + SUBJECT_PADDING.x)
    box.top = Math.min(box.top, at.y - SUBJECT_PADDING.y)
    box.bottom = Math.max(box.bottom, at.y + SUBJECT_PADDING.y)
  }
  return box
}

function inside(box: Box, free: Rect, margin: number): boolean {
  const mx = (free.right - free.left) * margin
  const my = (free.bottom - free.top) * margin
  return box.all && box.left >= free.left + mx && box.right <= free.right - mx && box.top >= free.top + my && box.bottom <= free.bottom - my
}

/** The mean direction of the points, or null when they cancel out (spread around the whole globe). */
export function centreOf(points: readonly LatLon[]): LatLon | null {
  let x = 0
  let y = 0
  let z = 0
  for (const p of points) {
    toVector(p.lat, p.lon, 1, point)
    x += point[0]
    y += point[1]
    z += point[2]
  }
  if (Math.hypot(x, y, z) < 0.2 * points.length) return null
  return toLatLon(x, y, z)
}

const clampLat = (lat: number): number => Math.max(-MAX_VIEW_LATITUDE, Math.min(MAX_VIEW_LATITUDE, lat))
const wrapLon = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180

/**
 * Turns the view so the subject's box is centred in the free area, keeping
 * the distance: damped Newton steps on the exact projection, from the
 * subject's centre, never taking a step that would hide a point behind the
 * globe. Null when the subject cannot all be seen from this distance.
 */
function centreIn(points: readonly LatLon[], start: LatLon, distance: number, frame: FramingView): CameraView | null {
  const targetX = (frame.free.left + frame.free.right) / 2
  const targetY = (frame.free.top + frame.free.bottom) / 2
  let view: CameraView = { lat: clampLat(start.lat), lon: start.lon, distance }
  let box = subjectBox(points, view, frame)
  if (!box.all) return null
  const h = 0.05
  for (let step = 0; step < 16; step++) {
    const cx = (box.left + box.right) / 2
    const cy = (box.top + box.bottom) / 2
    const ex = targetX - cx
    const ey = targetY - cy
    if (Math.hypot(ex, ey) < 0.5) break
    const atLat = subjectBox(points, { ...view, lat: clampLat(view.lat + h) }, frame)
    const atLon = subjectBox(points, { ...view, lon: view.lon + h }, frame)
    if (!atLat.all || !atLon.all) break
    const dLat = [((atLat.left + atLat.right) / 2 - cx) / h, ((atLat.top + atLat.bottom) / 2 - cy) / h] as const
    const dLon = [((atLon.left + atLon.right) / 2 - cx) / h, ((atLon.top + atLon.bottom) / 2 - cy) / h] as const
    const det = dLat[0] * dLon[1] - dLon[0] * dLat[1]
    if (Math.abs(det) < 1e-9) break
    let sLat = (dLon[1] * ex - dLon[0] * ey) / det
    let sLon = (-dLat[1] * ex + dLat[0] * ey) / det
    const size = Math.hypot(sLat, sLon)
    if (size > 20) {
      sLat *= 20 / size
      sLon *= 20 / size
    }
    let moved = false
    for (let tries = 0; tries < 6 && !moved; tries++) {
      const next = { lat: clampLat(view.lat + sLat), lon: wrapLon(view.lon + sLon), distance }
      const nextBox = subjectBox(points, next, frame)
      if (nextBox.all) {
        view = next
        box = nextBox
        moved = true
      } else {
        sLat /= 2
        sLon /= 2
      }
    }
    if (!moved) break
  }
  return view
}

/**
 * The camera for a subject. A scene's own camera is kept when its subject
 * already sits comfortably inside the free area (the author's choice of
 * view stands); otherwise the subject is centred in the free area at the
 * scene's distance, and the camera backs away until it fits, up to the
 * farthest zoom (`keepIfComfortable: false` always centres). Never closer
 * than the scene asked. Without a subject, or
 * without a free area to speak of, the scene's camera is kept.
 */
export function frameSubject(
  points: readonly LatLon[],
  scene: CameraView,
  frame: FramingView,
  options: { keepIfComfortable?: boolean } = {},
): Framed {
  const start: CameraView = {
    lat: clampLat(scene.lat),
    lon: scene.lon,
    distance: Math.max(frame.minDistance, Math.min(frame.maxDistance, scene.distance)),
  }
  const freeWidth = frame.free.right - frame.free.left
  const freeHeight = frame.free.bottom - frame.free.top
  if (points.length === 0 || freeWidth < 40 || freeHeight < 40 || frame.width <= 0 || frame.height <= 0) {
    return { view: start, fits: points.length === 0 }
  }
  if ((options.keepIfComfortable ?? true) && inside(subjectBox(points, start, frame), frame.free, COMFORT)) {
    return { view: start, fits: true }
  }
  const centre = centreOf(points)
  if (!centre) return { view: start, fits: false }
  let distance = start.distance
  for (;;) {
    const view = centreIn(points, centre, distance, frame)
    if (view && inside(subjectBox(points, view, frame), frame.free, 0)) return { view, fits: true }
    if (distance >= frame.maxDistance) break
    distance = Math.min(frame.maxDistance, 1 + (distance - 1) * ZOOM_OUT_STEP)
  }
  // Too wide for one view: as far out as the camera goes, still centred in the free area (not under the caption).
  const farthest = centreIn(points, centre, frame.maxDistance, frame)
  return { view: farthest ?? { lat: clampLat(centre.lat), lon: centre.lon, distance: frame.maxDistance }, fits: false }
}
