import { z } from 'zod'
import type { Service, ServiceOfferNote, Services } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { Problems } from './errors'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'
import { RAW_FILES, readRawJson } from './rawFiles'
import { SOURCE_ID } from './sources'

const BotocoreSchema = z.object({
  source: z.string(),
  regional: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
})

/** One disagreement between the regional services table and botocore's endpoints, as the build report lists it. */
export interface ServiceDisagreement {
  region: string
  service: string
  endpoint: string
  offeredPer: 'regional-table' | 'botocore'
}

export interface CrossCheckResult {
  services: Services
  disagreements: ServiceDisagreement[]
  /** Regions only botocore covers: kept unknown, since a list of mapped endpoints is not a full service list. */
  endpointOnlyRegions: string[]
  /** Regions only the table covers: not cross-checked. */
  tableOnlyRegions: string[]
  mappedServices: number
}

/**
 * Cross-checks the regional services table against the SDK's endpoint data
 * (botocore), for the services a curated list maps to an endpoint prefix.
 * Where they disagree the service is listed as offered, because one of the
 * two says so, and the pair gets a note naming which source says it and which
 * does not: "offered" is trusted only with its source beside it. A region the
 * table has no list for stays unknown.
 */
export function crossCheckServices(rawDir: string, services: Services, inDataset: ReadonlySet<string>, projectDir?: string): CrossCheckResult {
  const botocore = readRawJson(rawDir, RAW_FILES.botocoreEndpoints, BotocoreSchema)
  const endpoints = new Map<string, Set<string>>()
  for (const regions of Object.values(botocore.regional)) {
    for (const [code, ids] of Object.entries(regions)) endpoints.set(code, new Set(ids))
  }
  const allEndpoints = new Set([...endpoints.values()].flatMap((ids) => [...ids]))

  const file = PROJECT_FILES.endpointPrefixes
  const where = projectPath(file)
  const records = readCsvRecords(readProjectText(file, projectDir), where, ['service_name', 'endpoint_prefix'])
  const problems = new Problems()
  const byName = new Map<string, Service>(services.catalogue.map((s) => [s.name, s]))
  const mapping: { service: Service; endpoint: string }[] = []
  records.forEach((record, index) => {
    const at = `${where} data row ${index + 1}`
    const service = byName.get(field(record, 'service_name'))
    const endpoint = field(record, 'endpoint_prefix')
    if (!service) problems.add(`${at}: "${field(record, 'service_name')}" is not a service of the regional table`)
    else if (mapping.some((m) => m.service.id === service.id)) problems.add(`${at}: ${service.name} is mapped twice`)
    if (!allEndpoints.has(endpoint)) problems.add(`${at}: endpoint "${endpoint}" is in no region of ${RAW_FILES.botocoreEndpoints}`)
    if (service) mapping.push({ service, endpoint })
  })
  problems.throwIfAny()

  const byRegion: Record<string, string[]> = {}
  for (const [code, ids] of Object.entries(services.byRegion)) byRegion[code] = [...ids]
  const disagreements: ServiceDisagreement[] = []
  const offerNotes: ServiceOfferNote[] = []
  const checked = Object.keys(byRegion).filter((code) => endpoints.has(code)).sort()
  for (const code of checked) {
    const listed = new Set(byRegion[code])
    const present = endpoints.get(code) ?? new Set<string>()
    for (const { service, endpoint } of mapping) {
      const inTable = listed.has(service.id)
      const inBotocore = present.has(endpoint)
      if (inTable === inBotocore) continue
      disagreements.push({ region: code, service: service.id, endpoint, offeredPer: inTable ? 'regional-table' : 'botocore' })
      if (!inTable) listed.add(service.id)
      offerNotes.push({
        region: code,
        service: service.id,
        offeredPer: inTable ? [SOURCE_ID.serviceInfo] : [SOURCE_ID.botocoreEndpoints],
        notListedBy: inTable ? [SOURCE_ID.botocoreEndpoints] : [SOURCE_ID.serviceInfo],
        note: inTable
          ? `listed by the AWS regional services table (2026-08-22); botocore's endpoint data (2026-07-02) has no "${endpoint}" endpoint here`
          : `offered per botocore's endpoint data (a "${endpoint}" endpoint here, 2026-07-02); the AWS regional services table (2026-08-22) does not list it`,
      })
    }
    byRegion[code] = [...listed].sort()
  }
  const endpointOnlyRegions = [...endpoints.keys()].filter((code) => inDataset.has(code) && !(code in byRegion)).sort()
  const tableOnlyRegions = Object.keys(byRegion).filter((code) => !endpoints.has(code)).sort()
  return {
    services: {
      ...services,
      sources: [...services.sources, SOURCE_ID.botocoreEndpoints],
      byRegion,
      offerNotes,
    },
    disagreements,
    endpointOnlyRegions,
    tableOnlyRegions,
    mappedServices: mapping.length,
  }
}
