import {
  FactConfidenceSchema,
  RegionFactFieldSchema,
  RegionStatusSchema,
  type FactSource,
  type Region,
  type RegionFactField,
} from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { Problems } from './errors'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'
import { splitNotes } from './notes'

/**
 * One checked fact about a region (data/region-facts.csv): a field's value
 * with the sources that give it, or a replacement of the region table's
 * notes. An empty value is unknown (null), never a guess.
 */
export type RegionFact =
  | { region: string; field: RegionFactField; value: number | boolean | string | null; fact: FactSource }
  | { region: string; field: 'notes'; notes: string[] }

export type RegionFacts = ReadonlyMap<string, readonly RegionFact[]>

const INTEGER_FIELDS: ReadonlySet<string> = new Set(['launchYear', 'azCount'])

export function readRegionFacts(knownSources: ReadonlySet<string>, dir?: string): RegionFacts {
  const file = PROJECT_FILES.regionFacts
  const where = projectPath(file)
  const records = readCsvRecords(readProjectText(file, dir), where, ['region', 'field', 'value', 'confidence', 'sources', 'note'])
  const problems = new Problems()
  const byRegion = new Map<string, RegionFact[]>()
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const at = `${where} data row ${index + 1}`
    const region = field(record, 'region')
    const name = field(record, 'field')
    const key = `${region} ${name}`
    if (seen.has(key)) problems.add(`${at}: ${key} is listed twice`)
    seen.add(key)
    const list = byRegion.get(region) ?? []
    byRegion.set(region, list)
    if (name === 'notes') {
      list.push({ region, field: 'notes', notes: splitNotes(field(record, 'value')) })
      return
    }
    const parsedField = RegionFactFieldSchema.safeParse(name)
    if (!parsedField.success || parsedField.data === 'coordinates') {
      problems.add(`${at}: field "${name}" is not one of launchYear, azCount, optIn, status, notes`)
      return
    }
    const confidence = FactConfidenceSchema.safeParse(field(record, 'confidence'))
    if (!confidence.success) problems.add(`${at}: confidence "${field(record, 'confidence')}" is not confirmed, reported or unconfirmed`)
    const sources = field(record, 'sources').split(';').map((s) => s.trim()).filter(Boolean)
    if (!sources.length) problems.add(`${at}: a fact needs at least one source`)
    for (const id of sources) if (!knownSources.has(id)) problems.add(`${at}: source "${id}" is not defined (data/fact-sources.csv or the build's sources)`)
    const value = parseValue(parsedField.data, field(record, 'value'))
    if (value === undefined) {
      problems.add(`${at}: value "${field(record, 'value')}" does not fit ${name}`)
      return
    }
    const note = field(record, 'note')
    list.push({
      region,
      field: parsedField.data,
      value,
      fact: { sources, confidence: confidence.success ? confidence.data : 'unconfirmed', ...(note ? { note } : {}) },
    })
  })
  problems.throwIfAny()
  return byRegion
}

function parseValue(name: RegionFactField, text: string): number | boolean | string | null | undefined {
  if (INTEGER_FIELDS.has(name)) {
    if (text === '') return null
    return /^\d+$/.test(text) ? Number(text) : undefined
  }
  if (name === 'optIn') return text === 'yes' ? true : text === 'no' ? false : undefined
  if (name === 'status') return RegionStatusSchema.safeParse(text).success ? text : undefined
  return undefined
}

/**
 * Applies a region's checked facts over what the region table gave: the value,
 * its sources among the region's, and its provenance in factSources.
 */
export function applyRegionFacts(region: Region, facts: readonly RegionFact[] | undefined): void {
  for (const fact of facts ?? []) {
    if (fact.field === 'notes') {
      region.notes = [...fact.notes]
      continue
    }
    switch (fact.field) {
      case 'launchYear':
        region.launchYear = fact.value as number | null
        break
      case 'azCount':
        region.azCount = fact.value as number | null
        break
      case 'optIn':
        region.optIn = fact.value as boolean
        break
      case 'status':
        region.status = fact.value as Region['status']
        break
    }
    region.factSources = { ...region.factSources, [fact.field]: fact.fact }
    for (const id of fact.fact.sources) if (!region.sources.includes(id)) region.sources.push(id)
  }
}
