import { describe, expect, it } from 'vitest'
import { latencyBands, bandFor } from '../../../../src/renderer/globe/latencyBands'
import { RTT_BANDS, rttBandIndex } from '../../../../src/shared/latency/bands'

// Until the arcs take their limits from src/shared/latency/bands.ts, this keeps the two definitions equal.
describe("the latency arcs' bands", () => {
  it('are the shared bands: same ids, labels and limits, in the same order', () => {
    expect(latencyBands.map(({ id, label, maxMs }) => ({ id, label, maxMs }))).toEqual(
      RTT_BANDS.map(({ id, label, maxMs }) => ({ id, label, maxMs })),
    )
  })

  it('file every round trip in the same band as the shared index', () => {
    for (const ms of [0, 12, 49.9, 50, 75, 100, 150, 179.9, 180, 400, Number.NaN]) {
      expect(latencyBands.indexOf(bandFor(ms))).toBe(rttBandIndex(ms))
    }
  })
})
