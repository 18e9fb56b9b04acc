import { Color, Mesh, type ShaderMaterial } from 'three'
import type { Dataset } from '../../shared/dataset/schema'
import { angleBetween, arcHeight, toVector, type ArcLift, type Vec3 } from '../../shared/geo'
import type { RankedRegion } from '../../shared/latency'
import type { SceneYear } from '../../shared/lesson/schema'
import type { RegionStatuses } from '../../shared/status'
import type { Settings, Theme, UserLocation } from '../../shared/settings/schema'
import { shownLatencyRankingOf } from '../state/selectors'
import { conditionTag } from '../wording/statusWording'
import type { RegionNote } from './layerLabels'
import { commitArcs, createArcBuffers, writeArc, type ArcBuffers, type ArcSpec } from './arcGeometry'
import { NO_REGION, arcStyle, createArcMaterial } from './arcMaterial'
import { radii } from './dimensions'
import { bandColour, bandFor, formatRtt, LABELLED_NEAREST } from './latencyBands'
import { paletteFor } from '../theme/palette'
import type { GlobeRuntime } from './runtime'

/** Lower than network links: many arcs leave one point, and tall ones would ring the globe. */
export const LATENCY_LIFT: ArcLift = { perRadian: 0.06, max: 0.1 }

/** Every arc has the same number of pieces, so moving the pin rewrites the buffers in place. */
export const ARC_PIECES = 48

/** Dash periods per second while the dashes flow: a gentle drift. */
export const FLOW_SPEED = 0.5

export interface LatencyLayer {
  mesh: Mesh<ArcBuffers['geometry'], ShaderMaterial>
  buffers: ArcBuffers
}

/** The arcs' mesh with room for an arc to each of `regionCount` regions; hidden until written. */
export function createLatencyLayer(regionCount: number, theme: Theme = 'dark'): LatencyLayer {
  const buffers = createArcBuffers(regionCount * ARC_PIECES, true)
  const material = createArcMaterial({
    widthPx: 2,
    highlightWidthPx: 3.5,
    baseAlpha: 0.85,
    dimAlpha: 0.35,
    highlightColor: paletteFor(theme).latencyHighlight,
    highlightMix: 0.25,
  })
  const uniforms = material.uniforms
  if (uniforms.uFlowSpeed) uniforms.uFlowSpeed.value = FLOW_SPEED
  const mesh = new Mesh(buffers.geometry, material)
  // Sized in the shader, spanning the globe: no bounds to cull by.
  mesh.frustumCulled = false
  mesh.renderOrder = 8
  mesh.name = 'latency-arcs'
  mesh.visible = false
  return { mesh, buffers }
}

/** What the arcs are drawn from. */
export interface LatencyArcInput {
  dataset: Dataset | null
  userLocation: UserLocation | null
  /** The latency-arcs layer is on. */
  on: boolean
  scope: Settings['latencyArcScope']
  /** The band colours are the theme's; absent: dark. */
  theme?: Theme
  /** The time-lapse's year: arcs go only to the regions on the globe then (default: today, every region). */
  year?: SceneYear
}

/**
 * Whether a change of the arcs' inputs makes the dashes flow again. They flow for a new answer
 * to "how far is each region from me": the layer showing first, coming on, the pin moving,
 * another scope or dataset. A year step or a theme change redraws the same answer at rest: a
 * time-lapse stepping a year a second would otherwise keep the app drawing all the time.
 */
export function arcsFlowAfter(next: LatencyArcInput, previous: LatencyArcInput | null): boolean {
  if (previous === null) return true
  return (
    next.userLocation !== previous.userLocation ||
    (next.on && !previous.on) ||
    next.scope !== previous.scope ||
    next.dataset !== previous.dataset
  )
}

const pin: Vec3 = [0, 0, 0]
const target: Vec3 = [0, 0, 0]
const color = new Color()
const spec: ArcSpec = {
  from: pin,
  to: target,
  pieces: ARC_PIECES,
  radius: radii.arcs,
  height: 0,
  color,
  fromRegion: NO_REGION,
  toRegion: NO_REGION,
  style: arcStyle.directed,
}

/**
 * Takes the regions' ranking from the user's location among the regions of
 * the time-lapse's year (the one the panel shows, shownLatencyRankingOf) and rewrites the arcs in place (the same buffers, no new geometry),
 * nearest first, coloured by RTT band. Returns the regions drawn, in rank
 * order, or null when the layer shows nothing (off, no location, no data).
 */
export function writeLatencyArcs(layer: LatencyLayer, runtime: GlobeRuntime, input: LatencyArcInput): RankedRegion[] | null {
  const { dataset, userLocation, on, scope, theme = 'dark' } = input
  ;(layer.mesh.material.uniforms.uHighlightColor?.value as Color | undefined)?.set(paletteFor(theme).latencyHighlight)
  if (!on || userLocation === null || dataset === null || runtime.count === 0) {
    layer.mesh.visible = false
    commitArcs(layer.buffers, 0)
    return null
  }
  const ranked = shownLatencyRankingOf(dataset, userLocation, input.year ?? null)
  const limit = scope === 'all' ? ranked.length : Math.min(scope, ranked.length)
  toVector(userLocation.lat, userLocation.lon, 1, pin)
  const shown: RankedRegion[] = []
  let next = 0
  for (const region of ranked) {
    if (shown.length >= limit || next + ARC_PIECES > layer.buffers.capacity) break
    const i = runtime.indexOf(region.code)
    if (i < 0) continue
    target[0] = runtime.unit[3 * i] as number
    target[1] = runtime.unit[3 * i + 1] as number
    target[2] = runtime.unit[3 * i + 2] as number
    spec.height = arcHeight(angleBetween(pin, target), LATENCY_LIFT)
    spec.toRegion = i
    color.set(bandColour(bandFor(region.rttMs), theme))
    next = writeArc(layer.buffers, next, spec)
    shown.push(region)
  }
  commitArcs(layer.buffers, next)
  layer.mesh.visible = true
  return shown
}

const NO_STATUSES: RegionStatuses = new Map()

/**
 * The RTT notes ("11 ms", in the band's colour) for the labels of the
 * nearest regions drawn. A region that is not open, or has a reported
 * outage, says so ("66 ms · announced"); the nearest open region is always
 * labelled, even when announced or out-of-service regions come before it.
 */
export function nearestNotes(ranked: readonly RankedRegion[], statuses: RegionStatuses = NO_STATUSES, theme: Theme = 'dark'): Map<string, RegionNote> {
  const notes = new Map<string, RegionNote>()
  const note = (region: RankedRegion) => {
    const tag = conditionTag(statuses.get(region.code)?.condition ?? 'open')
    const rtt = formatRtt(region.rttMs)
    notes.set(region.code, { text: tag ? `${rtt} · ${tag}` : rtt, color: bandColour(bandFor(region.rttMs), theme) })
  }
  for (const region of ranked.slice(0, LABELLED_NEAREST)) note(region)
  const nearestOpen = ranked.find((r) => statuses.get(r.code)?.open ?? true)
  if (nearestOpen && !notes.has(nearestOpen.code)) note(nearestOpen)
  return notes
}
