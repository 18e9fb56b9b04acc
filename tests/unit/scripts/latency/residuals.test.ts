import { describe, expect, it } from 'vitest'
import { MIN_USER_BAND_FACTOR, userBandFrom, userResiduals } from '../../../../scripts/latency/residuals'
import { userCases } from '../../../../scripts/latency/userCases'
import { BASE_PARAMS, REGIONS, syntheticCloudping, syntheticRipe } from './fixtures'

describe('the band around a user’s figure', () => {
  it('takes the 5 % and 95 % quantiles of the residuals', () => {
    const residuals = Array.from({ length: 101 }, (_, i) => (i - 50) / 100) // −0.5 … 0.5
    const band = userBandFrom(residuals)
    expect(band.low).toBeCloseTo(Math.exp(-0.45), 9)
    expect(band.high).toBeCloseTo(Math.exp(0.45), 9)
  })

  it('is never zero wide, even when every residual is zero or there are none', () => {
    for (const residuals of [[0, 0, 0], [], [0.01, 0.02]]) {
      const band = userBandFrom(residuals)
      expect(band.low).toBeLessThanOrEqual(1 / MIN_USER_BAND_FACTOR)
      expect(band.high).toBeGreaterThanOrEqual(MIN_USER_BAND_FACTOR)
    }
  })

  it('measures residuals against the figure the app shows a user, access path included', () => {
    const ripe = syntheticRipe()
    const cases = userCases(ripe, REGIONS)
    const cloudping = syntheticCloudping()
    const withAccess = { ...BASE_PARAMS, internet: { ...BASE_PARAMS.internet, accessMs: 10 } }
    const a = userResiduals(BASE_PARAMS, cases, cloudping)
    const b = userResiduals(withAccess, cases, cloudping)
    expect(a).toHaveLength(cases.length)
    // A larger access path makes every figure larger, so every residual smaller.
    a.forEach((r, i) => expect(b[i]).toBeLessThan(r))
  })
})
