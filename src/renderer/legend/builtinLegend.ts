import { latencyBands } from '../globe/latencyBands'
import { palette } from '../theme/palette'
import type { AppState } from '../state/store'
import type { LegendItem, LegendProvider } from './types'

// The swatches take their colours from the globe's palette, so the legend
// cannot disagree with the picture. Shapes differ as well as colours.

/**
 * The disc colour the region swatches show. While the markers are coloured by
 * price index their fill means a price bin, so the status colours would
 * mislead: the swatches then show a neutral fill and only the rings matter.
 */
export function legendMarkerFill(state: AppState): string {
  return state.markerColouring === 'price-index' ? NEUTRAL_MARKER_FILL : palette.regionAvailable
}

const NEUTRAL_MARKER_FILL = '#d0d7de'

function regionItems(state: AppState): LegendItem[] {
  const fill = legendMarkerFill(state)
  const status: LegendItem[] =
    state.markerColouring === 'price-index'
      ? []
      : [
          { label: 'Available region', swatch: { shape: 'disc', colour: palette.regionAvailable } },
          { label: 'Announced region', swatch: { shape: 'ring', colour: palette.regionAnnounced } },
        ]
  return [
    ...status,
    { label: 'Selected region', swatch: { shape: 'ringed-disc', colour: fill, ring: palette.regionSelected } },
    { label: 'Country borders', swatch: { shape: 'line', colour: palette.border } },
  ]
}

/** The regions, the network's links and the user's pin. */
export const regionsLegend: LegendProvider = (state) => ({
  id: 'regions',
  columns: 2,
  order: 0,
  items: [
    ...regionItems(state),
    ...(state.layers.network
      ? [{ label: 'Network link (schematic)', swatch: { shape: 'line', colour: palette.networkLink } } as const]
      : []),
    ...(state.userLocation ? [{ label: 'Your location', swatch: { shape: 'disc', colour: palette.userPin } } as const] : []),
  ],
})

/** The latency arcs' bands, while the arcs are drawn. */
export const latencyArcsLegend: LegendProvider = (state) =>
  state.layers.latencyArcs && state.userLocation
    ? {
        id: 'latency-arcs',
        title: 'Latency arcs: estimated round trip',
        columns: 4,
        order: 20,
        items: latencyBands.map((band) => ({ label: band.label, swatch: { shape: 'line', colour: band.colour, width: 4 } })),
      }
    : null
