import { legendMarkerFill } from '../legend/builtinLegend'
import type { LegendItem, LegendProvider } from '../legend/types'
import { PRICE_INDEX_REFERENCE } from '../../shared/pricing'
import { selectRegionEmphasis } from '../state/selectors'
import { ec2SheetDates } from '../wording/datesWording'
import { palette } from '../theme/palette'
import { PRICE_UNKNOWN_COLOUR, priceBins } from './priceScale'

// The markers' legend sections (listed in legend/sections.ts). Each entry
// appears only while the globe shows it, so the legend stays short.

const priceItems: readonly LegendItem[] = [
  ...priceBins.map((bin): LegendItem => ({ label: bin.label, swatch: { shape: 'disc', colour: bin.colour } })),
  { label: 'unknown', swatch: { shape: 'ring', colour: PRICE_UNKNOWN_COLOUR } },
]

/** The price bins while the markers are coloured by price index. */
export const priceIndexLegend: LegendProvider = (state) =>
  state.markerColouring === 'price-index'
    ? {
        id: 'price-index',
        title: `Marker colour: EC2 price index vs ${PRICE_INDEX_REFERENCE}`,
        asOf: state.dataset ? ec2SheetDates(state.dataset) : undefined,
        columns: 3,
        order: 5,
        items: priceItems,
      }
    : null

/** Dimmed, top three and compared markers, while any are shown. */
export const regionEmphasisLegend: LegendProvider = (state) => {
  const emphasis = selectRegionEmphasis(state)
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
}
