import { describe, expect, it } from 'vitest'
import { benchPlaces, countByKind, edgesSettings } from '../../../bench/edgesScene'
import { placeLooks } from '../../../src/renderer/globe/placeLayer'
import { SettingsSchema } from '../../../src/shared/settings/schema'
import { makeDataset, makeEdgeLocation, makeLocalZone, makeWavelengthZone } from '../fixtures/dataset'

const base = makeDataset()
const dataset = makeDataset({
  edgeLocations: {
    ...base.edgeLocations,
    items: [
      makeEdgeLocation(),
      makeEdgeLocation({ id: 'rec-eu-central-1', code: null, kind: 'regional-edge-cache', region: 'eu-central-1', lat: 50.11, lon: 8.68 }),
      makeEdgeLocation({ id: 'zagreb-hr', code: null, city: 'Zagreb', country: 'Croatia', countryCode: 'HR', kind: 'pop-city', lat: 45.81, lon: 15.98 }),
    ],
  },
  localZones: {
    ...base.localZones,
    zones: [
      makeLocalZone(),
      makeLocalZone({ name: 'eu-central-1-ham-1b', id: 'euc1-ham1-az2' }),
      makeLocalZone({ name: null, id: null, group: null, city: null, lat: null, lon: null, countryCode: 'NO', status: 'announced' }),
    ],
  },
  wavelengthZones: { ...base.wavelengthZones, zones: [makeWavelengthZone()] },
})

describe('the edge and zone points of the globe.gl page', () => {
  const places = benchPlaces(dataset)

  it('are the marks InfraGlobe draws: no PoP city of unstated kind, one mark per zone city, none for a zone without a place', () => {
    expect(places.map((p) => p.kind)).toEqual(['edge', 'regional-edge-cache', 'local-zone', 'wavelength-zone'])
    expect(places[2]).toMatchObject({ lat: 53.5507, lon: 9.993 })
    expect(countByKind(places)).toEqual({ edge: 1, 'regional-edge-cache': 1, 'local-zone': 1, 'wavelength-zone': 1 })
  })

  it("take InfraGlobe's colour for each kind", () => {
    for (const place of places) expect(place.colour).toBe(placeLooks[place.kind].colour)
  })
})

describe('the edges scene settings', () => {
  it('are valid stored settings with the edge and zone layers on and nothing else', () => {
    expect(SettingsSchema.safeParse(edgesSettings).success).toBe(true)
    expect(edgesSettings.userLocation).toBeNull()
    expect(edgesSettings.layers).toEqual({ network: false, latencyArcs: false, edges: true, localZones: true, wavelengthZones: true, reach: false })
  })
})
