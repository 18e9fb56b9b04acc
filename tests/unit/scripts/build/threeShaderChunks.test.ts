import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  droppedChunk,
  dropUnusedShaderChunks,
  rendererShaderNeeds,
  shaderNeeds,
  type ShaderNeeds,
} from '../../../../scripts/build/threeShaderChunks'

/** The installed three.js's WebGL module, as the build reads it. */
const require = createRequire(import.meta.url)
const threeModule = join(dirname(require.resolve('three')), 'three.module.js')
const threeCode = readFileSync(threeModule, 'utf8')

const needs = (partial: Partial<ShaderNeeds>): ShaderNeeds => ({ includes: new Set(), programs: new Set(), everything: false, ...partial })
const noExample = (path: string): string => {
  throw new Error(`no example ${path} expected`)
}

/** The text of a chunk of the transformed module, evaluated the way three.js resolves `#include`s. */
function chunkText(code: string, key: string): string {
  const start = code.indexOf('const ShaderChunk = {')
  const variable = new RegExp(`^\\t${key}: ([\\w$]+),?$`, 'm').exec(code.slice(start))?.[1]
  if (!variable) throw new Error(`no chunk ${key}`)
  const line = code.split('\n').find((text) => text.startsWith(`const ${variable} = "`) || text.startsWith(`var ${variable} = "`))
  if (!line) throw new Error(`no text for ${key}`)
  return JSON.parse(line.slice(line.indexOf('=') + 1).trim().replace(/;$/, '')) as string
}

describe('the shader needs of the sources', () => {
  it('reads the includes of the app’s shaders and the programs of the materials it imports', () => {
    const found = shaderNeeds(
      [
        "import { MeshLambertMaterial, ShaderMaterial, type Material } from 'three'\nconst f = `#include <colorspace_fragment>`",
        "import type { MeshStandardMaterial } from 'three'",
      ],
      noExample,
    )
    expect([...found.includes]).toEqual(['colorspace_fragment'])
    expect([...found.programs]).toEqual(['meshlambert'])
    expect(found.everything).toBe(false)
  })

  it('reads the includes of an imported three.js example', () => {
    const found = shaderNeeds(["import { Line2 } from 'three/examples/jsm/lines/Line2.js'"], (path) => {
      expect(path).toBe('lines/Line2.js')
      return '#include <logdepthbuf_pars_vertex>'
    })
    expect([...found.includes]).toEqual(['logdepthbuf_pars_vertex'])
  })

  it('keeps every chunk when the namespace is imported', () => {
    expect(shaderNeeds(["import * as THREE from 'three'"], noExample).everything).toBe(true)
  })

  it('stops the build on a material whose program it does not know', () => {
    expect(() => shaderNeeds(["import { NodeMaterial } from 'three'"], noExample)).toThrow(/add it to MATERIAL_PROGRAMS/)
  })

  it("finds the renderer's shaders' includes, and no built-in material program (every surface has its own shader)", () => {
    const found = rendererShaderNeeds()
    expect([...found.programs]).toEqual([])
    expect(found.includes.has('colorspace_fragment')).toBe(true)
    expect(found.everything).toBe(false)
  })
})

describe("the build's dropping of unused shader chunks", () => {
  const lambert = needs({ programs: new Set(['meshlambert']), includes: new Set(['colorspace_fragment']) })
  const dropped = dropUnusedShaderChunks(threeCode, lambert)

  it('keeps a used program and every chunk it includes, however deep', () => {
    const pending = ['meshlambert_vert', 'meshlambert_frag', 'colorspace_fragment', 'colorspace_pars_fragment', 'tonemapping_pars_fragment']
    const seen = new Set<string>()
    for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
      if (seen.has(key)) continue
      seen.add(key)
      const text = chunkText(dropped, key)
      expect(text, key).toBe(chunkText(threeCode, key))
      for (const [, name] of text.matchAll(/#include <(\w+)>/g)) if (name) pending.push(name)
    }
    expect(seen.has('lights_lambert_pars_fragment')).toBe(true)
  })

  it('keeps what three.js compiles without the app naming a material (a default mesh, shadow maps, backgrounds)', () => {
    for (const key of ['meshbasic_frag', 'depth_frag', 'distance_frag', 'background_frag', 'backgroundCube_frag', 'cube_frag', 'equirect_frag']) {
      expect(chunkText(dropped, key)).toBe(chunkText(threeCode, key))
    }
  })

  it('replaces an unused program by an include three.js cannot resolve, which names it', () => {
    expect(chunkText(dropped, 'meshphysical_frag')).toBe(droppedChunk('meshphysical_frag'))
    expect(chunkText(dropped, 'iridescence_fragment')).toBe(droppedChunk('iridescence_fragment'))
    expect(droppedChunk('meshphysical_frag')).toMatch(/^#include <\w+>$/)
    const physical = chunkText(threeCode, 'meshphysical_frag').length + chunkText(threeCode, 'lights_physical_pars_fragment').length
    expect(threeCode.length - dropped.length).toBeGreaterThan(physical)
  })

  it("keeps the module's line numbers", () => {
    expect(dropped.split('\n')).toHaveLength(threeCode.split('\n').length)
  })

  it('changes nothing when the sources import the whole namespace', () => {
    expect(dropUnusedShaderChunks(threeCode, needs({ everything: true }))).toBe(threeCode)
  })

  it('stops the build when three.js no longer declares its chunks the way it did', () => {
    expect(() => dropUnusedShaderChunks('const ShaderLib = {}', lambert)).toThrow(/no longer declares/)
    expect(() => dropUnusedShaderChunks('const ShaderChunk = {\n\tcommon: common,\n};\nconst common = `x`;', lambert)).toThrow(/not a one-line string/)
  })
})
