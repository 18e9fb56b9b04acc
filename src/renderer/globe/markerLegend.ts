import { legendMarkerFill } from '../legend/builtinLegend'
import { registerLegend, type LegendItem } from '../legend/registry'
import { PRICE_INDEX_REFERENCE } from '../../shared/pricing'
import { regionEmphasis } from '../state/emphasis'
import { palette } from './palette'
import { PRICE_UNKNOWN_COLOUR, priceBins } from './priceScale'

// The markers' legend, registered once when the marker layer loads. Each
// entry appears only while the globe shows it, so the legend stays short.

const priceItems: readonly LegendItem[] = [
  ...priceBins.map((bin): LegendItem => ({ label: bin.label, swatch: { shape: 'disc', colour: bin.colour } })),
  { label: 'unknown', swatch: { shape: 'ring', colour: PRICE_UNKNOWN_COLOUR } },
]

registerLegend('price-index', (state) =>
  state.markerColouring === 'price-index'
    ? {
        id: 'price-index',
        title: `Marker colour: EC2 price index vs ${PRICE_INDEX_REFERENCE}`,
        columns: 3,
        order: 5,
        items: priceItems,
      }
    : null,
)

registerLegend('region-emphasis', (state) => {
  const emphasis = regionEmphasis(state)
  const items: LegendItem[] = []
  if (emphasis.dimmed.size > 0) {
    items.push({ label: 'Outside your constraints', swatch: { shape: 'disc', colour: palette.regionDimmed } })
  }
  if (emphasis.top.length > 0) {
    items.push({
      label: 'Chooser top three (#1–#3)',
      swatch: { shape: 'ringed-disc', colour: legendMarkerFill(state), ring: palette.chooserTop },
    })
  }
  if (state.compareCodes.length > 0) {
    items.push({
      label: 'Compared (dashed ring)',
      swatch: { shape: 'ringed-disc', colour: legendMarkerFill(state), ring: palette.compared },
    })
  }
  return items.length > 0 ? { id: 'region-emphasis', columns: 2, order: 6, items } : null
})
