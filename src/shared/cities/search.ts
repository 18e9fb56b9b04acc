import { normalizeCityName, normalizeWithoutApostrophes } from './normalize'
import type { City, CityIndex, CityMatch } from './types'

/** How many matches search returns when the caller does not say. */
export const DEFAULT_LIMIT = 10

export function cityLabel(city: City): string {
  return `${city.name}, ${city.countryCode}`
}

/**
 * The search keys of one normalised name: the name from each word start on,
 * so a prefix of any key is a prefix of the name or of one of its words
 * ("paulo" is a prefix of the key "paulo" of "sao paulo").
 */
function wordSuffixes(name: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < name.length; i += 1) {
    if (i === 0 || name[i - 1] === ' ') keys.push(name.slice(i))
  }
  return keys
}

/** By UTF-16 code unit, the order binary search relies on (localeCompare would differ between machines). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The first position whose key is not less than `query` (keys sorted by code unit). */
function lowerBound(keys: readonly string[], query: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((keys[mid] ?? '') < query) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Queries this short match thousands of cities; their ranked lists are worked out once, up front. */
const SHORT_PREFIX = 2

/**
 * For every key prefix of up to SHORT_PREFIX characters, the cities having
 * such a key. Cities must be added in rank order, so each list is ranked.
 */
class ShortPrefixLists {
  private readonly lists = new Map<string, number[]>()

  add(city: number, keys: readonly string[]): void {
    const prefixes: string[] = []
    for (const key of keys) {
      for (let n = 1; n <= Math.min(SHORT_PREFIX, key.length); n += 1) {
        const prefix = key.slice(0, n)
        if (!prefixes.includes(prefix)) prefixes.push(prefix)
      }
    }
    for (const prefix of prefixes) {
      const list = this.lists.get(prefix)
      if (list) list.push(city)
      else this.lists.set(prefix, [city])
    }
  }

  get(query: string): readonly number[] | undefined {
    return query.length <= SHORT_PREFIX ? (this.lists.get(query) ?? []) : undefined
  }
}

/**
 * An index for search-as-you-type over a few tens of thousands of cities.
 * All normalising happens once, here: a query is one binary search into the
 * sorted word keys and a scan of the keys sharing its prefix, so its cost
 * grows with the number of matches, not with the size of the list; the one-
 * and two-letter queries that match the most are answered from lists ranked
 * in advance.
 */
export function createCityIndex(cities: readonly City[]): CityIndex {
  // Largest first, so a city's position is its population rank.
  const ranked = [...cities].sort(
    (a, b) => b.population - a.population || compareText(a.name, b.name) || compareText(a.countryCode, b.countryCode),
  )
  const names: string[] = []
  const strippedNames: (string | null)[] = []
  const entries: { key: string; city: number }[] = []
  const shortPrefixes = new ShortPrefixLists()
  ranked.forEach((city, i) => {
    const name = normalizeCityName(city.name)
    const stripped = normalizeWithoutApostrophes(city.name)
    names.push(name)
    strippedNames.push(stripped)
    const keys = stripped ? [...new Set([...wordSuffixes(name), ...wordSuffixes(stripped)])] : wordSuffixes(name)
    for (const key of keys) entries.push({ key, city: i })
    shortPrefixes.add(i, keys)
  })
  entries.sort((a, b) => compareText(a.key, b.key) || a.city - b.city)
  const keys = entries.map((e) => e.key)
  const owners = Int32Array.from(entries, (e) => e.city)
  // Filled in rank order, so each list is ranked.
  const exactByName = new Map<string, number[]>()
  const addExact = (name: string | null, city: number) => {
    if (name === null) return
    const list = exactByName.get(name)
    if (!list) exactByName.set(name, [city])
    else if (!list.includes(city)) list.push(city)
  }
  names.forEach((name, i) => {
    addExact(name, i)
    addExact(strippedNames[i] ?? null, i)
  })
  // seen[i] === stamp marks city i as already collected by the current query.
  const seen = new Uint32Array(ranked.length)
  let stamp = 0

  const search = (query: string, limit = DEFAULT_LIMIT): CityMatch[] => {
    const q = normalizeCityName(query)
    if (!q || limit <= 0) return []
    const exact = exactByName.get(q) ?? []
    const picked = exact.slice(0, limit)
    for (const city of shortPrefixes.get(q) ?? matchingCities(q)) {
      if (picked.length >= limit) break
      if (!exact.includes(city)) picked.push(city)
    }
    return picked.flatMap((i) => {
      const city = ranked[i]
      return city ? [{ ...city, label: cityLabel(city) }] : []
    })
  }

  /** Every city with a key starting with q, once each, by rank. */
  const matchingCities = (q: string): number[] => {
    stamp = stamp === 0xffffffff ? 1 : stamp + 1
    if (stamp === 1) seen.fill(0)
    const found: number[] = []
    for (let k = lowerBound(keys, q); k < keys.length && (keys[k] ?? '').startsWith(q); k += 1) {
      const city = owners[k] ?? -1
      if (city < 0 || seen[city] === stamp) continue
      seen[city] = stamp
      found.push(city)
    }
    // Ascending position is descending population.
    return found.sort((a, b) => a - b)
  }

  return { search, size: ranked.length }
}
