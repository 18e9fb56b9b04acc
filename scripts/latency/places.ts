import { normalizeCityName, type CityIndex, type CityMatch } from '../../src/shared/cities'
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

/** What `--from "<name>"` can name, for the error message when it names nothing. */
export const KNOWN_PLACES =
  'AWS region cities and codes, cities of 15,000 inhabitants or more (GeoNames), CloudFront edge-location cities'

/** How many of the city index's matches are weighed; exact names come first, so few are needed. */
const CANDIDATES = 20

/**
 * The city index's best match, if it is the name typed or that name followed
 * by more words ("new york" → New York City): a command line should not
 * silently turn "knox" into Knoxville.
 */
function namedCity(cities: CityIndex, name: string): CityMatch | null {
  const wanted = normalizeCityName(name)
  const named = (city: CityMatch) => {
    const found = normalizeCityName(city.name)
    return found === wanted || found.startsWith(`${wanted} `)
  }
  return cities.search(name, CANDIDATES).find(named) ?? null
}

/**
 * The places `--from "<name>"` knows, in this order: the dataset's region
 * cities and codes (a region's own site, where measured figures apply), then
 * the bundled city list (exact name first, then the most populous), then
 * CloudFront edge-location cities.
 */
export function placeIndex(dataset: Dataset, cities?: CityIndex): PlaceIndex {
  const regions = new Map<string, Place>()
  for (const r of dataset.regions) {
    const place = { lat: r.lat, lon: r.lon, label: `${r.city} (${r.code})`, regionCode: r.code }
    for (const name of regionNames(r.city, r.code)) {
      const key = normalizeName(name)
      if (key && !regions.has(key)) regions.set(key, place)
    }
  }
  const edges = new Map<string, Place>()
  for (const e of dataset.edgeLocations.items.filter((item) => item.kind === 'edge')) {
    const key = normalizeName(e.city)
    if (key && !edges.has(key)) edges.set(key, { lat: e.lat, lon: e.lon, label: `${e.city}, ${e.country}` })
  }
  return {
    find: (name) => {
      const key = normalizeName(name)
      const region = regions.get(key)
      if (region) return region
      const city = cities ? namedCity(cities, name) : null
      if (city) return { lat: city.lat, lon: city.lon, label: city.label }
      return edges.get(key) ?? null
    },
  }
}
