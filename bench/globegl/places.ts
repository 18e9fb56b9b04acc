/** One edge or zone mark of InfraGlobe's issue-10 layers, as the globe.gl page receives it. */
export interface BenchPlace {
  kind: 'edge' | 'regional-edge-cache' | 'local-zone' | 'wavelength-zone'
  lat: number
  lon: number
  /** CSS colour: InfraGlobe's colour for the kind (globe.gl's points are all cylinders, so colour alone tells the kinds apart). */
  colour: string
}
