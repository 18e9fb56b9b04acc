import { describe, expect, it } from 'vitest'
import { populationBasis, reachCaveat } from '../../../../src/shared/reach/caveat'
import { latencyModel } from '../../fixtures/reach'

describe('what reach figures say about themselves', () => {
  it('call the round trips estimates and quote the model’s cross-validated error', () => {
    const text = reachCaveat(latencyModel)
    const headline = latencyModel.evaluation.sets.find((s) => s.id === latencyModel.evaluation.headline)
    expect(text).toMatch(/estimates/)
    expect(text).toContain(`median error ${headline?.model.medianAbsPctError.toFixed(1)} %`)
    expect(text).toContain(latencyModel.calibratedAt)
    expect(text).toMatch(/cross-validated/)
  })

  it('call the population city dwellers, a stand-in for where people are', () => {
    const text = populationBasis({ minPopulation: 15000, asOf: '2024-12-07' })
    expect(text).toMatch(/^city dwellers/)
    expect(text).toContain('15,000')
    expect(text).toContain('2024-12-07')
    expect(text).toMatch(/stand-in for where people are/)
  })
})
