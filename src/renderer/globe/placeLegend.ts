import type { LegendItem, LegendProvider } from '../legend/types'
import { selectPlaceMarks, selectRequestPath } from '../state/selectors'
import { palette } from '../theme/palette'
import { placeLooks } from './placeLayer'

// The legend sections of the edge and zone layers and of the request path
// (listed in legend/sections.ts). Each appears only while its layer shows
// something, and an outline entry only while an unconfirmed mark is drawn.

const mark = (kind: keyof typeof placeLooks, label: string, hollow = false): LegendItem => ({
  label,
  swatch: { shape: placeLooks[kind].shape, colour: placeLooks[kind].colour, hollow },
})

/** Edge locations and regional edge caches, while the `edges` layer is on. */
export const edgesLegend: LegendProvider = (state) => {
  if (!state.layers.edges) return null
  const marks = selectPlaceMarks(state).edges
  if (marks.length === 0) return null
  const items: LegendItem[] = [mark('edge', 'Edge location (a city)'), mark('regional-edge-cache', 'Regional edge cache')]
  if (marks.some((m) => m.unconfirmed)) items.push(mark('regional-edge-cache', 'Regional edge cache, unconfirmed', true))
  return { id: 'edges', title: 'CloudFront edge network', columns: 2, order: 10, items }
}

/** Local and Wavelength Zones with their tethers, while either layer is on. */
export const zonesLegend: LegendProvider = (state) => {
  const { localZones, wavelengthZones } = state.layers
  if (!localZones && !wavelengthZones) return null
  const marks = selectPlaceMarks(state)
  const items: LegendItem[] = []
  if (localZones && marks.localZones.length > 0) {
    items.push(mark('local-zone', 'Local Zone'))
    if (marks.localZones.some((m) => m.unconfirmed)) items.push(mark('local-zone', 'Local Zone, unconfirmed', true))
  }
  if (wavelengthZones && marks.wavelengthZones.length > 0) {
    items.push(mark('wavelength-zone', 'Wavelength Zone'))
    if (marks.wavelengthZones.some((m) => m.unconfirmed)) items.push(mark('wavelength-zone', 'Wavelength Zone, unconfirmed', true))
  }
  if (items.length === 0) return null
  items.push({ label: 'Line to the parent region', swatch: { shape: 'line', colour: palette.localZone, width: 1 } })
  return { id: 'zones', title: 'Zones beyond the regions', columns: 2, order: 11, items }
}

/** The request path, while one is drawn. */
export const requestPathLegend: LegendProvider = (state) => {
  const path = selectRequestPath(state)
  if (!path) return null
  const label =
    path.outcome === 'hit'
      ? 'Request path, cache hit: you → edge location'
      : 'Request path, cache miss: you → edge → regional edge cache → origin'
  return { id: 'request-path', columns: 1, order: 21, items: [{ label, swatch: { shape: 'line', colour: palette.requestPath, width: 3.5 } }] }
}
