import type { Dataset } from '../src/shared/dataset/schema'
import { SETTINGS_VERSION, type Settings } from '../src/shared/settings/schema'
import { placeLooks } from '../src/renderer/globe/placeLayer'
import { placeMarksOf } from '../src/renderer/state/selectors'
import type { BenchPlace } from './globegl/places'

/**
 * The "edges and zones" scene: the regions with CloudFront's edge locations and regional edge
 * caches and the Local and Wavelength Zones on, nothing else (no location, network, arcs or
 * reach). InfraGlobe gets it as stored settings; the globe.gl page gets the same marks as data.
 */
export const EDGES_SCENE = 'edges and zones'

export const edgesSettings: Settings = {
  version: SETTINGS_VERSION,
  userLocation: null,
  layers: { network: false, latencyArcs: false, edges: true, localZones: true, wavelengthZones: true, reach: false },
  latencyArcScope: 'all',
  theme: 'dark',
  firstRunHintDismissed: true,
}

/**
 * Exactly the marks InfraGlobe draws for these layers (its own placeMarksOf: edge locations and
 * regional edge caches, not the PoP cities of unstated kind; zones one mark per parent and city,
 * none for a zone known by country only), each in InfraGlobe's colour for its kind.
 */
export function benchPlaces(dataset: Dataset): BenchPlace[] {
  const marks = placeMarksOf(dataset)
  return [...marks.edges, ...marks.localZones, ...marks.wavelengthZones].map((mark) => ({
    kind: mark.kind,
    lat: mark.lat,
    lon: mark.lon,
    colour: placeLooks[mark.kind].colour,
  }))
}

/** How many marks of each kind, for the method text. */
export function countByKind(places: readonly BenchPlace[]): Record<BenchPlace['kind'], number> {
  const counts: Record<BenchPlace['kind'], number> = { edge: 0, 'regional-edge-cache': 0, 'local-zone': 0, 'wavelength-zone': 0 }
  for (const place of places) counts[place.kind] += 1
  return counts
}
