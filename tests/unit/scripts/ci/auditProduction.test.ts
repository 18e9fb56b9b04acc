import { describe, expect, it } from 'vitest'
import { interpretAudit } from '../../../../scripts/ci/auditProduction'

const report = (vulnerabilities: Record<string, number>) => JSON.stringify({ metadata: { vulnerabilities } })

describe('interpreting npm audit for CI', () => {
  it('passes a clean audit', () => {
    const verdict = interpretAudit({ status: 0, stdout: report({ info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }), stderr: '' })
    expect(verdict).toEqual({ outcome: 'clean', line: 'npm audit: no known vulnerability in the production dependencies.' })
  })

  it('fails on any known vulnerability and counts them by severity', () => {
    const verdict = interpretAudit({ status: 1, stdout: report({ info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 }), stderr: '' })
    expect(verdict.outcome).toBe('vulnerable')
    expect(verdict.line).toContain('(1 low, 2 high)')
  })

  it('goes on, saying so, when the advisory endpoint answers with an error (a registry without it)', () => {
    const stdout = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 })
    expect(interpretAudit({ status: 1, stdout, stderr: 'npm error audit endpoint returned an error' })).toEqual({
      outcome: 'unreachable',
      line: 'npm audit: the advisory service could not be reached (HTTP 405); the production dependencies were not audited this run.',
    })
  })

  it('goes on, saying so, without a network', () => {
    const verdict = interpretAudit({ status: 1, stdout: '', stderr: 'npm error code ENOTFOUND\nnpm error request to https://registry.example failed' })
    expect(verdict).toMatchObject({ outcome: 'unreachable' })
    expect(verdict.line).toContain('(ENOTFOUND)')
  })
})
