/**
 * The four round-trip bands every latency picture uses: the latency arcs,
 * their legend and the reach surface. Defined once here so that a figure and
 * the colour it is drawn in can never disagree; colours are presentation and
 * stay with the renderer, which pairs one with each band in this order.
 */
export type RttBandId = 'under-50' | '50-100' | '100-180' | 'over-180'

export interface RttBand {
  id: RttBandId
  /** What a legend says. */
  label: string
  /** Lower bound (inclusive), ms. */
  minMs: number
  /** Upper bound (exclusive), ms; Infinity for the last. */
  maxMs: number
}

/** The limits between the bands, ms: a round trip of exactly 50 ms is in the second band. */
export const RTT_BAND_LIMITS_MS = [50, 100, 180] as const

export const RTT_BANDS: readonly RttBand[] = [
  { id: 'under-50', label: '< 50 ms', minMs: 0, maxMs: 50 },
  { id: '50-100', label: '50–100 ms', minMs: 50, maxMs: 100 },
  { id: '100-180', label: '100–180 ms', minMs: 100, maxMs: 180 },
  { id: 'over-180', label: '≥ 180 ms', minMs: 180, maxMs: Number.POSITIVE_INFINITY },
]

/** 0 … 3, the position of a round trip's band in RTT_BANDS; a value that is not a number falls in the slowest band. */
export function rttBandIndex(rttMs: number): number {
  if (rttMs < RTT_BAND_LIMITS_MS[0]) return 0
  if (rttMs < RTT_BAND_LIMITS_MS[1]) return 1
  if (rttMs < RTT_BAND_LIMITS_MS[2]) return 2
  return 3
}
