/** The regions the benchmark hands the globe.gl page at build time (see bench/build.ts). */
declare module 'virtual:bench-regions' {
  export interface BenchRegion {
    code: string
    label: string
    lat: number
    lon: number
    available: boolean
  }
  const regions: BenchRegion[]
  export default regions
}

/** The "network + latency arcs" scene's data (see bench/arcsScene.ts). */
declare module 'virtual:bench-arcs' {
  import type { BenchArcsScene } from './arcs'
  const scene: BenchArcsScene
  export default scene
}

/** The edge and zone marks of the "edges and zones" scene (see bench/edgesScene.ts). */
declare module 'virtual:bench-places' {
  import type { BenchPlace } from './places'
  const places: BenchPlace[]
  export default places
}
