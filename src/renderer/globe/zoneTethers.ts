import { Color, Mesh, type ShaderMaterial } from 'three'
import { angleBetween, arcHeight, toVector, type ArcLift } from '../../shared/geo'
import type { PlaceMark } from '../state/selectors'
import { commitArcs, createArcBuffers, writeArc, type ArcBuffers } from './arcGeometry'
import { NO_REGION, arcStyle, createArcMaterial } from './arcMaterial'
import { radii } from './dimensions'
import { placeLooks } from './placeLayer'

/** A tether hardly leaves the ground: it says "belongs to", not "a route". */
const TETHER_LIFT: ArcLift = { perRadian: 0.03, max: 0.03 }
const PIECES = 12

export interface ZoneTethers {
  mesh: Mesh<ArcBuffers['geometry'], ShaderMaterial>
  buffers: ArcBuffers
}

/** The thin lines from zone marks to their parent regions, room for `capacity` of them, one draw call. */
export function createZoneTethers(capacity: number): ZoneTethers {
  const buffers = createArcBuffers(capacity * PIECES, true)
  const material = createArcMaterial({
    widthPx: 1,
    highlightWidthPx: 2,
    baseAlpha: 0.55,
    dimAlpha: 0.3,
    highlightColor: '#ffffff',
    highlightMix: 0.2,
  })
  const mesh = new Mesh(buffers.geometry, material)
  mesh.frustumCulled = false
  mesh.renderOrder = 6
  mesh.name = 'zone-tethers'
  mesh.visible = false
  return { mesh, buffers }
}

const color = new Color()

/**
 * Rewrites the tethers for the marks shown, each in its kind's colour; its
 * parent's index in the runtime's order (`indexOf`) lets the arc material
 * light a hovered or selected region's tethers. A mark whose parent is not
 * on the globe gets none.
 */
export function writeZoneTethers(
  tethers: ZoneTethers,
  marks: readonly PlaceMark[],
  parentOf: (code: string) => { index: number; lat: number; lon: number } | null,
): void {
  let next = 0
  for (const mark of marks) {
    const parent = mark.region ? parentOf(mark.region) : null
    if (!parent || next + PIECES > tethers.buffers.capacity) continue
    const from = toVector(mark.lat, mark.lon)
    const to = toVector(parent.lat, parent.lon)
    color.set(placeLooks[mark.kind].colour)
    next = writeArc(tethers.buffers, next, {
      from,
      to,
      pieces: PIECES,
      radius: radii.arcs,
      height: arcHeight(angleBetween(from, to), TETHER_LIFT),
      color,
      fromRegion: NO_REGION,
      toRegion: parent.index,
      style: mark.unconfirmed ? arcStyle.dashed : arcStyle.solid,
    })
  }
  commitArcs(tethers.buffers, next)
  tethers.mesh.visible = next > 0
}
