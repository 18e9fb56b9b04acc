import type { Feature, FeatureCollection, MultiLineString } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import worldAtlasUrl from 'world-atlas/countries-50m.json?url'

/** Natural Earth 1:50m land, coastlines and country borders, as GeoJSON. */
export interface WorldShapes {
  land: FeatureCollection | Feature
  coastlines: MultiLineString
  borders: MultiLineString
}

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

/**
 * How long loaded shapes stay cached: the land texture and the lines ask for
 * them in the same moment after the first frame and share one parse; then
 * the ~8 MB of coordinate arrays are let go (the globe keeps only its
 * texture and vertex buffers), and a later caller (a theme change) loads
 * them again.
 */
const KEEP_MS = 5_000

let pending: Promise<WorldShapes> | null = null

/**
 * Loads the bundled world-atlas TopoJSON. It is fetched as a file, not
 * imported as a module, so its ~750 kB stay out of the startup scripts and
 * no module keeps the parsed object alive once the globe has drawn it.
 */
export function loadWorldShapes(): Promise<WorldShapes> {
  if (pending) return pending
  const loading = fetch(worldAtlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the world shapes could not be read: HTTP ${response.status}`)
      return response.json() as Promise<WorldTopology>
    })
    .then(toShapes)
  pending = loading
  const forget = () => {
    if (pending === loading) pending = null
  }
  loading.then(() => setTimeout(forget, KEEP_MS), forget)
  return loading
}

function toShapes(topology: WorldTopology): WorldShapes {
  return {
    land: feature(topology, topology.objects.land),
    coastlines: mesh(topology, topology.objects.land),
    // Arcs shared by two different countries; coastlines come from the land outline instead.
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  }
}
