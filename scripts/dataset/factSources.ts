import type { Source } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { Problems } from './errors'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'

const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/
const AS_OF = /^\d{4}-\d{2}(-\d{2})?$/

/**
 * The upstream documents the project's own fact tables cite (launch posts,
 * documentation pages), one row each, with licence and as-of date. They
 * become dataset sources like any raw file's.
 */
export function readFactSources(dir?: string): Source[] {
  const file = PROJECT_FILES.factSources
  const where = projectPath(file)
  const records = readCsvRecords(readProjectText(file, dir), where, ['id', 'title', 'url', 'licence', 'as_of', 'note'])
  const problems = new Problems()
  const sources: Source[] = []
  records.forEach((record, index) => {
    const at = `${where} data row ${index + 1}`
    const id = field(record, 'id')
    if (!SOURCE_ID.test(id)) problems.add(`${at}: id "${id}" is not a source id (lowercase, digits, dashes)`)
    if (sources.some((s) => s.id === id)) problems.add(`${at}: id "${id}" is listed twice`)
    if (!/^https:\/\//.test(field(record, 'url'))) problems.add(`${at}: url "${field(record, 'url')}" is not an https address`)
    if (!AS_OF.test(field(record, 'as_of'))) problems.add(`${at}: as_of "${field(record, 'as_of')}" is not YYYY-MM or YYYY-MM-DD`)
    for (const column of ['title', 'licence']) if (!field(record, column)) problems.add(`${at}: ${column} is empty`)
    sources.push({
      id,
      title: field(record, 'title'),
      origin: field(record, 'url'),
      licence: field(record, 'licence'),
      asOf: field(record, 'as_of'),
      ...(field(record, 'note') ? { note: field(record, 'note') } : {}),
    })
  })
  problems.throwIfAny()
  return sources
}
