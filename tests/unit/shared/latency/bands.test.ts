import { describe, expect, it } from 'vitest'
import { RTT_BANDS, RTT_BAND_LIMITS_MS, rttBandIndex } from '../../../../src/shared/latency/bands'

describe('the round-trip bands', () => {
  it('are four contiguous bands split at 50, 100 and 180 ms', () => {
    expect(RTT_BANDS.map((b) => b.id)).toEqual(['under-50', '50-100', '100-180', 'over-180'])
    expect(RTT_BAND_LIMITS_MS).toEqual([50, 100, 180])
    RTT_BANDS.forEach((band, i) => {
      expect(band.minMs).toBe(i === 0 ? 0 : RTT_BAND_LIMITS_MS[i - 1])
      expect(band.maxMs).toBe(i < RTT_BAND_LIMITS_MS.length ? RTT_BAND_LIMITS_MS[i] : Number.POSITIVE_INFINITY)
    })
  })

  it('puts a limit in the band above it, like the arcs do', () => {
    expect([0, 49.999, 50, 99.999, 100, 179.999, 180, 5000].map(rttBandIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
  })

  it('puts a value that is not a number in the slowest band', () => {
    expect(rttBandIndex(Number.NaN)).toBe(3)
    expect(rttBandIndex(Number.POSITIVE_INFINITY)).toBe(3)
  })

  it('finds each band by its own limits', () => {
    for (const [i, band] of RTT_BANDS.entries()) {
      expect(rttBandIndex(band.minMs)).toBe(i)
      if (Number.isFinite(band.maxMs)) expect(rttBandIndex(band.maxMs - 1e-9)).toBe(i)
    }
  })
})
