import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NETWORK_CHECKS, readReviewed, stale, unreviewed, type Finding } from '../../../../scripts/security/electronegativity'

const finding = (id: string, file: string): Finding => ({ id, file, line: 1, severity: 'MEDIUM', confidence: 'FIRM', description: '' })

describe('the Electronegativity gate', () => {
  it('lets through only findings reviewed for the same check in the same file', () => {
    const reviewed = [{ id: 'PRELOAD_JS_CHECK', file: 'src/main/window.ts', reason: 'narrow API' }]
    const findings = [finding('PRELOAD_JS_CHECK', 'src/main/window.ts'), finding('PRELOAD_JS_CHECK', 'src/main/other.ts'), finding('CSP_GLOBAL_CHECK', 'src/main/window.ts')]
    expect(unreviewed(findings, reviewed)).toEqual(findings.slice(1))
  })

  it('points out reviewed entries that nothing matches any more', () => {
    const reviewed = [{ id: 'AUXCLICK_JS_CHECK', file: 'src/main/window.ts', reason: 'fixed since' }]
    expect(stale(reviewed, [finding('PRELOAD_JS_CHECK', 'src/main/window.ts')])).toEqual(reviewed)
  })

  it('needs a reason for every reviewed finding, in the project list too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infraglobe-reviewed-'))
    try {
      const file = join(dir, 'reviewed.json')
      writeFileSync(file, JSON.stringify([{ id: 'PRELOAD_JS_CHECK', file: 'src/main/window.ts', reason: ' ' }]))
      expect(() => readReviewed(file)).toThrow(/needs an id, a file and a reason/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(readReviewed().length).toBeGreaterThan(0)
  })

  it('leaves out the one check that needs the network', () => {
    expect(NETWORK_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck'])
  })
})
