import { ClampToEdgeWrapping, Color, DataTexture, LinearFilter, RedFormat, RepeatWrapping, UnsignedByteType, Vector3 } from 'three'
import type { ReachGrid } from '../../shared/reach/grid'
import { RTT_BAND_LIMITS_MS } from '../../shared/latency/bands'
import { latencyBands } from './latencyBands'
import { MS_PER_LEVEL, NO_REACH } from './reachTexture'
import type { SurfaceOverlay } from './surfaceOverlay'

const declarations = /* glsl */ `
  uniform sampler2D uReach;
  uniform vec3 uBands[4];
  uniform vec3 uLimits;
  uniform float uMsPerLevel;
  uniform float uNoReach;
`

// In the Earth's fragment shader (surfaceOverlay.ts): the land takes the band of its round trip, by
// its coverage, so the sea keeps the Earth's colour and the coasts blend as the land does.
const apply = /* glsl */ `
  {
    // The surface's rows run from the north down; the sphere's v runs from the south up.
    float level = texture2D(uReach, vec2(vUv.x, 1.0 - vUv.y)).r * 255.0;
    if (level < uNoReach - 0.5) {
      float ms = level * uMsPerLevel;
      vec3 band = ms < uLimits.x ? uBands[0] : ms < uLimits.y ? uBands[1] : ms < uLimits.z ? uBands[2] : uBands[3];
      colour = mix(colour, band, coverage);
    }
  }
`

export interface ReachLayer {
  /** What the Earth draws the surface with while the layer shows. */
  overlay: SurfaceOverlay
  /** The surface's bytes (see reachTextureData), sized to its grid. */
  reach: DataTexture
}

function reachTexture(width: number, height: number, data: Uint8Array = new Uint8Array(width * height).fill(NO_REACH)): DataTexture {
  const texture = new DataTexture(data, width, height, RedFormat, UnsignedByteType)
  // Linear filtering draws the band edges as smooth lines; across the antimeridian the texture wraps.
  texture.magFilter = LinearFilter
  texture.minFilter = LinearFilter
  texture.wrapS = RepeatWrapping
  texture.wrapT = ClampToEdgeWrapping
  texture.generateMipmaps = false
  texture.needsUpdate = true
  return texture
}

/**
 * The reach layer: the land coloured by the band of the round trip to the
 * nearest region, drawn by the Earth's own shader (an overlay, see
 * surfaceOverlay.ts) with no draw call of its own. The sea keeps the Earth's
 * colour, as does any cell with no region.
 */
export function createReachLayer(): ReachLayer {
  const reach = reachTexture(1, 1)
  const overlay: SurfaceOverlay = {
    declarations,
    apply,
    uniforms: {
      uReach: { value: reach },
      uBands: { value: latencyBands.map((band) => new Color(band.colour)) },
      uLimits: { value: new Vector3(...RTT_BAND_LIMITS_MS) },
      uMsPerLevel: { value: MS_PER_LEVEL },
      uNoReach: { value: NO_REACH },
    },
  }
  return { overlay, reach }
}

/** Puts a surface's bytes on the layer (the texture is re-sized when the grid differs). */
export function drawReachSurface(layer: ReachLayer, data: Uint8Array, grid: ReachGrid): void {
  const image = layer.reach.image as { data: Uint8Array; width: number; height: number }
  if (image.width !== grid.width || image.height !== grid.height) {
    layer.reach.dispose()
    layer.reach = reachTexture(grid.width, grid.height, data)
    const uniform = layer.overlay.uniforms.uReach
    if (uniform) uniform.value = layer.reach
  } else {
    image.data = data
    layer.reach.needsUpdate = true
  }
}

export function disposeReachLayer(layer: ReachLayer): void {
  layer.reach.dispose()
}
