import { describe, expect, it } from 'vitest'
import { recoveryNotice, withRecoveryNotice } from '../../../src/shared/recovery'

describe('the notice after a reload', () => {
  it('puts the reason in the address and reads it back as a sentence', () => {
    const url = withRecoveryNotice('app://infraglobe/index.html', 'oom')
    expect(url).toBe('app://infraglobe/index.html?recovered=oom')
    expect(recoveryNotice(new URL(url).search)).toMatch(/^InfraGlobe's page stopped \(it ran out of memory\) and was reloaded\./)
  })

  it('has no notice for a page loaded normally', () => {
    expect(recoveryNotice('')).toBeNull()
    expect(recoveryNotice('?scene=2')).toBeNull()
  })

  it('never echoes an unknown reason from the address', () => {
    expect(withRecoveryNotice('http://localhost:5173/', '<script>')).toBe('http://localhost:5173/?recovered=abnormal-exit')
    expect(recoveryNotice('?recovered=%3Cscript%3E')).not.toContain('<')
  })
})
