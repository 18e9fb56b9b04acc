import type { CoordinatePrecision, Dataset, Partition, Region } from '../../shared/dataset/schema'
import { greatCircleKm } from '../../shared/geo'
import type { DrawnPosition } from '../../shared/regions'

/** What each partition means, in plain words, for people who have never heard the term. */
export const partitionGloss: Record<Partition, string> = {
  aws: 'standard',
  'aws-cn': 'China, operated separately',
  'aws-us-gov': 'GovCloud',
  'aws-eusc': 'European Sovereign Cloud',
}

const precisionWords: Record<CoordinatePrecision, string> = {
  city: 'city level',
  metro: 'metro area',
  country: 'country level only (a placeholder point)',
  approximate: 'approximate (a placeholder point)',
}

/** "Frankfurt, Germany (DE)"; where the only known place is the country, it is said once. */
export function placeText(region: Region): string {
  const country = `${region.country} (${region.countryCode})`
  return region.city === region.country ? country : `${region.city}, ${country}`
}

export function launchYearText(region: Region): string {
  return region.launchYear === null ? 'unknown' : String(region.launchYear)
}

export function azCountText(region: Region): string {
  return region.azCount === null ? 'unknown' : String(region.azCount)
}

export function azIdsText(region: Region): string {
  return region.azIds.length ? region.azIds.join(', ') : 'unknown'
}

export function optInText(region: Region): string {
  return region.optIn ? 'opt-in required' : 'enabled by default'
}

/**
 * How good the coordinates are, and where the marker is drawn: a
 * placeholder point is "drawn as approximate", and one moved off another
 * region's marker says by how far and whose ("drawn 80 km away, off
 * us-east-2's marker").
 */
export function locationText(region: Region, drawn?: DrawnPosition, regions: readonly Region[] = []): string {
  const parts = [precisionWords[region.coordinatePrecision]]
  if (drawn?.offset) {
    const other = nearestOther(region, regions)
    parts.push(`drawn ${Math.round(drawn.offsetKm)} km away${other ? `, off ${other.code}'s marker` : ''}, with a dotted ring`)
  } else if (drawn?.approximate) {
    parts.push('drawn as approximate, with a dotted ring')
  }
  return `${parts.join('; ')}; AWS does not publish data-centre sites`
}

/** The region whose given point is nearest to `region`'s (the one its marker was moved off). */
function nearestOther(region: Region, regions: readonly Region[]): Region | null {
  let best: Region | null = null
  let bestKm = Infinity
  for (const other of regions) {
    if (other.code === region.code) continue
    const km = greatCircleKm(region, other)
    if (km < bestKm) {
      best = other
      bestKm = km
    }
  }
  return best
}

/** "Source: <titles> · as of <dates>" for the sources a region's facts come from. */
export function sourceLine(dataset: Dataset, ids: readonly string[]): string {
  const sources = ids.flatMap((id) => dataset.sources.filter((s) => s.id === id))
  const titles = sources.map((s) => s.title)
  const dates = [...new Set(sources.map((s) => s.asOf))]
  return `Source: ${titles.join('; ')} · as of ${dates.join(', ')}`
}
