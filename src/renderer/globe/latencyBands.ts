import type { Theme } from '../../shared/settings/schema'
import { palette, paletteFor } from '../theme/palette'

/**
 * Round-trip-time bands for latency arcs, their labels and the panel legend.
 *
 * The colours are the theme's (palette.latencyBands): on the dark theme the
 * light half of viridis (t = 1.0, 0.85, 0.7, 0.55), on the light theme its
 * dark part. Both are sequential runs whose lightness moves steadily away
 * from the ground, so the order reads without hue (deuteranopia, protanopia,
 * greyscale print) and the nearest, fastest regions, the ones a user looks
 * for, stand out most; every band keeps its contrast on the ocean and the
 * land (tests/unit/renderer/theme/contrast.test.ts).
 */
export interface LatencyBand {
  id: 'under-50' | '50-100' | '100-180' | 'over-180'
  /** What the legend says. */
  label: string
  /** Upper bound (exclusive) of the band in ms; Infinity for the last. */
  maxMs: number
  /** Position in latencyBands (and in the palette's band colours). */
  index: number
  /** CSS hex colour in the current theme. */
  readonly colour: string
}

function band(id: LatencyBand['id'], label: string, maxMs: number, index: number): LatencyBand {
  return {
    id,
    label,
    maxMs,
    index,
    get colour() {
      return palette.latencyBands[index] as string
    },
  }
}

export const latencyBands: readonly LatencyBand[] = [
  band('under-50', '< 50 ms', 50, 0),
  band('50-100', '50–100 ms', 100, 1),
  band('100-180', '100–180 ms', 180, 2),
  band('over-180', '≥ 180 ms', Number.POSITIVE_INFINITY, 3),
]

/** A band's colour in a given theme (layers that keep colours in GPU buffers). */
export function bandColour(band: LatencyBand, theme: Theme): string {
  return paletteFor(theme).latencyBands[band.index] as string
}

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

/** How many of the nearest regions get their RTT on their label (the latency arcs, and a scene's subject). */
export const LABELLED_NEAREST = 4
