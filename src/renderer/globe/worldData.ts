import type { Feature, FeatureCollection, MultiLineString } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import worldAtlasUrl from 'world-atlas/countries-50m.json?url'

/** Natural Earth 1:50m land, coastlines and country borders, as GeoJSON. */
export interface WorldShapes {
  land: FeatureCollection | Feature
  coastlines: MultiLineString
  borders: MultiLineString
}

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

let pending: Promise<WorldShapes> | null = null

/**
 * Loads the bundled world-atlas TopoJSON. It is fetched as a file, not
 * imported as a module, so its ~750 kB stay out of the startup scripts and
 * no module keeps the parsed object alive once the globe has drawn it.
 *
 * Callers in the same moment (the land texture, the lines and, with reach
 * on, the reach mask, all asking after the first frame) share one fetch and
 * one parse; once the shapes are delivered they are let go (~7 MB of
 * coordinate arrays: the globe keeps only its texture, its land outline and
 * vertex buffers), and a later caller loads them again.
 */
export function loadWorldShapes(): Promise<WorldShapes> {
  if (pending) return pending
  // The decoder comes with the shapes: neither is needed before the first frame.
  const loading = Promise.all([
    fetch(worldAtlasUrl).then((response) => {
      if (!response.ok) throw new Error(`the world shapes could not be read: HTTP ${response.status}`)
      return response.json() as Promise<WorldTopology>
    }),
    import('topojson-client'),
  ]).then(([topology, topojson]) => toShapes(topology, topojson))
  pending = loading
  const forget = () => {
    if (pending === loading) pending = null
  }
  loading.then(forget, forget)
  return loading
}

function toShapes(topology: WorldTopology, { feature, mesh }: typeof import('topojson-client')): WorldShapes {
  return {
    land: feature(topology, topology.objects.land),
    coastlines: mesh(topology, topology.objects.land),
    // Arcs shared by two different countries; coastlines come from the land outline instead.
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  }
}
