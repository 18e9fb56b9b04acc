import type { Dataset, LocalZone, WavelengthZone } from '../dataset/schema'

export interface RegionZones {
  localZones: LocalZone[]
  wavelengthZones: WavelengthZone[]
}

/** A region's Local Zones and Wavelength Zones, in dataset order (for its facts and the lines to its marker). */
export function zonesOfRegion(dataset: Pick<Dataset, 'localZones' | 'wavelengthZones'>, code: string): RegionZones {
  return {
    localZones: dataset.localZones.zones.filter((z) => z.parentRegion === code),
    wavelengthZones: dataset.wavelengthZones.zones.filter((z) => z.parentRegion === code),
  }
}
