import { CanvasTexture, Color, MeshLambertMaterial, NoColorSpace, RedFormat, type IUniform, type WebGLRenderer } from 'three'
import type { Palette } from '../theme/palette'

/**
 * The Earth's surface: Lambert shading (the scene's ambient and head light)
 * of a colour that is the ocean's or the land's. The land comes as a
 * coverage mask (one byte a texel: 0 ocean, 1 land, in between along the
 * coasts), and the shader mixes the two palette colours by it.
 *
 * Why a mask and not a painted colour texture: with software WebGL the
 * Earth's texture lookups are most of a 4K export's render, and an sRGB
 * colour texture is decoded texel by texel on every tap (8 taps a fragment
 * with trilinear filtering); a one-channel linear mask is a quarter of the
 * memory and needs no decoding, for the same picture (flat ocean and land
 * colours, coasts filtered as before). A change of theme sets two colours
 * instead of repainting and uploading the texture.
 */
export interface LandMaterial {
  material: MeshLambertMaterial
  /** Puts the mask on the surface (its first arrival). */
  showLand(mask: CanvasTexture): void
  /** The ocean and land colours of a theme (before the mask arrives, the whole sphere is ocean). */
  setColours(colours: Pick<Palette, 'ocean' | 'land'>): void
}

/** The colours as shader uniforms, shared by every program three compiles for the material. */
interface LandUniforms {
  uOcean: IUniform<Color>
  uLand: IUniform<Color>
}

/** Replaces three's map lookup (`diffuseColor *= texture(map)`) with the mask's mix of the two colours. */
const MASKED_MAP_FRAGMENT = /* glsl */ `
#ifdef USE_MAP
	diffuseColor.rgb *= mix( uOcean, uLand, texture2D( map, vMapUv ).r );
#endif
`

export function createLandMaterial(colours: Pick<Palette, 'ocean' | 'land'>): LandMaterial {
  const material = new MeshLambertMaterial({ color: new Color(colours.ocean) })
  const uniforms: LandUniforms = { uOcean: { value: new Color(colours.ocean) }, uLand: { value: new Color(colours.land) } }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.fragmentShader = `uniform vec3 uOcean;\nuniform vec3 uLand;\n${shader.fragmentShader.replace('#include <map_fragment>', MASKED_MAP_FRAGMENT)}`
  }
  material.customProgramCacheKey = () => 'land-mask'
  return {
    material,
    showLand(mask) {
      material.map = mask
      material.color.set('#ffffff')
      material.needsUpdate = true
    },
    setColours({ ocean, land }) {
      uniforms.uOcean.value.set(ocean)
      uniforms.uLand.value.set(land)
      if (!material.map) material.color.set(ocean)
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
