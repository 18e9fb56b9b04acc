import { angleBetween } from './angle'
import { radians } from './constants'
import { slerp } from './interpolate'
import { toVector, type Vec3 } from './toVector'

/** A line as GeoJSON positions: [longitude, latitude] in degrees. */
export type GeoLine = readonly (readonly number[])[]

const from: Vec3 = [0, 0, 0]
const to: Vec3 = [0, 0, 0]
const step: Vec3 = [0, 0, 0]

/**
 * Lines on the sphere as pairs of 3D endpoints (x, y, z, x, y, z, ...) for a
 * line-segments draw call, in the frame of `toVector`. Each edge follows the
 * great circle between its vertices, as d3-geo draws it, split into pieces
 * of at most `maxStepDegrees` so no chord dips below the surface. Edges that
 * cross the antimeridian need no special care in 3D.
 */
export function sphereSegments(lines: readonly GeoLine[], radius: number, maxStepDegrees = 1): Float32Array {
  const maxStep = maxStepDegrees * radians
  let count = 0
  forEachEdge(lines, (angle) => {
    count += Math.max(1, Math.ceil(angle / maxStep))
  })
  const out = new Float32Array(count * 6)
  let o = 0
  forEachEdge(lines, (angle) => {
    const pieces = Math.max(1, Math.ceil(angle / maxStep))
    let px = from[0] * radius
    let py = from[1] * radius
    let pz = from[2] * radius
    for (let k = 1; k <= pieces; k++) {
      slerp(from, to, k / pieces, step)
      const nx = step[0] * radius
      const ny = step[1] * radius
      const nz = step[2] * radius
      out[o++] = px
      out[o++] = py
      out[o++] = pz
      out[o++] = nx
      out[o++] = ny
      out[o++] = nz
      px = nx
      py = ny
      pz = nz
    }
  })
  return out
}

/** Calls `edge` for every consecutive pair of a line's vertices, with `from` and `to` set to their unit vectors. */
function forEachEdge(lines: readonly GeoLine[], edge: (angle: number) => void): void {
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]
      const b = line[i]
      if (!a || !b) continue
      toVector(a[1] ?? 0, a[0] ?? 0, 1, from)
      toVector(b[1] ?? 0, b[0] ?? 0, 1, to)
      const angle = angleBetween(from, to)
      // Repeated vertices add nothing but a zero-length segment.
      if (angle === 0) continue
      edge(angle)
    }
  }
}
