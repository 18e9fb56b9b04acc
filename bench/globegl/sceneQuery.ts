/**
 * The comparison page's `?scene=`: which layers it adds to the regions. `arcs`: the user's pin,
 * the schematic network and the latency arcs; `edges`: the edge locations, regional edge caches,
 * Local Zones and Wavelength Zones; `everything`: both. No `scene`: the regions alone.
 */
export const globeGlScenes = ['arcs', 'edges', 'everything'] as const
export type GlobeGlScene = (typeof globeGlScenes)[number]

export interface GlobeGlLayers {
  arcs: boolean
  places: boolean
}

export function layersOf(scene: string | null): GlobeGlLayers {
  if (scene === null || scene === '') return { arcs: false, places: false }
  if (!(globeGlScenes as readonly string[]).includes(scene)) {
    throw new Error(`?scene= takes ${globeGlScenes.join(', ')} or nothing (got "${scene}")`)
  }
  return { arcs: scene !== 'edges', places: scene !== 'arcs' }
}

/** The query that opens the page on a scene, to append after `?w=&h=`. */
export function sceneQuery(scene: GlobeGlScene | null): string {
  return scene === null ? '' : `&scene=${scene}`
}
