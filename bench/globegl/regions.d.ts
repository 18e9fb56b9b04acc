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
