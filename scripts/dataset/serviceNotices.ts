import { ServiceNoticeKindSchema, type Services } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { Problems } from './errors'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'

/**
 * Notices a reader must see wherever a service appears (data/services/service-notices.csv),
 * such as AWS closing a service to new customers, each with its sources.
 */
export function addServiceNotices(services: Services, knownSources: ReadonlySet<string>, dir?: string): Services {
  const file = PROJECT_FILES.serviceNotices
  const where = projectPath(file)
  const records = readCsvRecords(readProjectText(file, dir), where, ['service_name', 'kind', 'from', 'text', 'sources'])
  const problems = new Problems()
  const catalogue = services.catalogue.map((s) => ({ ...s }))
  records.forEach((record, index) => {
    const at = `${where} data row ${index + 1}`
    const service = catalogue.find((s) => s.name === field(record, 'service_name'))
    const kind = ServiceNoticeKindSchema.safeParse(field(record, 'kind'))
    const from = field(record, 'from')
    const sources = field(record, 'sources').split(';').map((s) => s.trim()).filter(Boolean)
    if (!service) problems.add(`${at}: "${field(record, 'service_name')}" is not a service of the regional table`)
    if (!kind.success) problems.add(`${at}: kind "${field(record, 'kind')}" is not one of ${ServiceNoticeKindSchema.options.join(', ')}`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) problems.add(`${at}: from "${from}" is not YYYY-MM-DD`)
    if (!sources.length) problems.add(`${at}: a notice needs at least one source`)
    for (const id of sources) if (!knownSources.has(id)) problems.add(`${at}: source "${id}" is not defined`)
    if (!service || !kind.success) return
    service.notices = [...(service.notices ?? []), { kind: kind.data, from, text: field(record, 'text'), sources }]
  })
  problems.throwIfAny()
  return { ...services, catalogue }
}
