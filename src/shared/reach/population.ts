import type { ContinentCode } from '../continents/schema'
import { greatCircleKm, type LatLon } from '../geo/distance'
import type { ReachModel } from './model'
import { createNearestFinder, type NearestResult } from './nearest'

/*
 * Population reach counts city dwellers: the inhabitants of every place of
 * the bundled GeoNames list (15,000 people or more; see populationBasis). It
 * is an honest stand-in for where people are, not a census of everyone:
 * villages and the countryside are missing, and each place counts where its
 * centre is.
 */

export interface PopulationPlace extends LatLon {
  population: number
  /** null: the continent table has no entry for the place's country. */
  continent: ContinentCode | null
}

/** What share of a population is within `withinMs` of a region. */
export interface ReachShare {
  /** reached / total, 0 … 1; 0 for an empty population. */
  share: number
  /** People whose estimated round trip to the nearest region is at most withinMs. */
  reached: number
  total: number
}

export interface PopulationShare extends ReachShare {
  withinMs: number
  /** The same per continent, for every continent with at least one place. */
  byContinent: Partial<Record<ContinentCode, ReachShare>>
  /** People counted in the total whose continent is unknown, so in no continent's figure (0 with the bundled data). */
  withoutContinent: number
}

/** Each place's distances to every region of the model, in one array, place after place. */
function placeDistances(model: ReachModel, places: readonly LatLon[]): Float64Array {
  const n = model.regions.length
  const out = new Float64Array(places.length * n)
  places.forEach((place, p) => model.regions.forEach((region, i) => (out[p * n + i] = greatCircleKm(place, region))))
  return out
}

function indicesOf(model: ReachModel, codes: readonly string[]): number[] {
  return codes.map((code) => {
    const i = model.indexOf(code)
    if (i < 0) throw new RangeError(`reach: unknown region "${code}"`)
    return i
  })
}

/**
 * The estimated round trip from each place to its nearest region, for each
 * set of regions in turn (Infinity where a set is empty). When a set holds
 * every region of the one before, as the steps of the time-lapse do, only
 * the regions it adds are estimated: each place and region is visited once
 * over the whole time-lapse.
 */
export function nearestRttOverSets(
  model: ReachModel,
  places: readonly LatLon[],
  sets: readonly (readonly string[])[],
): Float64Array[] {
  const n = model.regions.length
  const distances = placeDistances(model, places)
  const perPlace = places.map((_, p) => distances.subarray(p * n, (p + 1) * n))
  const results: Float64Array[] = []
  let previous: Set<number> = new Set()
  sets.forEach((codes) => {
    const current = indicesOf(model, codes)
    const grows = [...previous].every((i) => current.includes(i))
    const added = grows ? current.filter((i) => !previous.has(i)) : current
    const base = grows ? results.at(-1) : undefined
    const rtt = base ? Float64Array.from(base) : new Float64Array(places.length).fill(Number.POSITIVE_INFINITY)
    const find = createNearestFinder(model, added)
    const found: NearestResult = { rttMs: 0, target: -1 }
    for (let p = 0; p < places.length; p += 1) {
      find(perPlace[p] as Float64Array, found, rtt[p])
      rtt[p] = found.rttMs
    }
    results.push(rtt)
    previous = new Set(current)
  })
  return results
}

const shareOf = (reached: number, total: number): ReachShare => ({ share: total > 0 ? reached / total : 0, reached, total })

/** The share of the places' population within `withinMs` (inclusive) of a region, overall and per continent. */
export function populationShare(places: readonly PopulationPlace[], rttMs: ArrayLike<number>, withinMs: number): PopulationShare {
  let reached = 0
  let total = 0
  let withoutContinent = 0
  const continents = new Map<ContinentCode, { reached: number; total: number }>()
  places.forEach((place, p) => {
    const isReached = (rttMs[p] as number) <= withinMs
    total += place.population
    if (isReached) reached += place.population
    if (place.continent === null) {
      withoutContinent += place.population
      return
    }
    const sums = continents.get(place.continent) ?? { reached: 0, total: 0 }
    sums.total += place.population
    if (isReached) sums.reached += place.population
    continents.set(place.continent, sums)
  })
  const byContinent: Partial<Record<ContinentCode, ReachShare>> = {}
  for (const code of [...continents.keys()].sort()) {
    const sums = continents.get(code) as { reached: number; total: number }
    byContinent[code] = shareOf(sums.reached, sums.total)
  }
  return { withinMs, ...shareOf(reached, total), byContinent, withoutContinent }
}
