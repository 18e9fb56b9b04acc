/** One arc of the benchmark's "network + latency arcs" scene, as the globe.gl page receives it. */
export interface BenchArc {
  /** network: a measured link; unmeasured: a link without RTT (dashed); latency: pin to a region. */
  kind: 'network' | 'unmeasured' | 'latency'
  startLat: number
  startLon: number
  endLat: number
  endLon: number
  /** CSS hex colour. */
  colour: string
}

/** The scene's data, baked into the page at build time (bench/build.ts). */
export interface BenchArcsScene {
  pin: { lat: number; lon: number; colour: string }
  arcs: BenchArc[]
  /** Whether InfraGlobe animates the latency arcs' dashes (then globe.gl does too). */
  animateDashes: boolean
}
