import { Color, InstancedBufferAttribute, Matrix4, Mesh, type ShaderMaterial } from 'three'
import type { PathStop, RequestPath } from '../../shared/edges'
import { angleBetween, arcHeight, toVector, type ArcLift, type Vec3 } from '../../shared/geo'
import type { PlaceMark } from '../state/selectors'
import { palette } from '../theme/palette'
import { commitArcs, createArcBuffers, writeArc, type ArcBuffers } from './arcGeometry'
import { NO_REGION, arcStyle, createArcMaterial } from './arcMaterial'
import { radii } from './dimensions'
import { layerLabelPriority, type LayerLabel, type RegionNote } from './layerLabels'
import { formatRtt } from './latencyBands'
import { createPlaceLayer, placeLooks, type PlaceLayer } from './placeLayer'

/** Higher than the latency arcs: the path is the one thing the picture is about. */
const PATH_LIFT: ArcLift = { perRadian: 0.12, max: 0.14 }
const PIECES = 48
/** A hit has one leg, a miss three. */
const MAX_LEGS = 3

export interface RequestPathLayer {
  arcs: Mesh<ArcBuffers['geometry'], ShaderMaterial>
  buffers: ArcBuffers
  /** The edge location and the regional edge cache the path passes, ringed (the origin is a region marker). */
  stops: PlaceLayer
}

/** Placeholders for the two stop marks: their places are written per path. */
function stopMark(kind: 'edge' | 'regional-edge-cache'): PlaceMark {
  return { key: `path:${kind}`, kind, lat: 0, lon: 0, city: '', country: null, countryCode: 'ZZ', region: null, names: [], carriers: [], unconfirmed: false }
}

export function createRequestPathLayer(): RequestPathLayer {
  const buffers = createArcBuffers(MAX_LEGS * PIECES, true)
  const material = createArcMaterial({
    widthPx: 3.5,
    highlightWidthPx: 3.5,
    baseAlpha: 1,
    dimAlpha: 1,
    highlightColor: palette.requestPath,
    highlightMix: 0,
  })
  const uniforms = material.uniforms
  if (uniforms.uFlowSpeed) uniforms.uFlowSpeed.value = 0.6
  const arcs = new Mesh(buffers.geometry, material)
  arcs.frustumCulled = false
  arcs.renderOrder = 12
  arcs.name = 'request-path'
  arcs.visible = false
  const stops = createPlaceLayer([stopMark('edge'), stopMark('regional-edge-cache')], 'request-path-stops', 12)
  // Both ringed, as selected marks are: the stops of this request.
  const state = stops.mesh.geometry.getAttribute('aState') as InstancedBufferAttribute
  ;(state.array as Float32Array).fill(2)
  stops.mesh.visible = false
  return { arcs, buffers, stops }
}

const color = new Color()
const matrix = new Matrix4()
const at: Vec3 = [0, 0, 0]

/** Draws a path (or nothing, for null): its legs as directed arcs, its edge and cache stops ringed. */
export function writeRequestPath(layer: RequestPathLayer, path: RequestPath | null): void {
  let next = 0
  const shown = layer.stops.mesh.geometry.getAttribute('aShown') as InstancedBufferAttribute
  const shownArray = shown.array as Float32Array
  shownArray.fill(0)
  if (path) {
    color.set(palette.requestPath)
    for (const leg of path.legs) {
      const from = toVector(leg.from.lat, leg.from.lon)
      const to = toVector(leg.to.lat, leg.to.lon)
      next = writeArc(layer.buffers, next, {
        from,
        to,
        pieces: PIECES,
        radius: radii.arcs,
        height: arcHeight(angleBetween(from, to), PATH_LIFT),
        color,
        fromRegion: NO_REGION,
        toRegion: NO_REGION,
        style: arcStyle.directed,
      })
    }
    path.stops.forEach((stop) => {
      const slot = stop.kind === 'edge' ? 0 : stop.kind === 'regional-edge-cache' ? 1 : -1
      if (slot < 0) return
      toVector(stop.lat, stop.lon, radii.markers, at)
      layer.stops.mesh.setMatrixAt(slot, matrix.makeTranslation(at[0], at[1], at[2]))
      shownArray[slot] = 1
    })
    layer.stops.mesh.instanceMatrix.needsUpdate = true
  }
  shown.needsUpdate = true
  commitArcs(layer.buffers, next)
  layer.arcs.visible = next > 0
  layer.stops.mesh.visible = next > 0
}

const stopWords: Record<Exclude<PathStop['kind'], 'viewer' | 'origin'>, string> = {
  edge: 'edge location',
  'regional-edge-cache': 'regional edge cache',
}

/**
 * The edge location and the regional edge cache the path passes, with the
 * round trip of the leg that reaches each: "Nairobi edge location · 18 ms",
 * "Mumbai regional edge cache · +61 ms". (The origin's figure is a note on
 * its region label: pathOriginNote.)
 */
export function pathStopLabels(path: RequestPath | null): LayerLabel[] {
  if (!path) return []
  return path.legs.flatMap((leg): LayerLabel[] => {
    const stop = leg.to
    if (stop.kind !== 'edge' && stop.kind !== 'regional-edge-cache') return []
    const point = toVector(stop.lat, stop.lon, radii.markers)
    const name = `${stop.label} ${stopWords[stop.kind]}`
    const kind = stop.kind
    return [{
      x: point[0],
      y: point[1],
      z: point[2],
      text: `${name} · ${kind === 'edge' ? '' : '+'}${formatRtt(leg.rttMs)}`,
      priority: layerLabelPriority.pathStop,
      align: 'beside',
      gapPx: placeLooks[kind].radiusPx + 8,
      raisePx: 0,
      color: palette.requestPath,
      size: 'normal',
    }]
  })
}

/** "origin · +41 ms" beside the origin region's label, for a miss. */
export function pathOriginNote(path: RequestPath | null): Map<string, RegionNote> {
  const last = path?.outcome === 'miss' ? path.legs.at(-1) : undefined
  if (!last || last.to.id === null) return new Map()
  return new Map([[last.to.id, { text: `origin · +${formatRtt(last.rttMs)}`, color: palette.requestPath }]])
}
