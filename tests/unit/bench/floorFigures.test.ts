import { describe, expect, it } from 'vitest'
import { floorFigures } from '../../../bench/floorFigures'

describe('floorFigures', () => {
  it('gives the floor as a share of globe.gl and compares what each page adds to it', () => {
    const figures = floorFigures([1.6, 1.5, 1.7], 2.2, 3.4)
    expect(figures.mainThreadMsPerFrame).toBe(1.6)
    expect(figures.mainThreadMsPerFrameSamples).toEqual([1.6, 1.5, 1.7])
    expect(figures.floorRatio).toBe(0.471)
    // (2.2 − 1.6) ÷ (3.4 − 1.6)
    expect(figures.aboveFloorRatio).toBe(0.333)
  })

  it('leaves out samples that measured nothing', () => {
    const figures = floorFigures([Number.NaN, 1.5], 2, 3)
    expect(figures.mainThreadMsPerFrameSamples).toEqual([1.5])
    expect(figures.mainThreadMsPerFrame).toBe(1.5)
  })

  it('gives no above-floor ratio when globe.gl is at or under the floor', () => {
    expect(floorFigures([3], 2, 3).aboveFloorRatio).toBeNull()
    expect(floorFigures([], 2, 3)).toMatchObject({ floorRatio: null, aboveFloorRatio: null })
  })
})
