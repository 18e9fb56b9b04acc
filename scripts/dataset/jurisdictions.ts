import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { JurisdictionSchema, type Jurisdiction, type Jurisdictions, type Region } from '../../src/shared/dataset/schema'
import { formatJsonPath } from '../../src/shared/dataset/validate'
import { BuildError, Problems } from './errors'
import { FILE_SOURCES, SOURCE_ID } from './sources'

/** The curated table lives in the project, not with the raw upstream files: it is our own compilation. */
export const JURISDICTIONS_FILE = fileURLToPath(new URL('../../data/jurisdictions.json', import.meta.url))

const TableFileSchema = z.object({
  note: z.string().trim().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  rows: z.array(JurisdictionSchema).min(1),
})

export type JurisdictionTable = z.infer<typeof TableFileSchema>

export function readJurisdictionTable(file: string = JURISDICTIONS_FILE): JurisdictionTable {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new BuildError([`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`])
  }
  const parsed = TableFileSchema.safeParse(value)
  if (!parsed.success) {
    throw new BuildError(parsed.error.issues.map((issue) => `${file}: ${formatJsonPath(issue.path)}: ${issue.message}`))
  }
  return parsed.data
}

export interface JurisdictionsResult {
  jurisdictions: Jurisdictions
  /** Region code → ids of the rows that apply, in table order. */
  framesByRegion: Map<string, string[]>
}

/**
 * Checks the table against the regions and works out which rows apply to each
 * region: a law applies by the region's country, a partition row by its
 * partition. A row naming a country with no region, or applying to nothing,
 * is an error (a typo would otherwise silently drop a law). A region whose
 * country has no law in the table is reported through `warn`: the app then
 * says the table has no frame for it.
 */
export function buildJurisdictions(
  table: JurisdictionTable,
  regions: readonly Region[],
  warn: (message: string) => void,
  file = 'data/jurisdictions.json',
): JurisdictionsResult {
  const problems = new Problems()
  const source = FILE_SOURCES.find((s) => s.id === SOURCE_ID.jurisdictions)
  if (source?.asOf !== table.asOf) {
    problems.add(`${file}: dated ${table.asOf}, but its source entry "${SOURCE_ID.jurisdictions}" says ${source?.asOf ?? 'nothing'}`)
  }
  const countries = new Set(regions.map((r) => r.countryCode))
  const ids = new Set<string>()
  table.rows.forEach((row, i) => {
    const where = `${file} rows[${i}] (${row.id})`
    if (ids.has(row.id)) problems.add(`${where}: duplicate id "${row.id}"`)
    ids.add(row.id)
    if (row.appliesTo.countries.length === 0 && row.appliesTo.partitions.length === 0) {
      problems.add(`${where}: applies to no country and no partition`)
    }
    for (const code of row.appliesTo.countries) {
      if (!countries.has(code)) problems.add(`${where}: country "${code}" has no region in the dataset`)
    }
  })
  problems.throwIfAny()

  const framesByRegion = new Map<string, string[]>()
  for (const region of regions) {
    const frames = table.rows.filter((row) => appliesTo(row, region)).map((row) => row.id)
    framesByRegion.set(region.code, frames)
  }
  const lawless = new Set<string>()
  for (const region of regions) {
    const hasLaw = table.rows.some((row) => row.kind === 'data-protection-law' && row.appliesTo.countries.includes(region.countryCode))
    if (!hasLaw && !lawless.has(region.countryCode)) {
      lawless.add(region.countryCode)
      warn(`${file}: no data-protection law listed for ${region.country} (${region.countryCode}); its regions show none`)
    }
  }
  const checked = table.rows.some((row) => row.check)
  return {
    jurisdictions: { sources: checked ? [SOURCE_ID.jurisdictions, SOURCE_ID.legalFrameChecks] : [SOURCE_ID.jurisdictions], rows: table.rows },
    framesByRegion,
  }
}

function appliesTo(row: Jurisdiction, region: Region): boolean {
  return row.appliesTo.countries.includes(region.countryCode) || row.appliesTo.partitions.includes(region.partition)
}
