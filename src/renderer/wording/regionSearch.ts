import type { Region } from '../../shared/dataset/schema'

/**
 * Folds text for matching: lower case, accents removed, so "sao" finds
 * "São Paulo" and "zurich" finds "Zürich".
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

/** Whether a region matches a filter typed by a person; an empty filter matches everything. */
export function regionMatches(region: Region, query: string): boolean {
  const wanted = foldText(query.trim())
  if (!wanted) return true
  return [region.code, region.name, region.city, region.country].some((field) => foldText(field).includes(wanted))
}

export function filterRegions(regions: readonly Region[], query: string): Region[] {
  return regions.filter((region) => regionMatches(region, query))
}
