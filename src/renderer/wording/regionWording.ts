import type { CoordinatePrecision, Dataset, Partition, Region } from '../../shared/dataset/schema'

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

export function locationText(region: Region): string {
  return `${precisionWords[region.coordinatePrecision]}; AWS does not publish data-centre sites`
}

/** "Source: <titles> · as of <dates>" for the sources a region's facts come from. */
export function sourceLine(dataset: Dataset, ids: readonly string[]): string {
  const sources = ids.flatMap((id) => dataset.sources.filter((s) => s.id === id))
  const titles = sources.map((s) => s.title)
  const dates = [...new Set(sources.map((s) => s.asOf))]
  return `Source: ${titles.join('; ')} · as of ${dates.join(', ')}`
}
