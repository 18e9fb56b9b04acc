import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/**
 * `npm audit --omit=dev` for CI: the packages the app ships are checked
 * against the advisory database where the registry answers. When the
 * advisory service cannot be reached (no network, a mirror without the
 * audit endpoint), CI goes on and says so; a known vulnerability fails it.
 */

export interface AuditRun {
  status: number | null
  stdout: string
  stderr: string
}

export type AuditVerdict =
  | { outcome: 'clean'; line: string }
  | { outcome: 'vulnerable'; line: string }
  | { outcome: 'unreachable'; line: string }

const UNREACHABLE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|audit endpoint returned an error|request to .* failed/i

interface AuditReport {
  statusCode?: number
  message?: string
  error?: unknown
  metadata?: { vulnerabilities?: Record<string, number> }
}

function parse(stdout: string): AuditReport | null {
  try {
    const value: unknown = JSON.parse(stdout)
    return typeof value === 'object' && value !== null ? (value as AuditReport) : null
  } catch {
    return null
  }
}

export function interpretAudit(run: AuditRun): AuditVerdict {
  const report = parse(run.stdout)
  const counts = report?.metadata?.vulnerabilities
  if (counts) {
    const found = Object.entries(counts).filter(([severity, n]) => severity !== 'total' && n > 0)
    if (found.length === 0) return { outcome: 'clean', line: 'npm audit: no known vulnerability in the production dependencies.' }
    const list = found.map(([severity, n]) => `${n} ${severity}`).join(', ')
    return { outcome: 'vulnerable', line: `npm audit: the production dependencies have known vulnerabilities (${list}); run \`npm audit --omit=dev\` for the details.` }
  }
  const why = report?.statusCode ? `HTTP ${report.statusCode}` : (UNREACHABLE.exec(`${run.stderr}\n${report?.message ?? ''}`)?.[0] ?? 'no answer')
  return {
    outcome: 'unreachable',
    line: `npm audit: the advisory service could not be reached (${why}); the production dependencies were not audited this run.`,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
  const verdict = interpretAudit({ status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' })
  console.log(verdict.line)
  process.exit(verdict.outcome === 'vulnerable' ? 1 : 0)
}
