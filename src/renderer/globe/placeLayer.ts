import { Color, InstancedBufferAttribute, InstancedMesh, Matrix4, PlaneGeometry, type ShaderMaterial } from 'three'
import { centralAngle, toVector, type Vec3 } from '../../shared/geo'
import { markShapeIndex, type MarkShape } from '../legend/markShapes'
import type { PlaceKind, PlaceMark } from '../state/selectors'
import { palette } from '../theme/palette'
import { radii } from './dimensions'
import { createPlaceMaterial, placeState } from './placeMaterial'
import type { PickablePlace } from './placePicking'

/** How each kind of mark is drawn: its shape, colour and radius in CSS px. */
export const placeLooks: Readonly<Record<PlaceKind, { shape: MarkShape; colour: string; radiusPx: number }>> = {
  edge: { shape: 'triangle', colour: palette.edgeLocation, radiusPx: 5.5 },
  'regional-edge-cache': { shape: 'diamond', colour: palette.regionalEdgeCache, radiusPx: 7.5 },
  'local-zone': { shape: 'square', colour: palette.localZone, radiusPx: 5 },
  'wavelength-zone': { shape: 'plus', colour: palette.wavelengthZone, radiusPx: 6 },
}

/** Marks of different kinds closer than this (degrees) sit side by side rather than on top of each other. */
const SIDE_BY_SIDE_DEGREES = 0.35
/** How far each of two such marks moves aside, CSS px. */
const ASIDE_PX = 6.5

/**
 * Horizontal screen offsets (px, x then y per mark) that keep two marks of
 * different kinds at (nearly) one place apart: Los Angeles has a Local Zone
 * and a Wavelength Zone, Frankfurt an edge location and a regional edge cache.
 */
export function asideOffsets(marks: readonly Pick<PlaceMark, 'kind' | 'lat' | 'lon'>[]): Float32Array {
  const offsets = new Float32Array(marks.length * 2)
  const limit = (SIDE_BY_SIDE_DEGREES * Math.PI) / 180
  for (let i = 0; i < marks.length; i++) {
    if (offsets[2 * i] !== 0) continue
    const a = marks[i] as PlaceMark
    for (let j = i + 1; j < marks.length; j++) {
      const b = marks[j] as PlaceMark
      if (b.kind === a.kind || offsets[2 * j] !== 0 || centralAngle(a, b) > limit) continue
      offsets[2 * i] = -ASIDE_PX
      offsets[2 * j] = ASIDE_PX
      break
    }
  }
  return offsets
}

export interface PlaceLayer {
  mesh: InstancedMesh<PlaneGeometry, ShaderMaterial>
  marks: readonly PlaceMark[]
  indexByKey: ReadonlyMap<string, number>
  /** Where each mark sits (scene units) and its offset, for picking. */
  pickable: readonly PickablePlace[]
}

/** Every mark as one instance of one mesh: one draw call, whatever their kinds. */
export function createPlaceLayer(marks: readonly PlaceMark[], name: string, renderOrder: number): PlaceLayer {
  const count = marks.length
  const geometry = new PlaneGeometry(2, 2)
  const colour = new Float32Array(count * 3)
  const shape = new Float32Array(count)
  const radius = new Float32Array(count)
  const hollow = new Float32Array(count)
  const offsets = asideOffsets(marks)
  const scratch = new Color()
  marks.forEach((mark, i) => {
    const look = placeLooks[mark.kind]
    scratch.set(look.colour)
    colour.set([scratch.r, scratch.g, scratch.b], 3 * i)
    shape[i] = markShapeIndex[look.shape]
    radius[i] = look.radiusPx
    hollow[i] = mark.unconfirmed ? 1 : 0
  })
  geometry.setAttribute('aColor', new InstancedBufferAttribute(colour, 3))
  geometry.setAttribute('aShape', new InstancedBufferAttribute(shape, 1))
  geometry.setAttribute('aRadius', new InstancedBufferAttribute(radius, 1))
  geometry.setAttribute('aHollow', new InstancedBufferAttribute(hollow, 1))
  geometry.setAttribute('aOffset', new InstancedBufferAttribute(offsets, 2))
  geometry.setAttribute('aState', new InstancedBufferAttribute(new Float32Array(count), 1))
  geometry.setAttribute('aShown', new InstancedBufferAttribute(new Float32Array(count).fill(1), 1))

  const mesh = new InstancedMesh(geometry, createPlaceMaterial(), count)
  const matrix = new Matrix4()
  const pickable: PickablePlace[] = []
  marks.forEach((mark, i) => {
    const at: Vec3 = toVector(mark.lat, mark.lon, radii.markers)
    mesh.setMatrixAt(i, matrix.makeTranslation(at[0], at[1], at[2]))
    pickable.push({ key: mark.key, at, offsetX: offsets[2 * i] as number, offsetY: offsets[2 * i + 1] as number })
  })
  mesh.instanceMatrix.needsUpdate = true
  // Sized in the shader and spread over the globe: no bounds to cull by.
  mesh.frustumCulled = false
  mesh.renderOrder = renderOrder
  mesh.name = name
  return { mesh, marks, indexByKey: new Map(marks.map((mark, i) => [mark.key, i])), pickable }
}

/** Marks the hovered and the selected mark (keys of other layers are ignored). */
export function writePlaceState(layer: PlaceLayer, hovered: string | null, selected: string | null): void {
  const attribute = layer.mesh.geometry.getAttribute('aState') as InstancedBufferAttribute
  const array = attribute.array as Float32Array
  array.fill(0)
  const h = hovered === null ? undefined : layer.indexByKey.get(hovered)
  const s = selected === null ? undefined : layer.indexByKey.get(selected)
  if (h !== undefined) array[h] = (array[h] as number) + placeState.hovered
  if (s !== undefined) array[s] = (array[s] as number) + placeState.selected
  attribute.needsUpdate = true
}

/** Shows the marks `shown` accepts and hides the rest (a hidden mark is moved out of the picture by the shader). */
export function writePlaceShown(layer: PlaceLayer, shown: (mark: PlaceMark) => boolean): PickablePlace[] {
  const attribute = layer.mesh.geometry.getAttribute('aShown') as InstancedBufferAttribute
  const array = attribute.array as Float32Array
  const visible: PickablePlace[] = []
  layer.marks.forEach((mark, i) => {
    const on = shown(mark)
    array[i] = on ? 1 : 0
    if (on) visible.push(layer.pickable[i] as PickablePlace)
  })
  attribute.needsUpdate = true
  layer.mesh.visible = visible.length > 0
  return visible
}

export function disposePlaceLayer(layer: PlaceLayer): void {
  layer.mesh.geometry.dispose()
  layer.mesh.material.dispose()
  layer.mesh.dispose()
}
