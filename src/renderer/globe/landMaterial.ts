import { CanvasTexture, Color, NoColorSpace, RedFormat, ShaderMaterial, type IUniform, type Texture, type WebGLRenderer } from 'three'
import type { Palette } from '../theme/palette'
import type { SurfaceOverlay } from './surfaceOverlay'

/**
 * The Earth's surface: the ocean's or the land's colour, lit by an even
 * ambient light and a light from the viewer's side, so the face towards the
 * user is brightest and the limb darkens a little (the map keeps its palette
 * colours at about 1.15× in the middle of the view and 0.85× at the limb):
 * it reads as a sphere without ever leaving part of the map in the dark.
 * The land comes as a coverage mask (one byte a texel: 0 ocean, 1 land, in
 * between along the coasts), and the shader mixes the two palette colours
 * by it.
 *
 * Why a mask and not a painted colour texture: with software WebGL the
 * Earth's texture lookups are most of a 4K export's render, and an sRGB
 * colour texture is decoded texel by texel on every tap (8 taps a fragment
 * with trilinear filtering); a one-channel linear mask is a quarter of the
 * memory and needs no decoding, for the same picture (flat ocean and land
 * colours, coasts filtered as before). A change of theme sets two colours
 * instead of repainting and uploading the texture.
 *
 * A layer that colours the land (reach) does it in this pass too, as an
 * overlay (surfaceOverlay.ts) applied where the mask says land, rather than
 * as a second sphere drawn and blended over this one.
 *
 * Why its own shader and not three's Lambert material with the scene's
 * lights: the same light in a few lines, where Lambert brings three's whole
 * lighting code into the first download and its compile into the first frame.
 */
export interface LandMaterial {
  material: ShaderMaterial
  /** Puts the mask on the surface (its first arrival). */
  showLand(mask: CanvasTexture): void
  /** The ocean and land colours of a theme (before the mask arrives, the whole sphere is ocean). */
  setColours(colours: Pick<Palette, 'ocean' | 'land'>): void
  /** Colours the land by an overlay (surfaceOverlay.ts) from the next frame, or stops (null): one recompile. */
  setOverlay(overlay: SurfaceOverlay | null): void
}

/** The even light, as a share of the colour (what an ambient light of 0.85π gives a Lambert surface). */
export const AMBIENT_LIGHT = 0.85
/** The light from the viewer's side, added where the surface faces the camera head on (0.3π for Lambert). */
export const HEAD_LIGHT = 0.3

interface LandUniforms {
  [name: string]: IUniform
  uOcean: IUniform<Color>
  uLand: IUniform<Color>
  uMask: IUniform<Texture | null>
  uAmbient: IUniform<number>
  uHeadLight: IUniform<number>
}

const vertexShader = /* glsl */ `
  varying vec2 vUv;
  varying vec3 vNormal;
  void main() {
    vUv = uv;
    // World space, like cameraPosition: the light comes from the camera towards the Earth's centre.
    vNormal = mat3(modelMatrix) * normal;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`

/** The surface's fragment shader, with an overlay's GLSL when there is one (applied on land only, so after the mask). */
function fragmentShader(overlay: SurfaceOverlay | null): string {
  return /* glsl */ `
  uniform vec3 uOcean;
  uniform vec3 uLand;
  uniform float uAmbient;
  uniform float uHeadLight;
  #ifdef USE_LAND_MASK
    uniform sampler2D uMask;
  #endif
  ${overlay ? overlay.declarations : ''}
  varying vec2 vUv;
  varying vec3 vNormal;
  void main() {
    #ifdef USE_LAND_MASK
      float coverage = texture2D(uMask, vUv).r;
      vec3 colour = mix(uOcean, uLand, coverage);
      ${overlay ? overlay.apply : ''}
    #else
      vec3 colour = uOcean;
    #endif
    float facing = max(dot(normalize(vNormal), normalize(cameraPosition)), 0.0);
    gl_FragColor = vec4(colour * (uAmbient + uHeadLight * facing), 1.0);
    #include <colorspace_fragment>
  }
`
}

export function createLandMaterial(colours: Pick<Palette, 'ocean' | 'land'>): LandMaterial {
  const uniforms: LandUniforms = {
    uOcean: { value: new Color(colours.ocean) },
    uLand: { value: new Color(colours.land) },
    uMask: { value: null },
    uAmbient: { value: AMBIENT_LIGHT },
    uHeadLight: { value: HEAD_LIGHT },
  }
  const material = new ShaderMaterial({ uniforms, vertexShader, fragmentShader: fragmentShader(null) })
  material.name = 'land'
  let overlaid: SurfaceOverlay | null = null
  return {
    material,
    showLand(mask) {
      uniforms.uMask.value = mask
      material.defines.USE_LAND_MASK = ''
      material.needsUpdate = true
    },
    setColours({ ocean, land }) {
      uniforms.uOcean.value.set(ocean)
      uniforms.uLand.value.set(land)
    },
    setOverlay(overlay) {
      if (overlay === overlaid) return
      for (const name of Object.keys(overlaid?.uniforms ?? {})) delete material.uniforms[name]
      Object.assign(material.uniforms, overlay?.uniforms)
      overlaid = overlay
      material.fragmentShader = fragmentShader(overlay)
      material.needsUpdate = true
    },
  }
}

/**
 * The land mask (white land on black, see landTexture.ts) as a one-channel
 * texture: linear, mipmapped, with anisotropic filtering for sharper coasts
 * at the limb (capped, as every tap costs fill rate on software renderers).
 */
export function landMaskTexture(canvas: HTMLCanvasElement, gl: WebGLRenderer): CanvasTexture {
  const texture = new CanvasTexture(canvas)
  texture.format = RedFormat
  texture.colorSpace = NoColorSpace
  texture.anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy())
  return texture
}
