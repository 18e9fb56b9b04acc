import type { Dataset } from '../../src/shared/dataset/schema'
import type { LatLon } from '../../src/shared/geo/distance'

export interface Place extends LatLon {
  /** How the place is shown, e.g. "Frankfurt (eu-central-1)". */
  label: string
  /** Set when the place is an AWS region's site: its measured figures apply. */
  regionCode?: string
}

/** Case, accents, punctuation and spacing do not matter: "SÃO-PAULO" finds "Sao Paulo". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
}

/**
 * The names a region's city field answers to: "Ashburn VA" also as "Ashburn",
 * "Aragon (Zaragoza)" also as "Aragon" and "Zaragoza", "Kuala Lumpur area"
 * also as "Kuala Lumpur".
 */
function regionNames(city: string, code: string): string[] {
  const names = [city, code, city.replace(/\s+[A-Z]{2}$/, ''), city.replace(/\s+area$/i, '')]
  const paren = /^(.*?)\s*\((.*)\)$/.exec(city)
  if (paren?.[1] && paren[2]) names.push(paren[1], paren[2])
  return names
}

export interface PlaceIndex {
  find(name: string): Place | null
}

/**
 * The places `--from "<name>"` knows: the dataset's region cities (and
 * region codes) first, then CloudFront edge-location cities. No other city
 * list is bundled.
 */
export function placeIndex(dataset: Dataset): PlaceIndex {
  const byName = new Map<string, Place>()
  const add = (name: string, place: Place) => {
    const key = normalizeName(name)
    if (key && !byName.has(key)) byName.set(key, place)
  }
  for (const r of dataset.regions) {
    const place = { lat: r.lat, lon: r.lon, label: `${r.city} (${r.code})`, regionCode: r.code }
    for (const name of regionNames(r.city, r.code)) add(name, place)
  }
  for (const e of dataset.edgeLocations.items) add(e.city, { lat: e.lat, lon: e.lon, label: `${e.city}, ${e.country}` })
  return { find: (name) => byName.get(normalizeName(name)) ?? null }
}
