/**
 * npm run data:build [-- --raw <dir>] [-- --out <file>]
 *
 * Reads the raw source files (default: <repo>/../shared/data/raw), builds and
 * validates the dataset, and replaces assets/data/infrastructure.json
 * atomically. On any inconsistency it prints every problem, exits with code 1
 * and leaves the existing file untouched.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDatasetReport, type BuildReport } from './dataset/build'
import { BuildError } from './dataset/errors'
import { formatJson } from './dataset/format'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Args {
  raw: string
  out: string
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    raw: resolve(repo, '..', 'shared', 'data', 'raw'),
    out: resolve(repo, 'assets', 'data', 'infrastructure.json'),
  }
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]
    const value = argv[i + 1]
    if ((flag === '--raw' || flag === '--out') && value && !value.startsWith('--')) {
      args[flag === '--raw' ? 'raw' : 'out'] = resolve(value)
      i += 1
    } else {
      throw new BuildError([`unknown or incomplete argument "${flag}" (usage: build-dataset [--raw <dir>] [--out <file>])`])
    }
  }
  return args
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
    `  edge locations ${d.edgeLocations.items.length} (${count(d.edgeLocations.items, (e) => e.kind)})`,
    `  services       ${report.services.services} in ${report.services.regions} regions (${report.services.pairs} service-region pairs, service_info and region_info agree)`,
    `  prices         sheets ${d.prices.sheets.map((s) => `${s.id} ${s.currency}`).join(', ')}`,
    `                 ec2 rows: ${count(d.prices.ec2, (r) => r.sheet)}; s3 rows ${d.prices.s3.length}; instance types ${d.prices.instanceTypes.length}`,
    ...(report.warnings.length ? [`  skipped (${report.warnings.length}):`, ...report.warnings.map((w) => `    ${w}`)] : []),
  ].join('\n')
}

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  const report = buildDatasetReport(args.raw)
  const text = formatJson(report.dataset)
  writeAtomically(args.out, text)
  console.log(summary(report, args.out, Buffer.byteLength(text)))
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
