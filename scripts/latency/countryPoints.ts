import type { Dataset } from '../../src/shared/dataset/schema'
import { greatCircleKm, type LatLon } from '../../src/shared/geo/distance'
import { degrees, radians } from '../../src/shared/geo/constants'

export interface CountryPoint extends LatLon {
  countryCode: string
  /** How many dataset cities the point averages. */
  cities: number
  /** Root-mean-square distance of those cities from the point, km: how well one point stands for the country. */
  spreadKm: number
}

/**
 * A reference point per country for the RIPE Atlas country pairs, from the
 * dataset's own cities: AWS region cities and CloudFront edge-location cities
 * (the metros where the country's networks meet), averaged on the sphere.
 * Countries without such a city get no point, so their pairs are not used:
 * nothing here is a guessed coordinate. A polygon centroid would put large
 * countries' points where few users are (Russia's in Siberia).
 */
export function countryPoints(dataset: Dataset): Map<string, CountryPoint> {
  const byCountry = new Map<string, LatLon[]>()
  const add = (code: string, p: LatLon) => {
    const list = byCountry.get(code) ?? []
    list.push({ lat: p.lat, lon: p.lon })
    byCountry.set(code, list)
  }
  for (const r of dataset.regions) add(r.countryCode, r)
  // Edge-location cities only: regional edge caches sit in region cities
  // already counted, and the listed PoP cities are mostly small embedded PoPs.
  for (const e of dataset.edgeLocations.items) if (e.kind === 'edge') add(e.countryCode, e)

  const out = new Map<string, CountryPoint>()
  for (const [code, cities] of byCountry) {
    let x = 0
    let y = 0
    let z = 0
    for (const c of cities) {
      const phi = c.lat * radians
      const lambda = c.lon * radians
      x += Math.cos(phi) * Math.cos(lambda)
      y += Math.cos(phi) * Math.sin(lambda)
      z += Math.sin(phi)
    }
    const norm = Math.hypot(x, y, z)
    if (norm < 1e-9) continue // antipodal cities cancel out: no meaningful single point
    const point = { lat: Math.asin(z / norm) * degrees, lon: Math.atan2(y, x) * degrees }
    const spreadKm = Math.sqrt(cities.reduce((s, c) => s + greatCircleKm(point, c) ** 2, 0) / cities.length)
    out.set(code, { countryCode: code, ...point, cities: cities.length, spreadKm })
  }
  return out
}
