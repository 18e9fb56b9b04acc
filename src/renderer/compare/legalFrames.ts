import type { Dataset, Region } from '../../shared/dataset/schema'

/** A legal frame that applies to a region (data protection law, sovereignty regime), as the dataset describes it. */
export interface LegalFrame {
  id: string
  name: string
  shortName: string
  summary: string
  sourceUrl: string
  asOf: string
}

function isFrame(value: unknown): value is LegalFrame {
  if (typeof value !== 'object' || value === null) return false
  const fields = ['id', 'name', 'shortName', 'summary', 'sourceUrl', 'asOf'] as const
  return fields.every((field) => field in value && typeof (value as Record<string, unknown>)[field] === 'string')
}

/**
 * The legal frames of a region (`region.legalFrames`, resolved against
 * `dataset.jurisdictions.rows`), in the region's order; null when the
 * dataset carries no jurisdictions (older datasets): unknown, shown as "—".
 */
export function legalFramesOf(dataset: Dataset, region: Region): LegalFrame[] | null {
  const ids = 'legalFrames' in region ? region.legalFrames : undefined
  const section = 'jurisdictions' in dataset ? dataset.jurisdictions : undefined
  const rows = typeof section === 'object' && section !== null && 'rows' in section ? section.rows : undefined
  if (!Array.isArray(ids) || !Array.isArray(rows)) return null
  const byId = new Map<string, LegalFrame>()
  for (const row of rows as unknown[]) if (isFrame(row)) byId.set(row.id, row)
  return ids.flatMap((id) => {
    const frame = typeof id === 'string' ? byId.get(id) : undefined
    return frame ? [frame] : []
  })
}
