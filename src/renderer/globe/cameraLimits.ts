import { radians } from '../../shared/geo'
import type { CameraView, ViewShare } from './types'

/** Closest approach (distance from the centre, Earth radius 1): a metro area fills the view. */
export const MIN_DISTANCE = 1.12

export const WHOLE_VIEW: ViewShare = { x: 1, y: 1 }

/**
 * The camera distance at which a sphere just fits the narrower side of the
 * view (or of the `share` of it left free), for a vertical field of view in
 * degrees and a width / height aspect.
 */
export function fitDistance(fovDegrees: number, aspect: number, radius = 1, share: ViewShare = WHOLE_VIEW): number {
  const tanVertical = Math.tan((fovDegrees * radians) / 2)
  const halfVertical = Math.atan(tanVertical * share.y)
  const halfHorizontal = Math.atan(tanVertical * (aspect > 0 ? aspect : 1) * share.x)
  return radius / Math.sin(Math.min(halfVertical, halfHorizontal))
}

/**
 * Farthest zoom: the whole globe with a generous margin, in the part of the
 * view left free (presenting leaves the globe the space above its caption).
 */
export function maxDistance(fovDegrees: number, aspect: number, share: ViewShare = WHOLE_VIEW): number {
  return fitDistance(fovDegrees, aspect, 1, share) * 1.35
}

/**
 * The distance limits to hand OrbitControls for the rig's own limits, a hair
 * wider. OrbitControls counts a frame as a zoom whenever clamping changes the
 * radius at all; a camera placed exactly at a limit reads back a hair beyond
 * it after the round trip through spherical coordinates, and would then be
 * "zoomed" (and drawn again) on every frame, for ever.
 */
export function orbitDistanceLimits(min: number, max: number): { minDistance: number; maxDistance: number } {
  return { minDistance: min * (1 - LIMIT_SLACK), maxDistance: max * (1 + LIMIT_SLACK) }
}

const LIMIT_SLACK = 1e-9

/** The starting zoom: the whole globe, filling most of the view. */
export function initialDistance(fovDegrees: number, aspect: number): number {
  return fitDistance(fovDegrees, aspect) * 1.12
}

/** The first view: the Atlantic, with Europe, Africa and the Americas' east coast in sight. */
export const INITIAL_CENTRE = { lat: 28, lon: -22 } as const

/**
 * The first view as a camera view. The globe starts at this distance and
 * then fits the globe to its window (initialDistance); without a globe on
 * screen (no window to fit) this is where the camera is taken to be.
 */
export const INITIAL_VIEW: CameraView = { ...INITIAL_CENTRE, distance: 3 }
