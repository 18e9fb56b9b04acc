import { BufferAttribute, BufferGeometry } from 'three'

/**
 * The same sphere as three's SphereGeometry(radius, widthSegments,
 * heightSegments, phiStart) over the whole sphere (the same vertices,
 * normals, uvs and triangles, in the same order), written straight into
 * typed arrays. three's builder grows plain arrays through Vector3s and
 * copies them; run once, cold, at start-up for the Earth's 13,000 vertices,
 * that cost tens of milliseconds before the first frame.
 */
export function sphereGeometry(radius: number, widthSegments: number, heightSegments: number, phiStart = 0): BufferGeometry {
  const columns = widthSegments + 1
  const count = columns * (heightSegments + 1)
  const position = new Float32Array(count * 3)
  const normal = new Float32Array(count * 3)
  const uv = new Float32Array(count * 2)
  const cosPhi = new Float64Array(columns)
  const sinPhi = new Float64Array(columns)
  for (let ix = 0; ix <= widthSegments; ix++) {
    const phi = phiStart + (ix / widthSegments) * Math.PI * 2
    cosPhi[ix] = Math.cos(phi)
    sinPhi[ix] = Math.sin(phi)
  }
  let vertex = 0
  for (let iy = 0; iy <= heightSegments; iy++) {
    const v = iy / heightSegments
    const y = radius * Math.cos(v * Math.PI)
    const ringRadius = Math.sqrt(radius * radius - y * y)
    // At the poles the uvs sit half a segment over, as three's do.
    const uOffset = iy === 0 ? 0.5 / widthSegments : iy === heightSegments ? -0.5 / widthSegments : 0
    for (let ix = 0; ix <= widthSegments; ix++) {
      const x = -ringRadius * (cosPhi[ix] as number)
      const z = ringRadius * (sinPhi[ix] as number)
      position[vertex * 3] = x
      position[vertex * 3 + 1] = y
      position[vertex * 3 + 2] = z
      const length = Math.sqrt(x * x + y * y + z * z) || 1
      normal[vertex * 3] = x / length
      normal[vertex * 3 + 1] = y / length
      normal[vertex * 3 + 2] = z / length
      uv[vertex * 2] = ix / widthSegments + uOffset
      uv[vertex * 2 + 1] = 1 - v
      vertex++
    }
  }
  // Two triangles per quad, but one at each pole, where the quad's top (or bottom) edge is a point.
  const index = new (count - 1 > 65535 ? Uint32Array : Uint16Array)((widthSegments * (heightSegments - 1) * 2) * 3)
  let at = 0
  for (let iy = 0; iy < heightSegments; iy++) {
    for (let ix = 0; ix < widthSegments; ix++) {
      const a = iy * columns + ix + 1
      const b = iy * columns + ix
      const c = (iy + 1) * columns + ix
      const d = (iy + 1) * columns + ix + 1
      if (iy !== 0) {
        index[at++] = a
        index[at++] = b
        index[at++] = d
      }
      if (iy !== heightSegments - 1) {
        index[at++] = b
        index[at++] = c
        index[at++] = d
      }
    }
  }
  const geometry = new BufferGeometry()
  geometry.setIndex(new BufferAttribute(index, 1))
  geometry.setAttribute('position', new BufferAttribute(position, 3))
  geometry.setAttribute('normal', new BufferAttribute(normal, 3))
  geometry.setAttribute('uv', new BufferAttribute(uv, 2))
  return geometry
}
