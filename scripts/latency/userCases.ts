import { greatCircleKm, type LatLon } from '../../src/shared/geo/distance'
import type { RegionPoint } from '../../src/shared/latency/routeCorrection'
import type { RipePair, RipeSet } from './inputs'

/** A region of the measured matrix with the country it is in. */
export interface CountryRegion extends RegionPoint {
  countryCode: string
}

/** A public-internet round trip read as a user reaching a region: what the app shows a user. */
export interface UserCase {
  /** The RIPE row the measurement is: it is held out whenever either of its countries is. */
  row: RipePair
  /** The user's country (the fold the case is predicted in) and its reference point. */
  userCountry: string
  user: LatLon
  /** The measured region the user reaches. */
  region: string
  meanMs: number
}

/**
 * The user-to-region round trips that RIPE rows stand for. A row between
 * countries U and T, where T hosts a region of the measured matrix, is read
 * as a user at U's reference point reaching T's region (the one nearest T's
 * point, for the probes' targets are spread over T); a row between two such
 * countries gives a case each way, a same-country row one. The measurement is
 * the row's mean, both directions pooled (the source treats latency as
 * symmetric).
 */
export function userCases(ripe: Pick<RipeSet, 'pairs' | 'sameCountry' | 'points'>, regions: readonly CountryRegion[]): UserCase[] {
  const regionOf = new Map<string, string>()
  for (const [country, point] of ripe.points) {
    let best: string | null = null
    let bestKm = Infinity
    for (const r of regions) {
      if (r.countryCode !== country) continue
      const km = greatCircleKm(point, r)
      if (km < bestKm) {
        best = r.code
        bestKm = km
      }
    }
    if (best) regionOf.set(country, best)
  }
  const cases: UserCase[] = []
  const add = (row: RipePair, user: string, target: string) => {
    const region = regionOf.get(target)
    const point = ripe.points.get(user)
    if (region && point) cases.push({ row, userCountry: user, user: { lat: point.lat, lon: point.lon }, region, meanMs: row.meanMs })
  }
  for (const row of ripe.pairs) {
    add(row, row.a, row.b)
    add(row, row.b, row.a)
  }
  for (const row of ripe.sameCountry) add(row, row.a, row.a)
  return cases
}

/** Whether a RIPE row involves the country: such rows are left out of every fit while the country is held out. */
export function involves(row: { a: string; b: string }, country: string): boolean {
  return row.a === country || row.b === country
}
