import {
  BufferAttribute,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  type Color,
} from 'three'
import { liftedArc, type Vec3 } from '../../shared/geo'

/**
 * The instanced geometry behind a layer of arcs: a quad (x = 0 at a
 * segment's start and 1 at its end, y = -1 / +1 across it) drawn once per
 * segment, with the segment's data in per-instance attributes. Sized once
 * for `capacity` segments; `instanceCount` says how many are drawn.
 */
export interface ArcBuffers {
  geometry: InstancedBufferGeometry
  capacity: number
  start: InstancedBufferAttribute
  end: InstancedBufferAttribute
  /** Distance along the arc (scene units) at the segment's start and end: dashes are measured on it. */
  progress: InstancedBufferAttribute
  color: InstancedBufferAttribute
  /** Region indices at the arc's two ends (NO_REGION for none), for highlighting. */
  ends: InstancedBufferAttribute
  style: InstancedBufferAttribute
}

export function createArcBuffers(capacity: number, dynamic = false): ArcBuffers {
  const geometry = new InstancedBufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array([0, -1, 0, 0, 1, 0, 1, -1, 0, 1, 1, 0]), 3))
  geometry.setIndex([0, 2, 1, 2, 3, 1])
  const attribute = (name: string, size: number): InstancedBufferAttribute => {
    const a = new InstancedBufferAttribute(new Float32Array(Math.max(1, capacity) * size), size)
    if (dynamic) a.setUsage(DynamicDrawUsage)
    geometry.setAttribute(name, a)
    return a
  }
  const buffers: ArcBuffers = {
    geometry,
    capacity,
    start: attribute('aStart', 3),
    end: attribute('aEnd', 3),
    progress: attribute('aProgress', 2),
    color: attribute('aColor', 3),
    ends: attribute('aEnds', 2),
    style: attribute('aStyle', 1),
  }
  geometry.instanceCount = 0
  return buffers
}

/** One arc to write: unit vectors of its ends, its shape and its look. */
export interface ArcSpec {
  from: Readonly<Vec3>
  to: Readonly<Vec3>
  pieces: number
  radius: number
  height: number
  color: Color
  fromRegion: number
  toRegion: number
  style: number
}

let points = new Float32Array(0)

/**
 * Writes an arc as `spec.pieces` segments from instance `first` on and
 * returns the index after its last segment. Allocates nothing once the
 * scratch space has grown to the longest arc.
 */
export function writeArc(buffers: ArcBuffers, first: number, spec: ArcSpec): number {
  const { pieces } = spec
  if (points.length < (pieces + 1) * 3) points = new Float32Array((pieces + 1) * 3)
  liftedArc(spec.from, spec.to, pieces, spec.radius, spec.height, points)
  const start = buffers.start.array as Float32Array
  const end = buffers.end.array as Float32Array
  const progress = buffers.progress.array as Float32Array
  const color = buffers.color.array as Float32Array
  const ends = buffers.ends.array as Float32Array
  const style = buffers.style.array as Float32Array
  let travelled = 0
  for (let k = 0; k < pieces; k++) {
    const i = first + k
    const p = 3 * k
    const ax = points[p] as number
    const ay = points[p + 1] as number
    const az = points[p + 2] as number
    const bx = points[p + 3] as number
    const by = points[p + 4] as number
    const bz = points[p + 5] as number
    start[3 * i] = ax
    start[3 * i + 1] = ay
    start[3 * i + 2] = az
    end[3 * i] = bx
    end[3 * i + 1] = by
    end[3 * i + 2] = bz
    progress[2 * i] = travelled
    travelled += Math.hypot(bx - ax, by - ay, bz - az)
    progress[2 * i + 1] = travelled
    color[3 * i] = spec.color.r
    color[3 * i + 1] = spec.color.g
    color[3 * i + 2] = spec.color.b
    ends[2 * i] = spec.fromRegion
    ends[2 * i + 1] = spec.toRegion
    style[i] = spec.style
  }
  return first + pieces
}

/** Gives the first `count` segments one colour (a layer drawn in a single colour, after a change of theme). */
export function fillArcColour(buffers: ArcBuffers, count: number, colour: Color): void {
  const array = buffers.color.array as Float32Array
  for (let i = 0; i < count; i++) {
    array[3 * i] = colour.r
    array[3 * i + 1] = colour.g
    array[3 * i + 2] = colour.b
  }
  buffers.color.clearUpdateRanges()
  buffers.color.addUpdateRange(0, count * 3)
  buffers.color.needsUpdate = true
}

/** Marks every attribute for upload (the first `count` instances) and sets how many are drawn. */
export function commitArcs(buffers: ArcBuffers, count: number): void {
  const { geometry } = buffers
  for (const attribute of [buffers.start, buffers.end, buffers.progress, buffers.color, buffers.ends, buffers.style]) {
    attribute.clearUpdateRanges()
    attribute.addUpdateRange(0, count * attribute.itemSize)
    attribute.needsUpdate = true
  }
  geometry.instanceCount = count
}

/** The point halfway along an arc: where its label goes. */
export function arcMidpoint(spec: Pick<ArcSpec, 'from' | 'to' | 'radius' | 'height'>, out: Vec3): Vec3 {
  liftedArc(spec.from, spec.to, 2, spec.radius, spec.height, midpoint)
  out[0] = midpoint[3] as number
  out[1] = midpoint[4] as number
  out[2] = midpoint[5] as number
  return out
}

const midpoint = new Float32Array(9)
