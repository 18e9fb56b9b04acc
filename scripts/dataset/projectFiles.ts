import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BuildError } from './errors'

/**
 * The project's own tables under data/: facts gathered for InfraGlobe, one row
 * per fact with the address it came from (data/SOURCES.md says how each was
 * gathered). The raw upstream copies live outside the repository instead.
 */
export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url))

export const PROJECT_FILES = {
  factSources: 'fact-sources.csv',
  regionFacts: 'region-facts.csv',
  statusEventsAdded: 'status-events-added.csv',
  statusEventsExcluded: 'status-events-excluded.csv',
  serviceNotices: 'services/service-notices.csv',
  endpointPrefixes: 'services/endpoint-prefixes.csv',
  ec2PriceAdditions: 'prices/ec2-ondemand-linux-added-types.csv',
} as const

export type ProjectFile = (typeof PROJECT_FILES)[keyof typeof PROJECT_FILES]

/** Reads data/<file>, or the same file under `dir` (tests pass a copy). */
export function readProjectText(file: ProjectFile, dir: string = PROJECT_DATA_DIR): string {
  try {
    return readFileSync(join(dir, file), 'utf8')
  } catch (error) {
    throw new BuildError([`data/${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`])
  }
}

/** The name a problem gives the file: as the person sees it in the repository. */
export function projectPath(file: ProjectFile): string {
  return `data/${file}`
}

/** The zones tables (AZ statements, inter-AZ measurements) sit in data/zones/, with their own SOURCES.md. */
export const ZONES_DATA_DIR = join(PROJECT_DATA_DIR, 'zones/')

export const ZONES_FILES = {
  azStatements: 'aws-az-statements.csv',
  interAzLatencyExtra: 'inter-az-latency-extra.csv',
} as const

export type ZonesFile = (typeof ZONES_FILES)[keyof typeof ZONES_FILES]

/** Reads data/zones/<file> from `dir` (tests pass a copy of the folder). */
export function readZonesText(dir: string, file: ZonesFile): string {
  try {
    return readFileSync(join(dir, file), 'utf8')
  } catch (error) {
    throw new BuildError([`data/zones/${file}: cannot be read from ${dir} (${error instanceof Error ? error.message : String(error)})`])
  }
}
