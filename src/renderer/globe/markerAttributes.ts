import { Color } from 'three'
import type { Region } from '../../shared/dataset/schema'
import type { PriceIndexes } from '../../shared/pricing'
import type { DrawnPosition } from '../../shared/regions'
import type { RegionStatuses } from '../../shared/status'
import type { Theme } from '../../shared/settings/schema'
import type { MarkerColouring } from '../state/store'
import { paletteFor } from '../theme/palette'
import { PRICE_UNKNOWN_COLOUR, priceBinFor } from './priceScale'

/**
 * Bits of the per-instance `aEmphasis` attribute (the less frequent marks; hover and selection live in `aState`).
 * `hidden`: not on the globe at the time-lapse's year; `fresh`: new at that year.
 */
export const markerEmphasis = { dimmed: 1, compared: 2, top: 4, approximate: 8, hidden: 16, fresh: 32 } as const

/**
 * The marker's shape, so that a state reads without colour:
 * - disc: an open region (or, by price, one with a price index);
 * - ring: announced (or, by price, no price index);
 * - half: a reported outage that leaves the region open (degraded): the upper half filled;
 * - struck: reported out of service: a ring struck through.
 */
export type MarkerShape = 'disc' | 'ring' | 'half' | 'struck'

/** The `aShape` value the shader reads for each shape. */
export const markerShapeCode: Readonly<Record<MarkerShape, number>> = { disc: 0, ring: 1, half: 2, struck: 3 }

/** What decides how each marker looks, apart from hover and selection. */
export interface MarkerInputs {
  colouring: MarkerColouring
  priceIndexes: PriceIndexes
  /** Outside the residency or services constraint. */
  dimmed: ReadonlySet<string>
  /** The chooser's top three, best first. */
  top: readonly string[]
  compared: readonly string[]
  /** Each region's dated status (selectRegionStatuses); a region it does not know is open. */
  statuses: RegionStatuses
  /** Where each marker is drawn (selectRegionPlacement): approximate ones get a dotted ring. */
  placement: ReadonlyMap<string, DrawnPosition>
  /** The status colours are the theme's. */
  theme: Theme
  /** Regions on the globe at the time-lapse's year; null or absent: every region. */
  shown?: ReadonlySet<string> | null
  /** Regions new at the time-lapse's year, marked for the step. */
  added?: ReadonlySet<string>
}

export interface MarkerLook {
  /** CSS hex colour of the disc (or ring). */
  fill: string
  shape: MarkerShape
  /** markerEmphasis bits. */
  emphasis: number
}

/** The outage shapes win in both colourings: a region reported out of service must never look like any other. */
function outageShape(region: Region, statuses: RegionStatuses): MarkerShape | null {
  const condition = statuses.get(region.code)?.condition
  return condition === 'out-of-service' ? 'struck' : condition === 'degraded' ? 'half' : null
}

/** How one region's marker looks for the inputs. */
export function markerLook(region: Region, inputs: MarkerInputs): MarkerLook {
  const outage = outageShape(region, inputs.statuses)
  let fill: string
  let shape: MarkerShape
  if (inputs.colouring === 'price-index') {
    const index = inputs.priceIndexes.get(region.code)
    fill = index ? priceBinFor(index.index).colour : PRICE_UNKNOWN_COLOUR
    shape = outage ?? (index ? 'disc' : 'ring')
  } else if (outage) {
    fill = paletteFor(inputs.theme).regionOutage
    shape = outage
  } else {
    const announced = region.status === 'announced' || inputs.statuses.get(region.code)?.condition === 'announced'
    const colours = paletteFor(inputs.theme)
    fill = announced ? colours.regionAnnounced : colours.regionAvailable
    shape = announced ? 'ring' : 'disc'
  }
  const emphasis =
    (inputs.dimmed.has(region.code) ? markerEmphasis.dimmed : 0) |
    (inputs.compared.includes(region.code) ? markerEmphasis.compared : 0) |
    (inputs.top.includes(region.code) ? markerEmphasis.top : 0) |
    (inputs.placement.get(region.code)?.approximate ? markerEmphasis.approximate : 0) |
    (inputs.shown && !inputs.shown.has(region.code) ? markerEmphasis.hidden : 0) |
    (inputs.added?.has(region.code) ? markerEmphasis.fresh : 0)
  return { fill, shape, emphasis }
}

/** The per-instance buffers of the marker mesh: instance i is regions[i]. */
export interface MarkerBuffers {
  /** Linear RGB triples, as the shader expects (the output pass converts to sRGB). */
  fill: Float32Array
  /** markerShapeCode per instance. */
  shape: Float32Array
  emphasis: Float32Array
}

export function createMarkerBuffers(count: number): MarkerBuffers {
  return { fill: new Float32Array(count * 3), shape: new Float32Array(count), emphasis: new Float32Array(count) }
}

const scratch = new Color()

/** Writes every region's look into the buffers (called when an input changes, never per frame). */
export function writeMarkerBuffers(regions: readonly Region[], inputs: MarkerInputs, out: MarkerBuffers): void {
  regions.forEach((region, i) => {
    const look = markerLook(region, inputs)
    scratch.set(look.fill)
    out.fill[3 * i] = scratch.r
    out.fill[3 * i + 1] = scratch.g
    out.fill[3 * i + 2] = scratch.b
    out.shape[i] = markerShapeCode[look.shape]
    out.emphasis[i] = look.emphasis
  })
}

/** "#1", "#2", "#3" beside the top three's labels, in the chooser's colour. */
export function topRankNotes(top: readonly string[], theme: Theme = 'dark'): Map<string, { text: string; color: string }> {
  const color = paletteFor(theme).chooserTop
  return new Map(top.map((code, rank) => [code, { text: `#${rank + 1}`, color }]))
}
