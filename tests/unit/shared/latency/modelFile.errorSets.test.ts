import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkLatencyModel, interRegionErrorSet, parseLatencyModel, userErrorSet } from '../../../../src/shared/latency'

const text = readFileSync(fileURLToPath(new URL('../../../../assets/data/latency-model.json', import.meta.url)), 'utf8')
interface Editable {
  evaluation: { headline: string; interRegion: string }
  params: { internet: { accessMs: number; band: { low: number; high: number } } }
}
const committed = () => JSON.parse(text) as Editable

describe('the two errors the model file carries', () => {
  it('quotes a user’s held-out internet error next to user figures and the inter-region error for the matrix', () => {
    const check = parseLatencyModel(text)
    if (!check.ok) throw new Error(check.problems.join('; '))
    const user = userErrorSet(check.model)
    const interRegion = interRegionErrorSet(check.model)
    expect(user.path).toBe('internet')
    expect(user.method).toMatch(/leave-one-country-out/)
    expect(user.sources).toContain('ripe-atlas-country-rtt')
    expect(interRegion.path).toBe('backbone')
    expect(interRegion.method).toMatch(/leave-one-region-out/)
    // What a user sees is further off than what AWS's own matrix shows.
    expect(user.model.medianAbsPctError).toBeGreaterThan(interRegion.model.medianAbsPctError)
  })

  it('documents where the access path and the user band come from', () => {
    const check = parseLatencyModel(text)
    if (!check.ok) throw new Error(check.problems.join('; '))
    const documented = new Map(check.model.provenance.map((p) => [p.param, p]))
    for (const param of ['internet', 'internet.pathPremium', 'internet.accessMs', 'internet.band']) {
      expect(documented.get(param)?.sources, param).toContain('ripe-atlas-country-rtt')
    }
    expect(documented.get('internet.accessMs')?.note).toMatch(/same-country rows/)
    expect(check.model.params.internet.accessMs).toBeGreaterThan(0)
  })

  it('refuses a headline that is a backbone error, or an inter-region error that is an internet one', () => {
    const swapped = committed()
    const { headline, interRegion } = swapped.evaluation
    swapped.evaluation.headline = interRegion
    swapped.evaluation.interRegion = headline
    const check = checkLatencyModel(swapped)
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.problems).toEqual([
        `evaluation.headline: set "${interRegion}" is on the backbone path, not the internet path`,
        `evaluation.interRegion: set "${headline}" is on the internet path, not the backbone path`,
      ])
    }
  })

  it('refuses a user figure without an access path or with a band that closes on the figure', () => {
    const bad = committed()
    bad.params.internet.accessMs = 0
    bad.params.internet.band.high = 1
    const check = checkLatencyModel(bad)
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.problems.some((p) => p.startsWith('params.internet.accessMs'))).toBe(true)
      expect(check.problems.some((p) => p.startsWith('params.internet.band.high'))).toBe(true)
    }
  })
})
