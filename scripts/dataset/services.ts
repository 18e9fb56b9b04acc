import { z } from 'zod'
import type { Service, Services } from '../../src/shared/dataset/schema'
import { Problems } from './errors'
import type { KnownRegions } from './knownRegions'
import { RAW_FILES, readRawJson } from './rawFiles'
import { SOURCE_ID } from './sources'

const ServiceInfoSchema = z.object({
  servicesCount: z.number(),
  services: z.record(
    z.string(),
    z.object({
      code: z.string(),
      name: z.string(),
      count: z.number(),
      regions: z.array(z.string()),
      url: z.string().nullable().optional(),
    }),
  ),
  regionCodes: z.array(z.string()),
  regionsCount: z.number(),
})

const RegionInfoSchema = z.record(z.string(), z.object({ count: z.number(), serviceNames: z.array(z.string()) }))

/** A stable id from a marketing name: "Amazon Simple Storage Service (S3)" → "amazon-simple-storage-service-s3". */
export function serviceSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export interface ServicesInputs {
  known: KnownRegions
  inDataset: ReadonlySet<string>
  warn: (message: string) => void
}

export interface ServicesResult {
  services: Services
  /** How far the two views of the table were checked against each other. */
  stats: { services: number; regions: number; pairs: number }
}

/**
 * The regional services table, by service, checked against the same table by
 * region: both must list the same (service, region) pairs and counts, or the
 * build fails. A region the table lacks is absent from byRegion ("unknown").
 */
export function buildServices(rawDir: string, inputs: ServicesInputs): ServicesResult {
  const info = readRawJson(rawDir, RAW_FILES.serviceInfo, ServiceInfoSchema)
  const byRegionRaw = readRawJson(rawDir, RAW_FILES.regionInfo, RegionInfoSchema)
  const problems = new Problems()
  const serviceFile = RAW_FILES.serviceInfo
  const regionFile = RAW_FILES.regionInfo

  const entries = Object.values(info.services)
  if (entries.length !== info.servicesCount) {
    problems.add(`${serviceFile}: servicesCount is ${info.servicesCount} but ${entries.length} services are listed`)
  }
  const catalogue: Service[] = []
  const namesByRegion = new Map<string, Set<string>>()
  const idByName = new Map<string, string>()
  for (const entry of entries) {
    const id = serviceSlug(entry.name)
    if (!id) problems.add(`${serviceFile}: service "${entry.name}" gives an empty id`)
    const clash = catalogue.find((s) => s.id === id)
    if (clash) problems.add(`${serviceFile}: services "${clash.name}" and "${entry.name}" share the id "${id}"`)
    if (entry.count !== entry.regions.length) {
      problems.add(`${serviceFile}: ${entry.name} has count ${entry.count} but ${entry.regions.length} regions`)
    }
    catalogue.push({ id, name: entry.name, url: entry.url || null })
    idByName.set(entry.name, id)
    for (const code of entry.regions) {
      const names = namesByRegion.get(code) ?? new Set<string>()
      if (names.has(entry.name)) problems.add(`${serviceFile}: ${entry.name} lists ${code} twice`)
      names.add(entry.name)
      namesByRegion.set(code, names)
    }
  }

  const tableRegions = [...namesByRegion.keys()].sort()
  if (!sameMembers(tableRegions, info.regionCodes) || tableRegions.length !== info.regionsCount) {
    problems.add(`${serviceFile}: regionCodes/regionsCount do not match the regions the services list`)
  }
  if (!sameMembers(tableRegions, Object.keys(byRegionRaw))) {
    problems.add(`${regionFile}: its regions differ from ${serviceFile}'s`)
  }
  for (const [code, entry] of Object.entries(byRegionRaw)) {
    const expected = namesByRegion.get(code) ?? new Set<string>()
    const listed = new Set(entry.serviceNames)
    const onlyHere = [...listed].filter((n) => !expected.has(n))
    const onlyThere = [...expected].filter((n) => !listed.has(n))
    if (onlyHere.length || onlyThere.length || entry.count !== listed.size || listed.size !== entry.serviceNames.length) {
      problems.add(
        `${regionFile}: ${code} disagrees with ${serviceFile} (only in region_info: ${onlyHere.join(', ') || 'none'}; ` +
          `only in service_info: ${onlyThere.join(', ') || 'none'}; count ${entry.count})`,
      )
    }
  }

  const byRegion: Record<string, string[]> = {}
  let pairs = 0
  for (const code of tableRegions) {
    if (!inputs.known.has(code)) {
      problems.add(`${serviceFile}: region "${code}" is not in the AWS SDK partitions list`)
      continue
    }
    if (!inputs.inDataset.has(code)) {
      inputs.warn(`${serviceFile}: region ${code} is not in the dataset; its services are skipped`)
      continue
    }
    const names = namesByRegion.get(code) ?? new Set<string>()
    byRegion[code] = [...names].map((n) => idByName.get(n) ?? n).sort()
    pairs += names.size
  }
  problems.throwIfAny()

  catalogue.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    services: { sources: [SOURCE_ID.serviceInfo, SOURCE_ID.regionInfo], catalogue, byRegion },
    stats: { services: catalogue.length, regions: Object.keys(byRegion).length, pairs },
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const setB = new Set(b)
  return a.length === b.length && a.every((x) => setB.has(x))
}
