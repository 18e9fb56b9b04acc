/**
 * Round-trip-time bands for latency arcs, their labels and the panel legend.
 *
 * The colours are the light half of viridis (t = 1.0, 0.85, 0.7, 0.55): a
 * sequential palette whose lightness falls steadily, so the order reads
 * without hue (deuteranopia, protanopia, greyscale print), and every band
 * keeps at least 4:1 contrast on the ocean. The nearest, fastest regions get
 * the brightest colour: they are the ones a user looks for.
 */
export interface LatencyBand {
  id: 'under-50' | '50-100' | '100-180' | 'over-180'
  /** What the legend says. */
  label: string
  /** Upper bound (exclusive) of the band in ms; Infinity for the last. */
  maxMs: number
  /** CSS hex colour. */
  colour: string
}

export const latencyBands: readonly LatencyBand[] = [
  { id: 'under-50', label: '< 50 ms', maxMs: 50, colour: '#fde725' },
  { id: '50-100', label: '50–100 ms', maxMs: 100, colour: '#a0da39' },
  { id: '100-180', label: '100–180 ms', maxMs: 180, colour: '#4ac16d' },
  { id: 'over-180', label: '≥ 180 ms', maxMs: Number.POSITIVE_INFINITY, colour: '#1f9e89' },
]

/** The band of a round-trip time in ms; a value that is not a number falls in the slowest band. */
export function bandFor(rttMs: number): LatencyBand {
  for (const band of latencyBands) if (rttMs < band.maxMs) return band
  return latencyBands[latencyBands.length - 1] as LatencyBand
}

/** An RTT as labels show it: "78 ms", or "< 1 ms" for a region on top of the user. */
export function formatRtt(rttMs: number): string {
  const rounded = Math.round(rttMs)
  return rounded < 1 ? '< 1 ms' : `${rounded} ms`
}
