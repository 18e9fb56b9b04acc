import type { Dataset, EdgeLocation, LocalZone, WavelengthZone } from '../../../shared/dataset/schema'
import { zoneLabel } from '../../../shared/zones'
import type { AppState } from '../store'
import { memoLast } from './memoLast'

/** What a mark on the globe stands for, besides the regions. */
export type PlaceKind = 'edge' | 'regional-edge-cache' | 'local-zone' | 'wavelength-zone'

/**
 * One mark of the edge or the zone layers, as the globe draws it and the
 * pointer picks it. Zones of one kind, parent and city share a mark (Los
 * Angeles has two Local Zones); an edge location or regional edge cache is a
 * mark of its own.
 */
export interface PlaceMark {
  /** Unique among every mark: "edge:NBO", "local-zone:us-west-2:Los Angeles". */
  key: string
  kind: PlaceKind
  lat: number
  lon: number
  city: string
  /** The country's name where the dataset gives it (edge items); null for zones, which name only the code. */
  country: string | null
  countryCode: string
  /** A zone's parent region, or the region a regional edge cache sits in; null for an edge location. */
  region: string | null
  /** The zones' names (zoneLabel), or the edge location's code; empty where none is known. */
  names: string[]
  /** Carriers of Wavelength Zones, in order, without repeats. */
  carriers: string[]
  /** No item of the mark is confirmed: an unconfirmed zone, a regional edge cache AWS does not confirm. Drawn as an outline. */
  unconfirmed: boolean
}

export interface PlaceMarks {
  /** Edge locations and regional edge caches (the `edges` layer); PoP cities of unstated kind are left out. */
  edges: readonly PlaceMark[]
  localZones: readonly PlaceMark[]
  wavelengthZones: readonly PlaceMark[]
  byKey: ReadonlyMap<string, PlaceMark>
}

const NO_MARKS: PlaceMarks = { edges: [], localZones: [], wavelengthZones: [], byKey: new Map() }

function edgeMark(item: EdgeLocation): PlaceMark {
  return {
    key: `edge:${item.id}`,
    kind: item.kind === 'regional-edge-cache' ? 'regional-edge-cache' : 'edge',
    lat: item.lat,
    lon: item.lon,
    city: item.city,
    country: item.country,
    countryCode: item.countryCode,
    region: item.region,
    names: item.code ? [item.code] : [],
    carriers: [],
    unconfirmed: item.kind === 'regional-edge-cache' && item.confidence !== 'high',
  }
}

/** Zones with a place, one mark per parent and city; zones known by country only are not drawn. */
function zoneMarks(kind: 'local-zone' | 'wavelength-zone', zones: readonly (LocalZone | WavelengthZone)[]): PlaceMark[] {
  const marks = new Map<string, PlaceMark>()
  for (const zone of zones) {
    if (zone.city === null || zone.lat === null || zone.lon === null) continue
    const key = `${kind}:${zone.parentRegion}:${zone.city}`
    let mark = marks.get(key)
    if (!mark) {
      mark = {
        key,
        kind,
        lat: zone.lat,
        lon: zone.lon,
        city: zone.city,
        country: null,
        countryCode: zone.countryCode,
        region: zone.parentRegion,
        names: [],
        carriers: [],
        unconfirmed: true,
      }
      marks.set(key, mark)
    }
    mark.names.push(zoneLabel(zone))
    const carrier = 'carrier' in zone ? zone.carrier : null
    if (carrier && !mark.carriers.includes(carrier)) mark.carriers.push(carrier)
    if (zone.status !== 'unconfirmed') mark.unconfirmed = false
  }
  return [...marks.values()]
}

/**
 * Every mark of the edge and zone layers for a dataset, worked out once per
 * dataset; the layers draw them and the pointer picks among those shown.
 */
export const placeMarksOf = memoLast((dataset: Dataset | null): PlaceMarks => {
  if (!dataset) return NO_MARKS
  const edges = dataset.edgeLocations.items.filter((item) => item.kind !== 'pop-city').map(edgeMark)
  const localZones = zoneMarks('local-zone', dataset.localZones.zones)
  const wavelengthZones = zoneMarks('wavelength-zone', dataset.wavelengthZones.zones)
  const byKey = new Map([...edges, ...localZones, ...wavelengthZones].map((mark) => [mark.key, mark]))
  return { edges, localZones, wavelengthZones, byKey }
})

/** The marks of the loaded dataset (placeMarksOf). */
export function selectPlaceMarks(state: Pick<AppState, 'dataset'>): PlaceMarks {
  return placeMarksOf(state.dataset)
}
