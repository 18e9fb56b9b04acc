/**
 * The offline city list (`assets/data/cities.json`, built from GeoNames by
 * `npm run data:build`) and the search over it. Contract shared by the
 * builder, the search and the location picker.
 */
export interface City {
  name: string
  /** ISO 3166-1 alpha-2. */
  countryCode: string
  lat: number
  lon: number
  population: number
}

export interface CityMatch extends City {
  /** What to show and to store as the location label, e.g. "São Paulo, BR". */
  label: string
}

export interface CityIndex {
  /**
   * Cities whose name (or a word of it) starts with the query, compared
   * without case and accents ("sao paulo" finds São Paulo); best first:
   * exact name, then by population. Empty for a blank query.
   */
  search(query: string, limit?: number): CityMatch[]
  readonly size: number
}
