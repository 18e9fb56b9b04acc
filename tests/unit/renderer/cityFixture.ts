import { createCityIndex } from '../../../src/shared/cities/search'
import type { City, CityIndex } from '../../../src/shared/cities/types'

/**
 * A handful of cities for the location tests: namesakes, accents and sizes
 * chosen so that ranking matters ("paulo" matches three, São Paulo the largest).
 */
export const fixtureCities: City[] = [
  { name: 'Paulo Afonso', countryCode: 'BR', lat: -9.4, lon: -38.21, population: 85_350 },
  { name: 'São Paulo de Olivença', countryCode: 'BR', lat: -3.38, lon: -68.87, population: 15_230 },
  { name: 'São Paulo', countryCode: 'BR', lat: -23.5475, lon: -46.6361, population: 12_325_232 },
  { name: 'Frankfurt am Main', countryCode: 'DE', lat: 50.1155, lon: 8.6842, population: 650_000 },
  { name: 'Frankfurt (Oder)', countryCode: 'DE', lat: 52.3471, lon: 14.5506, population: 57_873 },
  { name: 'Berlin', countryCode: 'DE', lat: 52.5244, lon: 13.4105, population: 3_426_354 },
  { name: 'Ashburn', countryCode: 'US', lat: 39.0437, lon: -77.4875, population: 43_511 },
]

/** A loader like the bundled one, counting its calls; `gate` holds it until released. */
export function fixtureCityLoader(options: { gate?: Promise<void>; fail?: Error } = {}) {
  let calls = 0
  const load = async (): Promise<CityIndex> => {
    calls++
    await options.gate
    if (options.fail) throw options.fail
    return createCityIndex(fixtureCities)
  }
  return { load, calls: () => calls }
}
