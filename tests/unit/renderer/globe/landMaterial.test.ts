import { CanvasTexture, Color, NoColorSpace, RedFormat, ShaderChunk, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three'
import { describe, expect, it } from 'vitest'
import { createLandMaterial, landMaskTexture } from '../../../../src/renderer/globe/landMaterial'

const colours = { ocean: '#102030', land: '#405060' }

/** What three hands onBeforeCompile for a Lambert material: its fragment shader includes the map chunk. */
function lambertShader(): WebGLProgramParametersWithUniforms {
  return {
    uniforms: {},
    vertexShader: 'void main() {}',
    fragmentShader: 'void main() {\n#include <map_fragment>\n}',
  } as unknown as WebGLProgramParametersWithUniforms
}

function compiled(land: ReturnType<typeof createLandMaterial>): WebGLProgramParametersWithUniforms {
  const shader = lambertShader()
  land.material.onBeforeCompile(shader, {} as WebGLRenderer)
  return shader
}

describe('createLandMaterial', () => {
  it('is the ocean colour all over until the land arrives', () => {
    const land = createLandMaterial(colours)
    expect(land.material.map).toBeNull()
    expect(land.material.color.equals(new Color(colours.ocean))).toBe(true)
  })

  it("mixes the ocean and land colours by the mask instead of multiplying by the map's colour", () => {
    const shader = compiled(createLandMaterial(colours))
    expect(shader.fragmentShader).not.toContain('#include <map_fragment>')
    expect(shader.fragmentShader).toContain('mix( uOcean, uLand, texture2D( map, vMapUv ).r )')
    expect(shader.fragmentShader).toMatch(/^uniform vec3 uOcean;\nuniform vec3 uLand;/)
    expect(ShaderChunk.map_fragment).toContain('texture2D( map, vMapUv )')
  })

  it('shows the land on a white surface colour, so the mix alone gives the colour', () => {
    const land = createLandMaterial(colours)
    const version = land.material.version
    const mask = new CanvasTexture({ width: 4, height: 2 } as HTMLCanvasElement)
    land.showLand(mask)
    expect(land.material.map).toBe(mask)
    expect(land.material.color.equals(new Color('#ffffff'))).toBe(true)
    expect(land.material.version).toBeGreaterThan(version)
  })

  it("changes a theme's colours without recompiling: the uniforms the shader reads change", () => {
    const land = createLandMaterial(colours)
    const shader = compiled(land)
    const version = land.material.version
    land.setColours({ ocean: '#ffffff', land: '#000000' })
    expect((shader.uniforms.uOcean?.value as Color).equals(new Color('#ffffff'))).toBe(true)
    expect((shader.uniforms.uLand?.value as Color).equals(new Color('#000000'))).toBe(true)
    expect(land.material.version).toBe(version)
    // Before the land arrives the sphere itself takes the new ocean colour.
    expect(land.material.color.equals(new Color('#ffffff'))).toBe(true)
  })

  it('keeps the surface white once the land shows, whatever the theme', () => {
    const land = createLandMaterial(colours)
    land.showLand(new CanvasTexture({ width: 4, height: 2 } as HTMLCanvasElement))
    land.setColours({ ocean: '#123456', land: '#654321' })
    expect(land.material.color.equals(new Color('#ffffff'))).toBe(true)
  })
})

describe('landMaskTexture', () => {
  it('is one linear channel with capped anisotropic filtering', () => {
    const gl = { capabilities: { getMaxAnisotropy: () => 16 } } as unknown as WebGLRenderer
    const texture = landMaskTexture({ width: 4, height: 2 } as HTMLCanvasElement, gl)
    expect(texture.format).toBe(RedFormat)
    expect(texture.colorSpace).toBe(NoColorSpace)
    expect(texture.anisotropy).toBe(8)
  })
})
