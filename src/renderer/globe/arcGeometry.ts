import { BufferAttribute, BufferGeometry, DynamicDrawUsage, type Color } from 'three'
import { liftedArc, type Vec3 } from '../../shared/geo'

/** A segment is a quad: four corners, each carrying the segment's data. */
export const SEGMENT_VERTICES = 4
const SEGMENT_INDICES = 6
/** The corners (x = 0 at a segment's start and 1 at its end, y = -1 / +1 across it) and the two triangles over them. */
const CORNERS = [0, -1, 0, 0, 1, 0, 1, -1, 0, 1, 1, 0] as const
const TRIANGLES = [0, 2, 1, 2, 3, 1] as const

/**
 * The geometry behind a layer of arcs: every segment a quad of its own in one
 * merged, indexed buffer, its data repeated at its four corners, so a layer is
 * one plain draw call. Not instanced: a 4-vertex instance is the worst case
 * for instancing (a GPU's vertex work comes in batches far larger than four
 * vertices, and software WebGL sets each instance up on its own: on a bare
 * page there, 2,000 instanced quads held the frame rate to 23 a second, the
 * same quads merged kept it at the display's 60). Sized once for `capacity`
 * segments; `count` says how many are drawn.
 */
export interface ArcBuffers {
  geometry: BufferGeometry
  capacity: number
  /** Segments drawn (commitArcs sets it). */
  count: number
  start: BufferAttribute
  end: BufferAttribute
  /** Distance along the arc (scene units) at the segment's start and end: dashes are measured on it. */
  progress: BufferAttribute
  color: BufferAttribute
  /** Region indices at the arc's two ends (NO_REGION for none), for highlighting. */
  ends: BufferAttribute
  style: BufferAttribute
}

export function createArcBuffers(capacity: number, dynamic = false): ArcBuffers {
  const segments = Math.max(1, capacity)
  const vertices = segments * SEGMENT_VERTICES
  const geometry = new BufferGeometry()
  const corners = new Float32Array(vertices * 3)
  const index = vertices > 65_536 ? new Uint32Array(segments * SEGMENT_INDICES) : new Uint16Array(segments * SEGMENT_INDICES)
  for (let i = 0; i < segments; i++) {
    corners.set(CORNERS, i * CORNERS.length)
    for (let k = 0; k < SEGMENT_INDICES; k++) index[i * SEGMENT_INDICES + k] = i * SEGMENT_VERTICES + (TRIANGLES[k] as number)
  }
  geometry.setAttribute('position', new BufferAttribute(corners, 3))
  geometry.setIndex(new BufferAttribute(index, 1))
  const attribute = (name: string, size: number): BufferAttribute => {
    const a = new BufferAttribute(new Float32Array(vertices * size), size)
    if (dynamic) a.setUsage(DynamicDrawUsage)
    geometry.setAttribute(name, a)
    return a
  }
  const buffers: ArcBuffers = {
    geometry,
    capacity,
    count: 0,
    start: attribute('aStart', 3),
    end: attribute('aEnd', 3),
    progress: attribute('aProgress', 2),
    color: attribute('aColor', 3),
    ends: attribute('aEnds', 2),
    style: attribute('aStyle', 1),
  }
  geometry.setDrawRange(0, 0)
  return buffers
}

/** Writes a segment's value (its first `size` of a, b, c) at its four corners. */
function put(array: Float32Array, size: number, segment: number, a: number, b = 0, c = 0): void {
  let at = segment * SEGMENT_VERTICES * size
  for (let v = 0; v < SEGMENT_VERTICES; v++, at += size) {
    array[at] = a
    if (size > 1) array[at + 1] = b
    if (size > 2) array[at + 2] = c
  }
}

/** A segment's value of an attribute (read at its first corner; every corner holds the same). */
export function segmentValue(attribute: BufferAttribute, segment: number): number[] {
  const { itemSize } = attribute
  const at = segment * SEGMENT_VERTICES * itemSize
  return Array.from(attribute.array.subarray(at, at + itemSize))
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
 * Writes an arc as `spec.pieces` segments from segment `first` on and
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
    const from = travelled
    travelled += Math.hypot(bx - ax, by - ay, bz - az)
    put(start, 3, i, ax, ay, az)
    put(end, 3, i, bx, by, bz)
    put(progress, 2, i, from, travelled)
    put(color, 3, i, spec.color.r, spec.color.g, spec.color.b)
    put(ends, 2, i, spec.fromRegion, spec.toRegion)
    put(style, 1, i, spec.style)
  }
  return first + pieces
}

/** Gives the first `count` segments one colour (a layer drawn in a single colour, after a change of theme). */
export function fillArcColour(buffers: ArcBuffers, count: number, colour: Color): void {
  const array = buffers.color.array as Float32Array
  for (let i = 0; i < count; i++) put(array, 3, i, colour.r, colour.g, colour.b)
  buffers.color.clearUpdateRanges()
  buffers.color.addUpdateRange(0, count * SEGMENT_VERTICES * 3)
  buffers.color.needsUpdate = true
}

/** Marks every attribute for upload (the first `count` segments) and sets how many are drawn. */
export function commitArcs(buffers: ArcBuffers, count: number): void {
  for (const attribute of [buffers.start, buffers.end, buffers.progress, buffers.color, buffers.ends, buffers.style]) {
    attribute.clearUpdateRanges()
    attribute.addUpdateRange(0, count * SEGMENT_VERTICES * attribute.itemSize)
    attribute.needsUpdate = true
  }
  buffers.count = count
  buffers.geometry.setDrawRange(0, count * SEGMENT_INDICES)
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
