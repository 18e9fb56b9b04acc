import { NO_RTT, type ReachSurface } from '../../shared/reach/surface'

/**
 * A reach surface as the layer's texture holds it: one byte per grid cell,
 * the round trip in steps of MS_PER_LEVEL (the shader turns it back into
 * milliseconds and picks the band), NO_REACH where no region is reachable.
 * Filtered linearly on the GPU, the band edges come out as smooth lines
 * between cell centres instead of half-degree steps.
 */
export const MS_PER_LEVEL = 2
/** The largest level a round trip takes: 508 ms, far into the slowest band. */
export const MAX_LEVEL = 254
/** A cell with no region to reach (an empty set of regions): drawn transparent. */
export const NO_REACH = 255

/** Tenths of a ms per level. */
const TENTHS_PER_LEVEL = MS_PER_LEVEL * 10

export function reachTextureData(surface: ReachSurface): Uint8Array {
  const rtt = surface.rttTenthsMs
  const out = new Uint8Array(rtt.length)
  for (let i = 0; i < rtt.length; i += 1) {
    const tenths = rtt[i] as number
    out[i] = tenths === NO_RTT ? NO_REACH : Math.min(MAX_LEVEL, Math.round(tenths / TENTHS_PER_LEVEL))
  }
  return out
}

const bySurface = new WeakMap<ReachSurface, Uint8Array>()

/** reachTextureData, kept per surface: showing a year again uploads the same bytes without converting them again. */
export function cachedReachTextureData(surface: ReachSurface): Uint8Array {
  let data = bySurface.get(surface)
  if (!data) {
    data = reachTextureData(surface)
    bySurface.set(surface, data)
  }
  return data
}
