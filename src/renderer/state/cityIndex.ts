import { createCityIndex } from '../../shared/cities/search'
import type { CityIndex } from '../../shared/cities/types'

/** Loads the city list and builds its search index; resolves to the same index every time. */
export type CityIndexLoader = () => Promise<CityIndex>

let bundled: Promise<CityIndex> | null = null

/**
 * The bundled city list, loaded on first use only: it is large next to the
 * rest of the app and only the location search and the time-zone guess need
 * it. A failed load is forgotten, so the next attempt tries again.
 */
export const loadBundledCityIndex: CityIndexLoader = () => {
  // The list and its check (zod) come together, on first use.
  bundled ??= Promise.all([import('../../../assets/data/cities.json'), import('../../shared/cities/load')]).then(
    ([file, { parseCityFile }]) => createCityIndex(parseCityFile(file.default)),
    (error: unknown) => {
      bundled = null
      throw error
    },
  )
  return bundled
}
