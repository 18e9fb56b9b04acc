import { Color, Mesh, type ShaderMaterial } from 'three'
import type { Dataset, Region } from '../../shared/dataset/schema'
import { angleBetween, arcHeight, toVector, type ArcLift, type Vec3 } from '../../shared/geo'
import { layerLabelPriority, type LayerLabel } from './layerLabels'
import { arcMidpoint, commitArcs, createArcBuffers, fillArcColour, writeArc, type ArcBuffers } from './arcGeometry'
import { arcStyle, createArcMaterial } from './arcMaterial'
import { radii } from './dimensions'
import { formatRtt } from './latencyBands'
import type { Theme } from '../../shared/settings/schema'
import { paletteFor } from '../theme/palette'

type NetworkLink = Dataset['network']['links'][number]

/** Midpoint height: 0.1 Earth radii per radian of the link, at most 0.16 (about 1,000 km). */
export const LINK_LIFT: ArcLift = { perRadian: 0.1, max: 0.16 }

/** Longest piece of an arc, degrees: short links stay smooth, long ones get more pieces. */
const STEP_DEGREES = 2
const MIN_PIECES = 6

export interface ResolvedLink {
  /** Indices of the two regions in the runtime's order. */
  from: number
  to: number
  rttMs: number | null
  /** The arc's highest point, where its RTT label goes. */
  midpoint: Vec3
}

interface LinkShape {
  a: number
  b: number
  rttMs: number | null
  from: Vec3
  to: Vec3
  pieces: number
  height: number
}

export interface NetworkLayer {
  mesh: Mesh<ArcBuffers['geometry'], ShaderMaterial>
  buffers: ArcBuffers
  /** The links drawn now (all of them, or those between the regions of the time-lapse's year). */
  links: ResolvedLink[]
  /** Every link the layer can draw, in the dataset's order. */
  readonly shapes: readonly LinkShape[]
  /** Segments written. */
  segments: number
  /** The theme whose colours the links are written in. */
  theme: Theme
}

/**
 * How the links are drawn, CSS px and opacity. At rest they must read from
 * the back of a classroom (about 3 m from a projected 2.5 m image, where a
 * 1.5 px line at half opacity vanishes), and a highlighted link must still
 * stand out: wider, opaque and brighter, while the others step back.
 */
export const NETWORK_LINK_WEIGHT = {
  restWidthPx: 2.5,
  restAlpha: 0.8,
  highlightWidthPx: 4.5,
  /** The other links while some are highlighted. */
  dimAlpha: 0.25,
} as const

/**
 * Every link as an arc of one merged mesh: measured links solid,
 * unmeasured ones dashed. `regions` is the runtime's order, which the
 * highlight uniforms index. A link naming an unknown region is skipped (the
 * dataset's cross-references are checked when it loads). The buffers hold
 * room for every link; writeNetworkLinks draws a subset.
 */
export function createNetworkLayer(links: readonly NetworkLink[], regions: readonly Region[], theme: Theme = 'dark'): NetworkLayer {
  const indexByCode = new Map(regions.map((region, i) => [region.code, i]))
  const shapes = links.flatMap((link): LinkShape[] => {
    const a = indexByCode.get(link.from)
    const b = indexByCode.get(link.to)
    const regionA = a === undefined ? undefined : regions[a]
    const regionB = b === undefined ? undefined : regions[b]
    if (a === undefined || b === undefined || !regionA || !regionB) return []
    const from = toVector(regionA.lat, regionA.lon)
    const to = toVector(regionB.lat, regionB.lon)
    const angle = angleBetween(from, to)
    const pieces = Math.max(MIN_PIECES, Math.ceil((angle * 180) / Math.PI / STEP_DEGREES))
    return [{ rttMs: link.rttMs, a, b, from, to, pieces, height: arcHeight(angle, LINK_LIFT) }]
  })
  const buffers = createArcBuffers(shapes.reduce((sum, shape) => sum + shape.pieces, 0))
  const material = createArcMaterial({
    widthPx: NETWORK_LINK_WEIGHT.restWidthPx,
    highlightWidthPx: NETWORK_LINK_WEIGHT.highlightWidthPx,
    baseAlpha: NETWORK_LINK_WEIGHT.restAlpha,
    dimAlpha: NETWORK_LINK_WEIGHT.dimAlpha,
    highlightColor: paletteFor(theme).networkLinkHighlight,
    highlightMix: 0.75,
  })
  const mesh = new Mesh(buffers.geometry, material)
  // Sized in the shader, spanning the globe: no bounds to cull by.
  mesh.frustumCulled = false
  mesh.renderOrder = 7
  mesh.name = 'network-links'
  const layer: NetworkLayer = { mesh, buffers, links: [], shapes, segments: 0, theme }
  writeNetworkLinks(layer, null)
  return layer
}

/** The links in the theme's colours. */
export function applyNetworkColours(layer: NetworkLayer, theme: Theme): void {
  const palette = paletteFor(theme)
  layer.theme = theme
  fillArcColour(layer.buffers, layer.segments, new Color(palette.networkLink))
  ;(layer.mesh.material.uniforms.uHighlightColor?.value as Color | undefined)?.set(palette.networkLinkHighlight)
}

const linkColor = new Color()

/**
 * Rewrites the layer's buffers in place with the links whose two regions
 * are both in `shown` (null: every link): the schematic network of the
 * time-lapse's year. `shown` holds region indices in the runtime's order.
 */
export function writeNetworkLinks(layer: NetworkLayer, shown: ((regionIndex: number) => boolean) | null): void {
  linkColor.set(paletteFor(layer.theme).networkLink)
  const resolved: ResolvedLink[] = []
  let next = 0
  for (const shape of layer.shapes) {
    if (shown && !(shown(shape.a) && shown(shape.b))) continue
    const spec = {
      from: shape.from,
      to: shape.to,
      pieces: shape.pieces,
      radius: radii.arcs,
      height: shape.height,
      color: linkColor,
      fromRegion: shape.a,
      toRegion: shape.b,
      style: shape.rttMs === null ? arcStyle.dashed : arcStyle.solid,
    }
    next = writeArc(layer.buffers, next, spec)
    resolved.push({ from: shape.a, to: shape.b, rttMs: shape.rttMs, midpoint: arcMidpoint(spec, [0, 0, 0]) })
  }
  commitArcs(layer.buffers, next)
  layer.links = resolved
  layer.segments = next
}

/** RTT labels ("78 ms", "not measured") at the midpoints of the hovered and the selected region's links. */
export function linkLabels(links: readonly ResolvedLink[], hovered: number, selected: number, theme: Theme = 'dark'): LayerLabel[] {
  if (hovered < 0 && selected < 0) return []
  const labels: LayerLabel[] = []
  for (const link of links) {
    const ofHovered = hovered >= 0 && (link.from === hovered || link.to === hovered)
    const ofSelected = selected >= 0 && (link.from === selected || link.to === selected)
    if (!ofHovered && !ofSelected) continue
    labels.push({
      x: link.midpoint[0],
      y: link.midpoint[1],
      z: link.midpoint[2],
      text: link.rttMs === null ? 'not measured' : formatRtt(link.rttMs),
      // The hovered region's links first when not all fit.
      priority: layerLabelPriority.link + (ofHovered ? 0.5 : 0),
      align: 'centre',
      gapPx: 0,
      raisePx: 0,
      color: paletteFor(theme).networkLabel,
      size: 'small',
    })
  }
  return labels
}
