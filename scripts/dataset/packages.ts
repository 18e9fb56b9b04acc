import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { formatJsonPath } from '../../src/shared/dataset/validate'
import { BuildError } from './errors'

/**
 * The two npm packages the build reads instead of copies: the AWS SDK's
 * partitions (region codes, names, partitions) and the AWS CDK's region facts
 * (opt-in flags). Both are exact devDependencies; bumping one and running
 * `npm run data:build` refreshes what it covers. npm keeps no publish date
 * in node_modules, so data/package-sources.json records one per version.
 */

export const PACKAGE_SOURCES_FILE = fileURLToPath(new URL('../../data/package-sources.json', import.meta.url))

export const SDK_PACKAGE = '@aws-sdk/core'
export const CDK_PACKAGE = 'aws-cdk-lib'
/** Inside @aws-sdk/core: the SDK's partitions.json, as an ES module exporting `partitionsInfo`. */
const SDK_PARTITIONS_FILE = 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'

export interface PackageRef {
  name: string
  version: string
  /** The publish date of this version (data/package-sources.json). */
  published: string
}

export const SdkPartitionsSchema = z.object({
  partitions: z.array(
    z.object({
      id: z.string(),
      regionRegex: z.string(),
      regions: z.record(z.string(), z.object({ description: z.string() })),
    }),
  ),
})
export type SdkPartitions = z.infer<typeof SdkPartitionsSchema>

export interface CdkRegionFact {
  region: string
  partition: string
  isOptInRegion: boolean
}

/** What the build takes from packages; tests pass their own. */
export interface PackageInputs {
  sdk: { ref: PackageRef; partitions: SdkPartitions }
  cdk: { ref: PackageRef; regions: CdkRegionFact[] }
}

const PackageSourcesSchema = z.object({
  note: z.string(),
  packages: z.record(z.string(), z.object({ file: z.string(), published: z.record(z.string(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)) })),
})

const require = createRequire(import.meta.url)

function installedVersion(name: string): { version: string; dir: string } {
  let manifest: string
  try {
    manifest = require.resolve(`${name}/package.json`)
  } catch {
    throw new BuildError([`${name} is not installed in node_modules: run npm install (it is a devDependency the data build reads)`])
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return { version, dir: dirname(manifest) }
}

function publishDate(name: string, version: string, file = PACKAGE_SOURCES_FILE): string {
  const parsed = PackageSourcesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new BuildError(parsed.error.issues.map((i) => `${file}: ${formatJsonPath(i.path)}: ${i.message}`))
  }
  const date = parsed.data.packages[name]?.published[version]
  if (!date) {
    throw new BuildError([
      `${file}: no publish date for ${name}@${version}, the installed version; ` +
        `add it from \`npm view ${name}@${version} time --json\``,
    ])
  }
  return date
}

/**
 * The SDK's partitions, read from the installed @aws-sdk/core. The file is an
 * ES module whose only statement assigns a JSON object; it is read as text
 * and parsed as JSON (no code from it runs), and its shape is checked so that
 * a change of layout in a newer SDK fails the build loudly.
 */
export function readSdkPartitionsPackage(): PackageInputs['sdk'] {
  const { version, dir } = installedVersion(SDK_PACKAGE)
  const where = `npm:${SDK_PACKAGE}@${version} ${SDK_PARTITIONS_FILE}`
  let text: string
  try {
    text = readFileSync(join(dir, SDK_PARTITIONS_FILE), 'utf8')
  } catch {
    throw new BuildError([`${where}: not found; the SDK's layout changed, see scripts/dataset/packages.ts`])
  }
  const match = /^\s*export const partitionsInfo = ([\s\S]*?);?\s*$/.exec(text)
  let value: unknown
  try {
    value = JSON.parse(match?.[1] ?? '')
  } catch {
    throw new BuildError([`${where}: expected "export const partitionsInfo = <JSON>"; the SDK's layout changed`])
  }
  const parsed = SdkPartitionsSchema.safeParse(value)
  if (!parsed.success) throw new BuildError(parsed.error.issues.map((i) => `${where}: ${formatJsonPath(i.path)}: ${i.message}`))
  return { ref: { name: SDK_PACKAGE, version, published: publishDate(SDK_PACKAGE, version) }, partitions: parsed.data }
}

const CdkRegionsSchema = z.array(z.object({ name: z.string(), partition: z.string(), isOptInRegion: z.boolean() }))

/** The CDK's region facts, through its own RegionInfo API (aws-cdk-lib/region-info). */
export function readCdkRegionsPackage(): PackageInputs['cdk'] {
  const { version } = installedVersion(CDK_PACKAGE)
  const where = `npm:${CDK_PACKAGE}@${version} region-info`
  const { RegionInfo } = require(`${CDK_PACKAGE}/region-info`) as { RegionInfo: { regions: unknown[] } }
  const facts = RegionInfo.regions.map((r) => {
    const info = r as { name: string; partition: string | undefined; isOptInRegion: boolean }
    return { name: info.name, partition: info.partition, isOptInRegion: info.isOptInRegion }
  })
  const parsed = CdkRegionsSchema.safeParse(facts)
  if (!parsed.success) throw new BuildError(parsed.error.issues.map((i) => `${where}: ${formatJsonPath(i.path)}: ${i.message}`))
  return {
    ref: { name: CDK_PACKAGE, version, published: publishDate(CDK_PACKAGE, version) },
    regions: parsed.data.map((r) => ({ region: r.name, partition: r.partition, isOptInRegion: r.isOptInRegion })),
  }
}

export function readPackages(): PackageInputs {
  return { sdk: readSdkPartitionsPackage(), cdk: readCdkRegionsPackage() }
}

/** How a package is named in a source's origin and in messages. */
export function packageOrigin(ref: PackageRef): string {
  return `npm:${ref.name}@${ref.version}`
}
