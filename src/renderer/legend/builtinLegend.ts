import { latencyBands } from '../globe/latencyBands'
import { palette } from '../globe/palette'
import { registerLegend, type LegendItem } from './registry'

// The swatches take their colours from the globe's palette, so the legend
// cannot disagree with the picture. Shapes differ as well as colours.

const regionItems: readonly LegendItem[] = [
  { label: 'Available region', swatch: { shape: 'disc', colour: palette.regionAvailable } },
  { label: 'Announced region', swatch: { shape: 'ring', colour: palette.regionAnnounced } },
  {
    label: 'Selected region',
    swatch: { shape: 'ringed-disc', colour: palette.regionAvailable, ring: palette.regionSelected },
  },
  { label: 'Country borders', swatch: { shape: 'line', colour: palette.border } },
]

registerLegend('regions', (state) => ({
  id: 'regions',
  columns: 2,
  order: 0,
  items: [
    ...regionItems,
    ...(state.layers.network
      ? [{ label: 'Network link (schematic)', swatch: { shape: 'line', colour: palette.networkLink } } as const]
      : []),
    ...(state.userLocation ? [{ label: 'Your location', swatch: { shape: 'disc', colour: palette.userPin } } as const] : []),
  ],
}))

registerLegend('latency-arcs', (state) =>
  state.layers.latencyArcs && state.userLocation
    ? {
        id: 'latency-arcs',
        title: 'Latency arcs: estimated round trip',
        columns: 4,
        order: 20,
        items: latencyBands.map((band) => ({ label: band.label, swatch: { shape: 'line', colour: band.colour, width: 4 } })),
      }
    : null,
)
