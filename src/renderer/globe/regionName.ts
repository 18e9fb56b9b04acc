import type { Region } from '../../shared/dataset/schema'

/** A bare compass word says nothing on a map ("Canada (Central)"): the city says more. */
const COMPASS_ONLY = /^(central|east|west|north|south)$/i

/**
 * The short place name of a region for labels: the part in parentheses of
 * its official name ("Europe (Frankfurt)" → "Frankfurt"), which is what
 * people say; the city when the name has none or only a compass word.
 */
export function shortName(region: Pick<Region, 'name' | 'city'>): string {
  const inner = /\(([^()]+)\)\s*$/.exec(region.name)?.[1]?.trim()
  return inner && !COMPASS_ONLY.test(inner) ? inner : region.city
}
