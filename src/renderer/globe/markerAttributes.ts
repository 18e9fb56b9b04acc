import { Color } from 'three'
import type { Region } from '../../shared/dataset/schema'
import type { PriceIndexes } from '../../shared/pricing'
import type { MarkerColouring } from '../state/store'
import { palette } from '../theme/palette'
import { PRICE_UNKNOWN_COLOUR, priceBinFor } from './priceScale'

/**
 * Bits of the per-instance `aEmphasis` attribute (the less frequent marks; hover and selection live in `aState`).
 * `hidden`: not on the globe at the time-lapse's year; `fresh`: new at that year.
 */
export const markerEmphasis = { dimmed: 1, compared: 2, top: 4, hidden: 8, fresh: 16 } as const

/** What decides how each marker looks, apart from hover and selection. */
export interface MarkerInputs {
  colouring: MarkerColouring
  priceIndexes: PriceIndexes
  /** Outside the residency or services constraint. */
  dimmed: ReadonlySet<string>
  /** The chooser's top three, best first. */
  top: readonly string[]
  compared: readonly string[]
  /** Regions on the globe at the time-lapse's year; null or absent: every region. */
  shown?: ReadonlySet<string> | null
  /** Regions new at the time-lapse's year, marked for the step. */
  added?: ReadonlySet<string>
}

export interface MarkerLook {
  /** CSS hex colour of the disc (or ring). */
  fill: string
  /** Drawn as a ring: an announced region by status, a region without a price index by price. */
  hollow: boolean
  /** markerEmphasis bits. */
  emphasis: number
}

/** How one region's marker looks for the inputs. */
export function markerLook(region: Region, inputs: MarkerInputs): MarkerLook {
  let fill: string
  let hollow: boolean
  if (inputs.colouring === 'price-index') {
    const index = inputs.priceIndexes.get(region.code)
    fill = index ? priceBinFor(index.index).colour : PRICE_UNKNOWN_COLOUR
    hollow = !index
  } else {
    hollow = region.status === 'announced'
    fill = hollow ? palette.regionAnnounced : palette.regionAvailable
  }
  const emphasis =
    (inputs.dimmed.has(region.code) ? markerEmphasis.dimmed : 0) |
    (inputs.compared.includes(region.code) ? markerEmphasis.compared : 0) |
    (inputs.top.includes(region.code) ? markerEmphasis.top : 0) |
    (inputs.shown && !inputs.shown.has(region.code) ? markerEmphasis.hidden : 0) |
    (inputs.added?.has(region.code) ? markerEmphasis.fresh : 0)
  return { fill, hollow, emphasis }
}

/** The per-instance buffers of the marker mesh: instance i is regions[i]. */
export interface MarkerBuffers {
  /** Linear RGB triples, as the shader expects (the output pass converts to sRGB). */
  fill: Float32Array
  hollow: Float32Array
  emphasis: Float32Array
}

export function createMarkerBuffers(count: number): MarkerBuffers {
  return { fill: new Float32Array(count * 3), hollow: new Float32Array(count), emphasis: new Float32Array(count) }
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
    out.hollow[i] = look.hollow ? 1 : 0
    out.emphasis[i] = look.emphasis
  })
}

/** "#1", "#2", "#3" beside the top three's labels, in the chooser's colour. */
export function topRankNotes(top: readonly string[]): Map<string, { text: string; color: string }> {
  return new Map(top.map((code, rank) => [code, { text: `#${rank + 1}`, color: palette.chooserTop }]))
}
