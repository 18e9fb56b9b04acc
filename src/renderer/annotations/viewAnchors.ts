import type { Anchor, GeoAnchor } from '../../shared/annotations/schema'
import { horizonMargin, toVector, type Vec3 } from '../../shared/geo'
import { radii } from '../globe/dimensions'
import type { GlobeRuntime } from '../globe/runtime'
import type { AnchorProjector } from './annotationLayout'

/** Clicked and dragged coordinates keep 4 decimals (about 10 m): finer than a pointer can aim. */
const COORDINATE_STEP = 1e4

const unit: Vec3 = [0, 0, 0]
const point = new Float32Array(2)

/**
 * Anchors on the view of the last rendered frame, in CSS px relative to the
 * canvas (the overlay covers it exactly): places with that frame's camera,
 * hidden behind the globe or off the view; screen anchors as fractions.
 */
export function viewProjector(runtime: GlobeRuntime): AnchorProjector {
  return (anchor: Anchor) => {
    const { width, height } = runtime
    if (width === 0 || height === 0) return null
    if (anchor.kind === 'screen') return { x: anchor.x * width, y: anchor.y * height }
    toVector(anchor.lat, anchor.lon, radii.earth, unit)
    if (horizonMargin(unit, runtime.eye, radii.earth) <= 0) return null
    runtime.projectPoint(unit[0], unit[1], unit[2], point)
    const x = point[0] as number
    const y = point[1] as number
    if (!(x >= 0 && y >= 0 && x <= width && y <= height)) return null
    return { x, y }
  }
}

/** The place under a view point as a geo anchor, or null off the globe. */
export function geoAnchorAt(runtime: GlobeRuntime, x: number, y: number): GeoAnchor | null {
  const spot = runtime.surfaceAt(x, y)
  if (!spot) return null
  return {
    kind: 'geo',
    lat: Math.round(spot.lat * COORDINATE_STEP) / COORDINATE_STEP,
    lon: Math.round(spot.lon * COORDINATE_STEP) / COORDINATE_STEP,
  }
}

/** A view point as a screen anchor (fractions of the view, kept inside it). */
export function screenAnchorAt(runtime: GlobeRuntime, x: number, y: number): Anchor | null {
  if (runtime.width === 0 || runtime.height === 0) return null
  const clamp = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * COORDINATE_STEP) / COORDINATE_STEP
  return { kind: 'screen', x: clamp(x / runtime.width), y: clamp(y / runtime.height) }
}

/**
 * An anchor moved by a pointer offset from where it was drawn when the drag
 * began: a place re-picked under its new screen point (unchanged when that
 * point misses the globe), a screen anchor shifted by the fraction.
 */
export function movedAnchor(
  runtime: GlobeRuntime,
  anchor: Anchor,
  start: { x: number; y: number },
  dx: number,
  dy: number,
): Anchor {
  if (anchor.kind === 'screen') return screenAnchorAt(runtime, start.x + dx, start.y + dy) ?? anchor
  return geoAnchorAt(runtime, start.x + dx, start.y + dy) ?? anchor
}
