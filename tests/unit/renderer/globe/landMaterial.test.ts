import { CanvasTexture, Color, NoColorSpace, RedFormat, type WebGLRenderer } from 'three'
import { describe, expect, it } from 'vitest'
import { AMBIENT_LIGHT, createLandMaterial, HEAD_LIGHT, landMaskTexture } from '../../../../src/renderer/globe/landMaterial'

const colours = { ocean: '#102030', land: '#405060' }
const uniform = <T,>(land: ReturnType<typeof createLandMaterial>, name: string) => land.material.uniforms[name]?.value as T

describe('createLandMaterial', () => {
  it('is the ocean colour all over until the land arrives', () => {
    const land = createLandMaterial(colours)
    expect(land.material.defines.USE_LAND_MASK).toBeUndefined()
    expect(uniform<Color>(land, 'uOcean').equals(new Color(colours.ocean))).toBe(true)
    expect(land.material.fragmentShader).toMatch(/#else\s+vec3 colour = uOcean;/)
  })

  it('mixes the ocean and land colours by the mask once it arrives', () => {
    const land = createLandMaterial(colours)
    const version = land.material.version
    const mask = new CanvasTexture({ width: 4, height: 2 } as HTMLCanvasElement)
    land.showLand(mask)
    expect(uniform<CanvasTexture>(land, 'uMask')).toBe(mask)
    expect(land.material.defines.USE_LAND_MASK).toBe('')
    expect(land.material.version).toBeGreaterThan(version)
    expect(land.material.fragmentShader).toContain('float coverage = texture2D(uMask, vUv).r;')
    expect(land.material.fragmentShader).toContain('mix(uOcean, uLand, coverage)')
  })

  it('colours the land by an overlay in its own pass, after the mask, and drops it again', () => {
    const land = createLandMaterial(colours)
    land.showLand(new CanvasTexture({ width: 4, height: 2 } as HTMLCanvasElement))
    const plain = land.material.fragmentShader
    const overlay = {
      declarations: 'uniform float uTint;',
      apply: 'colour = mix(colour, vec3(uTint), coverage);',
      uniforms: { uTint: { value: 0.5 } },
    }
    const version = land.material.version
    land.setOverlay(overlay)
    const shader = land.material.fragmentShader
    expect(land.material.version).toBeGreaterThan(version)
    expect(uniform<number>(land, 'uTint')).toBe(0.5)
    // Declared before main; applied on the land's colour, inside the mask's branch, before the light.
    expect(shader.indexOf('uniform float uTint;')).toBeLessThan(shader.indexOf('void main()'))
    expect(shader.indexOf('mix(uOcean, uLand, coverage)')).toBeLessThan(shader.indexOf(overlay.apply))
    expect(shader.indexOf(overlay.apply)).toBeLessThan(shader.indexOf('#else'))
    expect(shader.indexOf(overlay.apply)).toBeLessThan(shader.indexOf('uAmbient + uHeadLight * facing'))
    // The same overlay again changes nothing; none restores the plain surface and its uniforms.
    const overlaid = land.material.version
    land.setOverlay(overlay)
    expect(land.material.version).toBe(overlaid)
    land.setOverlay(null)
    expect(land.material.fragmentShader).toBe(plain)
    expect(land.material.uniforms.uTint).toBeUndefined()
    expect(uniform<Color>(land, 'uOcean').equals(new Color(colours.ocean))).toBe(true)
  })

  it("changes a theme's colours without recompiling: the uniforms the shader reads change", () => {
    const land = createLandMaterial(colours)
    land.showLand(new CanvasTexture({ width: 4, height: 2 } as HTMLCanvasElement))
    const version = land.material.version
    land.setColours({ ocean: '#ffffff', land: '#000000' })
    expect(uniform<Color>(land, 'uOcean').equals(new Color('#ffffff'))).toBe(true)
    expect(uniform<Color>(land, 'uLand').equals(new Color('#000000'))).toBe(true)
    expect(land.material.version).toBe(version)
  })

  it('lights the surface as the Lambert shading of an ambient light of 0.85π and a head light of 0.3π did', () => {
    const land = createLandMaterial(colours)
    // Lambert divides the light by π: 0.85π ambient and 0.3π head-on give these shares of the colour.
    expect(AMBIENT_LIGHT).toBe(0.85)
    expect(HEAD_LIGHT).toBe(0.3)
    expect(uniform<number>(land, 'uAmbient')).toBe(AMBIENT_LIGHT)
    expect(uniform<number>(land, 'uHeadLight')).toBe(HEAD_LIGHT)
    expect(land.material.fragmentShader).toContain('colour * (uAmbient + uHeadLight * facing)')
    expect(land.material.fragmentShader).toContain('#include <colorspace_fragment>')
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
