import { anchorsOf, type Annotation } from '../../shared/annotations/schema'
import type { LatLon } from '../../shared/geo'
import { LABELLED_NEAREST } from '../globe/latencyBands'
import { selectLatencyRanking, selectRegionEmphasis } from '../state/selectors'
import type { AppState } from '../state/store'

/**
 * What a scene is about, as places: what framing must keep in view. In the
 * order a class would ask about them:
 *
 * - the selected region, the compared regions and the chooser's top three;
 * - the user's pin, and with the latency arcs on, the nearest regions whose
 *   round trips are written on their labels (the figures the scene talks
 *   about);
 * - with a filter on (residency, required services) and nothing else picked,
 *   the regions that pass it;
 * - the places its annotations point at.
 *
 * A scene that picks out none of these is about the whole footprint
 * (`footprint`): its own camera stands, and presenting turns the globe
 * across it.
 */
export interface SceneSubject {
  points: LatLon[]
  footprint: boolean
}

export function sceneSubject(state: AppState, annotations: readonly Annotation[]): SceneSubject {
  const dataset = state.dataset
  if (!dataset) return { points: [], footprint: true }
  const byCode = new Map(dataset.regions.map((region) => [region.code, region]))
  const codes = new Set<string>()
  const points: LatLon[] = []
  const addRegion = (code: string | null | undefined): void => {
    const region = code ? byCode.get(code) : undefined
    if (!region || codes.has(region.code)) return
    codes.add(region.code)
    points.push({ lat: region.lat, lon: region.lon })
  }

  addRegion(state.selectedCode)
  for (const code of state.compareCodes) addRegion(code)
  const emphasis = selectRegionEmphasis(state)
  for (const code of emphasis.top) addRegion(code)
  if (state.userLocation) {
    points.push({ lat: state.userLocation.lat, lon: state.userLocation.lon })
    if (state.layers.latencyArcs) {
      for (const ranked of selectLatencyRanking(state).slice(0, LABELLED_NEAREST)) addRegion(ranked.code)
    }
  }
  if (codes.size === 0 && emphasis.dimmed.size > 0) {
    for (const region of dataset.regions) {
      if (region.status !== 'announced' && !emphasis.dimmed.has(region.code)) addRegion(region.code)
    }
  }
  for (const annotation of annotations) {
    for (const anchor of anchorsOf(annotation)) if (anchor.kind === 'geo') points.push({ lat: anchor.lat, lon: anchor.lon })
  }
  return { points, footprint: points.length === 0 }
}
