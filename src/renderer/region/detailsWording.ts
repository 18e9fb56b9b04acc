import type { Dataset, Region } from '../../shared/dataset/schema'

/** What the opt-in flag means for someone about to use the region. */
export function optInMeaning(region: Region): string {
  return region.optIn
    ? 'Opt-in: switched off in every account until an administrator enables it, so nothing can run or be stored there before that.'
    : 'Enabled by default in every account.'
}

/** "Source: <title> · as of <date>" for a list of source ids, each named once. */
export function sourcesText(dataset: Dataset, ids: readonly string[]): string {
  const sources = [...new Set(ids)].flatMap((id) => dataset.sources.filter((s) => s.id === id))
  if (!sources.length) return 'Source: unknown'
  return `Source: ${sources.map((s) => `${s.title} · as of ${s.asOf}`).join('; ')}`
}
