import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { disableFeaturesSwitch, OMNIBOX_POPUP_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../../../../scripts/browser/quietFeatures'

/** The features the installed playwright-core disables, read from its bundle's chromiumSwitches. */
function playwrightsList(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'))
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8')
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1]
  if (list === undefined) throw new Error('playwright-core no longer lists disabledFeatures where this test reads them: check quietFeatures.ts by hand')
  return [...list.matchAll(/"([A-Za-z0-9]+)"/g)].map((match) => match[1] as string)
}

describe('the --disable-features switch', () => {
  it('repeats every feature the installed Playwright disables (the last switch wins)', () => {
    const theirs = playwrightsList()
    expect(theirs.length).toBeGreaterThan(5)
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(theirs))
  })

  it('adds the omnibox popup pages and is one switch', () => {
    const features = disableFeaturesSwitch.replace('--disable-features=', '').split(',')
    expect(features).toEqual(expect.arrayContaining([...OMNIBOX_POPUP_FEATURES, 'PaintHolding']))
    expect(new Set(features).size).toBe(features.length)
  })
})
