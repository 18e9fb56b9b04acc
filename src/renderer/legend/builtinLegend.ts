import { latencyBands } from '../globe/latencyBands'
import { selectDatasetDates, selectRegionPlacement, selectRegionStatuses } from '../state/selectors'
import { palette } from '../theme/palette'
import type { AppState } from '../state/store'
import { layerAsOf } from '../wording/datesWording'
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

/** The outage and placement entries, each only while some marker shows it. */
function statusItems(state: AppState): LegendItem[] {
  const statuses = [...selectRegionStatuses(state).values()]
  const eventsAsOf = layerAsOf(selectDatasetDates(state), 'statusEvents')
  const colour = state.markerColouring === 'price-index' ? NEUTRAL_MARKER_FILL : palette.regionOutage
  const items: LegendItem[] = []
  if (statuses.some((s) => s.condition === 'degraded')) {
    items.push({ label: 'Outage reported (degraded)', swatch: { shape: 'half', colour }, asOf: eventsAsOf })
  }
  if (statuses.some((s) => s.condition === 'out-of-service')) {
    items.push({ label: 'Reported out of service', swatch: { shape: 'struck', colour }, asOf: eventsAsOf })
  }
  if ([...selectRegionPlacement(state).byCode.values()].some((p) => p.approximate)) {
    items.push({
      label: 'Approximate location',
      swatch: { shape: 'dotted-ring', colour: legendMarkerFill(state), ring: palette.regionApproximate },
    })
  }
  return items
}

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
    ...statusItems(state),
    { label: 'Selected region', swatch: { shape: 'ringed-disc', colour: fill, ring: palette.regionSelected } },
    { label: 'Country borders', swatch: { shape: 'line', colour: palette.border } },
  ]
}

/** The regions, the network's links and the user's pin, each dated by its own layer. */
export const regionsLegend: LegendProvider = (state) => {
  const dates = selectDatasetDates(state)
  return {
    id: 'regions',
    title: 'Regions',
    asOf: layerAsOf(dates, 'regions'),
    columns: 2,
    order: 0,
    items: [
      ...regionItems(state),
      ...(state.layers.network
        ? [
            {
              label: 'Network link (schematic)',
              swatch: { shape: 'line', colour: palette.networkLink },
              asOf: layerAsOf(dates, 'latency'),
            } as const,
          ]
        : []),
      ...(state.userLocation ? [{ label: 'Your location', swatch: { shape: 'disc', colour: palette.userPin } } as const] : []),
    ],
  }
}

/** The latency arcs' bands, while the arcs are drawn, dated by the measurements the model follows. */
export const latencyArcsLegend: LegendProvider = (state) =>
  state.layers.latencyArcs && state.userLocation
    ? {
        id: 'latency-arcs',
        title: 'Latency arcs: estimated round trip',
        asOf: layerAsOf(selectDatasetDates(state), 'latency'),
        columns: 4,
        order: 20,
        items: latencyBands.map((band) => ({ label: band.label, swatch: { shape: 'line', colour: band.colour, width: 4 } })),
      }
    : null
