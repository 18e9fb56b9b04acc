import { BufferAttribute, BufferGeometry, Color, LineBasicMaterial, LineSegments, type ColorRepresentation } from 'three'

export interface LineGroup {
  /** Segment endpoints, x, y, z pairs (see sphereSegments). */
  positions: Float32Array
  color: ColorRepresentation
}

/**
 * One LineSegments object for several groups of lines, each in its own
 * colour (per vertex), so coastlines and borders cost a single draw call.
 * Lines are one device pixel wide: crisp at any zoom and export size.
 */
export function createLineSegments(groups: readonly LineGroup[], name: string): LineSegments<BufferGeometry, LineBasicMaterial> {
  const total = groups.reduce((sum, group) => sum + group.positions.length, 0)
  const positions = new Float32Array(total)
  let offset = 0
  for (const group of groups) {
    positions.set(group.positions, offset)
    offset += group.positions.length
  }
  const colors = new Float32Array(total)
  writeGroupColours(colors, groups.map((group) => ({ length: group.positions.length, color: group.color })))
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setAttribute('color', new BufferAttribute(colors, 3))
  geometry.computeBoundingSphere()
  const lines = new LineSegments(geometry, new LineBasicMaterial({ vertexColors: true }))
  lines.name = name
  return lines
}

const scratch = new Color()

function writeGroupColours(colors: Float32Array, groups: readonly { length: number; color: ColorRepresentation }[]): void {
  let offset = 0
  for (const group of groups) {
    scratch.set(group.color)
    for (let i = offset; i < offset + group.length; i += 3) {
      colors[i] = scratch.r
      colors[i + 1] = scratch.g
      colors[i + 2] = scratch.b
    }
    offset += group.length
  }
}

/**
 * Gives each group of a createLineSegments object a new colour (a change of
 * theme), in the groups' order, without building the lines again.
 */
export function recolourLineSegments(lines: LineSegments<BufferGeometry, LineBasicMaterial>, groups: readonly { length: number; color: ColorRepresentation }[]): void {
  const attribute = lines.geometry.getAttribute('color') as BufferAttribute
  writeGroupColours(attribute.array as Float32Array, groups)
  attribute.needsUpdate = true
}

/** A single-colour LineSegments without the colour attribute. */
export function createPlainLineSegments(positions: Float32Array, color: ColorRepresentation, name: string) {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.computeBoundingSphere()
  const lines = new LineSegments(geometry, new LineBasicMaterial({ color }))
  lines.name = name
  return lines
}

export function disposeLines(lines: LineSegments<BufferGeometry, LineBasicMaterial>): void {
  lines.geometry.dispose()
  lines.material.dispose()
}
