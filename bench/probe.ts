/**
 * What the benchmark reads from a page. InfraGlobe's own probe (`window.__infraglobe`) already
 * has this shape; the globe.gl comparison page installs one at `window.__globegl`.
 */
export interface BenchProbe {
  readonly frames: number
  readonly drawCalls: number
  setAutoRotateSpeed(degreesPerSecond: number): void
}

export const BENCH_PROBE_GLOBAL = '__globegl'

/** The Earth texture the comparison page loads, written into its build folder by the benchmark. */
export const EARTH_TEXTURE_FILE = 'earth.png'

declare global {
  interface Window {
    __globegl?: BenchProbe
  }
}
