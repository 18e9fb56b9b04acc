/** Local Zones and Wavelength Zones: keys, labels and a region's zones. */
export { zoneKey, zoneLabel } from './key'
export { zonesOfRegion, type RegionZones } from './ofRegion'
