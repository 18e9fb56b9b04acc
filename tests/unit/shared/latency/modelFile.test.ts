import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkLatencyModel, parseLatencyModel } from '../../../../src/shared/latency'
import { loadCliInputs } from '../../../../scripts/latency/cli'

const MODEL_FILE = fileURLToPath(new URL('../../../../assets/data/latency-model.json', import.meta.url))
const text = readFileSync(MODEL_FILE, 'utf8')
const { dataset } = loadCliInputs()

function committed(): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>
}

describe('the committed latency model file', () => {
  it('validates against its schema', () => {
    const check = parseLatencyModel(text)
    expect(check.ok ? [] : check.problems).toEqual([])
  })

  it('names every source it cites, in its own list or in the dataset’s', () => {
    const check = parseLatencyModel(text)
    if (!check.ok) throw new Error(check.problems.join('; '))
    const known = new Set([...check.model.sources.map((s) => s.id), ...dataset.sources.map((s) => s.id)])
    const cited = [
      ...check.model.provenance.flatMap((p) => p.sources),
      ...check.model.evaluation.sets.flatMap((s) => s.sources),
    ]
    expect(cited.filter((id) => !known.has(id))).toEqual([])
    expect(check.model.sources.map((s) => s.id).sort()).toEqual(['azure-inter-region-rtt', 'ripe-atlas-country-rtt'])
    expect(cited).toContain(dataset.latency.sources[0])
  })

  it('carries held-out figures for its headline set, a user’s, and for its inter-region set', () => {
    const check = parseLatencyModel(text)
    if (!check.ok) throw new Error(check.problems.join('; '))
    const headline = check.model.evaluation.sets.find((s) => s.id === check.model.evaluation.headline)
    expect(headline?.model.n).toBeGreaterThan(100)
    expect(headline?.path).toBe('internet')
    expect(headline?.method).toMatch(/leave-one-country-out/)
    const interRegion = check.model.evaluation.sets.find((s) => s.id === check.model.evaluation.interRegion)
    expect(interRegion?.model.n).toBeGreaterThan(100)
    expect(interRegion?.path).toBe('backbone')
    expect(interRegion?.method).toMatch(/leave-one-region-out/)
  })
})

describe('validation of a latency model file', () => {
  it('rejects a near stretch below the far stretch', () => {
    const bad = committed()
    const params = bad.params as { backbone: { stretchNear: number; stretchFar: number } }
    params.backbone.stretchNear = params.backbone.stretchFar - 0.1
    const check = checkLatencyModel(bad)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.join('\n')).toMatch(/params\.backbone/)
  })

  it('rejects an internet premium below 1 and a band that excludes the estimate', () => {
    const bad = committed()
    const params = bad.params as { internet: { pathPremium: number }; band: { distanceOnly: { low: number } } }
    params.internet.pathPremium = 0.9
    params.band.distanceOnly.low = 1.2
    const check = checkLatencyModel(bad)
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.problems.some((p) => p.startsWith('params.internet.pathPremium'))).toBe(true)
      expect(check.problems.some((p) => p.startsWith('params.band.distanceOnly.low'))).toBe(true)
    }
  })

  it('rejects a headline that names no evaluation set', () => {
    const bad = committed()
    ;(bad.evaluation as { headline: string }).headline = 'nowhere'
    expect(checkLatencyModel(bad)).toEqual({ ok: false, problems: ['evaluation.headline: no evaluation set "nowhere"'] })
  })

  it('reports text that is not JSON as one problem', () => {
    const check = parseLatencyModel('{ nope')
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems).toHaveLength(1)
  })
})
