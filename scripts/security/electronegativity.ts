import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Electronegativity, run programmatically on the sources and on the build,
 * offline: its one check that needs the network (the list of Electron
 * releases with security fixes) is left out, and the translations it would
 * fetch at start are replaced by the ones it ships. Every finding must be
 * listed, with the reason it is acceptable, in reviewed-findings.json;
 * anything else fails `npm run check`.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)

/**
 * What is scanned of the desktop build: what Electron runs as such (main,
 * preload, the page's HTML), together, so that the global checks see the
 * whole app. The renderer's bundle is the sources of src/renderer minified
 * with React and three.js, which Electronegativity's parser cannot read
 * (class static blocks); its sources are scanned with src/. out/web is the
 * browser edition: no Electron there.
 */
export const BUILD_PARTS = ['out/main', 'out/preload', 'out/renderer/index.html']

/** Checks that reach the network; they are not run. */
export const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck']

export interface Finding {
  id: string
  /** Relative to the project, with forward slashes. */
  file: string
  line: number
  severity: string
  confidence: string
  description: string
}

export interface ReviewedFinding {
  id: string
  file: string
  reason: string
}

interface RawIssue {
  id: string
  file: string
  location: { line: number }
  severity: { name: string }
  confidence: { name: string }
  description: string
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string }[] }>

/** Loads Electronegativity with its start-up translation download replaced by its bundled English. */
function loadRunner(): Runner {
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const dist = join(base, 'dist')
  const i18n = require(require.resolve('i18n', { paths: [base] })) as {
    configure(options: Record<string, unknown>): void
    setLocale(locale: string): void
  }
  const i18nModule = require.resolve(join(dist, 'locales', 'i18n.js'))
  const offline = () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(dist, 'locales'), updateFiles: false, objectNotation: true, register: globalThis })
    i18n.setLocale('en-US')
    return Promise.resolve()
  }
  require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: offline } as NodeJS.Module
  return require(join(dist, 'runner.js')) as Runner
}

function electronVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version
}

/** Runs every offline check on the build's Electron parts, copied side by side; paths answer as under out/. */
export async function scanBuild(): Promise<{ findings: Finding[]; errors: string[] }> {
  const copy = mkdtempSync(join(tmpdir(), 'infraglobe-electronegativity-'))
  try {
    for (const part of BUILD_PARTS) cpSync(join(root, part), join(copy, 'out', relative('out', part)), { recursive: true })
    return await scan(join(copy, 'out'), (file) => `out/${relative(join(copy, 'out'), file).split('\\').join('/')}`)
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

/** Runs every offline check on one folder; answers the findings and the files it could not parse. */
export async function scan(folder: string, name?: (file: string) => string): Promise<{ findings: Finding[]; errors: string[] }> {
  const input = resolve(root, folder)
  const result = await loadRunner()(
    { input, excludeFromScan: NETWORK_CHECKS, parserPlugins: [], isRelative: false, isVerbose: false, electronVersionOverride: electronVersion() },
    false,
  )
  const toProject = (file: string) => (name ?? ((absolute: string) => relative(root, absolute).split('\\').join('/')))(resolve(input, file))
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: toProject(issue.file),
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
    })),
    errors: result.errors.map((error) => `${toProject(error.file)}: ${error.message}`),
  }
}

/** The findings no reviewed entry covers (same check, same file). */
export function unreviewed(findings: readonly Finding[], reviewed: readonly ReviewedFinding[]): Finding[] {
  return findings.filter((finding) => !reviewed.some((entry) => entry.id === finding.id && entry.file === finding.file))
}

/** Reviewed entries that no finding matches any more: worth removing from the list. */
export function stale(reviewed: readonly ReviewedFinding[], findings: readonly Finding[]): ReviewedFinding[] {
  return reviewed.filter((entry) => !findings.some((finding) => finding.id === entry.id && finding.file === entry.file))
}

export const REVIEWED_FILE = join(root, 'scripts', 'security', 'reviewed-findings.json')

export function readReviewed(file = REVIEWED_FILE): ReviewedFinding[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as ReviewedFinding[]
  for (const entry of entries) {
    if (!entry.id || !entry.file || !entry.reason?.trim()) throw new Error(`${file}: every entry needs an id, a file and a reason (${JSON.stringify(entry)})`)
  }
  return entries
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const reviewed = readReviewed()
  const findings: Finding[] = []
  let failed = false
  for (const result of [await scan('src'), await scanBuild()]) {
    findings.push(...result.findings)
    for (const error of result.errors) {
      console.error(`Electronegativity could not parse ${error}`)
      failed = true
    }
  }
  const open = unreviewed(findings, reviewed)
  const bySeverity = (severity: string) => findings.filter((f) => f.severity === severity).length
  console.log(
    `Electronegativity (offline, src/ and the desktop build): ${findings.length} findings ` +
      `(${bySeverity('HIGH')} high, ${bySeverity('MEDIUM')} medium, ${bySeverity('LOW')} low, ${bySeverity('INFORMATIONAL')} informational), ` +
      `${findings.length - open.length} reviewed, ${open.length} not reviewed.`,
  )
  for (const finding of open) {
    console.error(`  not reviewed: ${finding.id} ${finding.severity} in ${finding.file}:${finding.line}: ${finding.description}`)
  }
  for (const entry of stale(reviewed, findings)) console.log(`  no longer found (remove from the reviewed list): ${entry.id} in ${entry.file}`)
  if (open.length > 0) console.error(`Review each finding above and list it, with its reason, in ${relative(root, REVIEWED_FILE)}.`)
  process.exit(open.length > 0 || failed ? 1 : 0)
}
