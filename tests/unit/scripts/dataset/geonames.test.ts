import { describe, expect, it } from 'vitest'
import { CITY_POINT_TOLERANCE_KM, cityPointProblem } from '../../../../scripts/dataset/geonames'
import { fakeGeoNames } from '../fixtures'

const index = fakeGeoNames([
  { country: 'ES', name: 'Barcelona', lat: 41.38879, lon: 2.15899 },
  { country: 'VE', name: 'Barcelona', lat: 10.13625, lon: -64.68618 },
])

describe('cityPointProblem', () => {
  it('accepts a GeoNames centre rounded to 4 decimals', () => {
    expect(cityPointProblem(index, 'ES', 41.3888, 2.159)).toBeNull()
  })

  it('refuses a point a few kilometres off, naming the nearest city', () => {
    expect(CITY_POINT_TOLERANCE_KM).toBeLessThan(5)
    expect(cityPointProblem(index, 'ES', 41.43, 2.159)).toBe(
      'coordinates 41.43, 2.159 are not a city of the GeoNames list in ES (nearest: Barcelona, 5 km away)',
    )
  })

  it('refuses a right point in the wrong country, and a country the list lacks', () => {
    expect(cityPointProblem(index, 'VE', 41.3888, 2.159)).toMatch(/not a city of the GeoNames list in VE/)
    expect(cityPointProblem(index, 'FR', 48.85, 2.35)).toBe('the city list has no place in country FR')
  })
})
