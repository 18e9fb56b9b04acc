import type { Feature, FeatureCollection, MultiLineString } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** Natural Earth 1:50m land, coastlines and country borders, as GeoJSON. */
export interface WorldShapes {
  land: FeatureCollection | Feature
  coastlines: MultiLineString
  borders: MultiLineString
}

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

let pending: Promise<WorldShapes> | null = null

/**
 * Loads the bundled world-atlas TopoJSON once. It is imported lazily so its
 * ~750 kB stay out of the startup bundle and the first frame (ocean and
 * markers) is not held up by it.
 */
export function loadWorldShapes(): Promise<WorldShapes> {
  pending ??= import('world-atlas/countries-50m.json').then((module): WorldShapes => {
    const topology = module.default as unknown as WorldTopology
    return {
      land: feature(topology, topology.objects.land),
      coastlines: mesh(topology, topology.objects.land),
      // Arcs shared by two different countries; coastlines come from the land outline instead.
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    }
  })
  return pending
}
