import { describe, expect, it } from 'vitest'
import { atLeast, desktopNodeProblem } from '../../../../scripts/node/desktopNode'

describe('the desktop Node.js check', () => {
  it('compares versions part by part, with or without the v', () => {
    expect(atLeast('22.12.0', '22.12.0')).toBe(true)
    expect(atLeast('v22.13.1', '22.12.0')).toBe(true)
    expect(atLeast('24.0.0', '22.12.0')).toBe(true)
    expect(atLeast('22.9.0', '22.12.0')).toBe(false)
    expect(atLeast('20.20.2', '22.12.0')).toBe(false)
  })

  it('says in one line what the desktop app needs and what the web edition and tests need', () => {
    const problem = desktopNodeProblem('20.20.2')
    expect(problem).toBe(
      'The InfraGlobe desktop app needs Node.js 22.12.0 or newer (Electron 45 and its packaging tools require it); ' +
        'this is Node.js 20.20.2. The web edition and the tests run on Node.js 20.19.0 or newer.',
    )
    expect(desktopNodeProblem('22.12.0')).toBeNull()
  })
})
