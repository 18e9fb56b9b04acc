import {
  BufferGeometry,
  Color,
  DataTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  Mesh,
  RedFormat,
  RepeatWrapping,
  ClampToEdgeWrapping,
  ShaderMaterial,
  UnsignedByteType,
  CanvasTexture,
  Vector3,
  type Texture,
} from 'three'
import type { ReachGrid } from '../../shared/reach/grid'
import { RTT_BAND_LIMITS_MS } from '../../shared/latency/bands'
import { radii } from './dimensions'
import { latencyBands } from './latencyBands'
import { MS_PER_LEVEL, NO_REACH } from './reachTexture'
import { sphereGeometry } from './sphereGeometry'

const vertexShader = /* glsl */ `
  varying vec2 vUv;
  varying vec3 vNormal;
  varying vec3 vToEye;
  void main() {
    vUv = uv;
    vec4 viewPosition = modelViewMatrix * vec4(position, 1.0);
    vNormal = normalize(normalMatrix * normal);
    vToEye = -viewPosition.xyz;
    gl_Position = projectionMatrix * viewPosition;
  }
`

const fragmentShader = /* glsl */ `
  uniform sampler2D uReach;
  uniform sampler2D uLand;
  uniform vec3 uBands[4];
  uniform vec3 uLimits;
  uniform float uMsPerLevel;
  uniform float uNoReach;
  varying vec2 vUv;
  varying vec3 vNormal;
  varying vec3 vToEye;

  void main() {
    float land = texture2D(uLand, vUv).r;
    if (land < 0.02) discard;
    // The surface's rows run from the north down; the sphere's v runs from the south up.
    float level = texture2D(uReach, vec2(vUv.x, 1.0 - vUv.y)).r * 255.0;
    if (level > uNoReach - 0.5) discard;
    float ms = level * uMsPerLevel;
    vec3 colour = ms < uLimits.x ? uBands[0] : ms < uLimits.y ? uBands[1] : ms < uLimits.z ? uBands[2] : uBands[3];
    // The Earth's own light (landMaterial.ts): 0.85 ambient plus 0.3 from the viewer, so the colours sit on the sphere.
    float facing = max(dot(normalize(vNormal), normalize(vToEye)), 0.0);
    gl_FragColor = vec4(colour * (0.85 + 0.3 * facing), land);
    #include <colorspace_fragment>
  }
`

export interface ReachLayer {
  mesh: Mesh<BufferGeometry, ShaderMaterial>
  /** The surface's bytes (see reachTextureData), sized to its grid. */
  reach: DataTexture
  land: Texture
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
 * The reach layer: a sphere just above the Earth whose fragments colour the
 * land by the band of the round trip to the nearest region, one draw call.
 * The sea is left to the Earth (the land mask), as is any cell with no region.
 * Hidden until a surface is drawn.
 */
export function createReachLayer(): ReachLayer {
  const geometry = sphereGeometry(radii.reach, 160, 80, -Math.PI / 2)
  const reach = reachTexture(1, 1)
  const land = new DataTexture(new Uint8Array([0, 0, 0, 255]), 1, 1)
  land.needsUpdate = true
  const material = new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    uniforms: {
      uReach: { value: reach },
      uLand: { value: land },
      uBands: { value: latencyBands.map((band) => new Color(band.colour)) },
      uLimits: { value: new Vector3(...RTT_BAND_LIMITS_MS) },
      uMsPerLevel: { value: MS_PER_LEVEL },
      uNoReach: { value: NO_REACH },
    },
  })
  const mesh = new Mesh(geometry, material)
  mesh.name = 'reach'
  mesh.visible = false
  // Over the Earth, under the lines, arcs and markers (all drawn later or in front).
  mesh.renderOrder = 1
  return { mesh, reach, land }
}

/** Puts a surface's bytes on the layer (the texture is re-sized when the grid differs) and shows it. */
export function drawReachSurface(layer: ReachLayer, data: Uint8Array, grid: ReachGrid): void {
  const image = layer.reach.image as { data: Uint8Array; width: number; height: number }
  if (image.width !== grid.width || image.height !== grid.height) {
    layer.reach.dispose()
    layer.reach = reachTexture(grid.width, grid.height, data)
    const uniform = layer.mesh.material.uniforms.uReach
    if (uniform) uniform.value = layer.reach
  } else {
    image.data = data
    layer.reach.needsUpdate = true
  }
  layer.mesh.visible = true
}

/** Gives the layer its land mask (a canvas from paintLandMask). */
export function setLandMask(layer: ReachLayer, canvas: HTMLCanvasElement): void {
  const texture = new CanvasTexture(canvas)
  texture.minFilter = LinearMipmapLinearFilter
  texture.magFilter = LinearFilter
  texture.wrapS = RepeatWrapping
  layer.land.dispose()
  layer.land = texture
  const uniform = layer.mesh.material.uniforms.uLand
  if (uniform) uniform.value = texture
}

export function disposeReachLayer(layer: ReachLayer): void {
  layer.mesh.geometry.dispose()
  layer.mesh.material.dispose()
  layer.reach.dispose()
  layer.land.dispose()
}
