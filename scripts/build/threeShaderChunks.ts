import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/** The renderer's sources, from the repository's root like the configs' other paths. */
export const RENDERER_SOURCES = resolve('src/renderer')

const THREE_MODULE = /[\\/]three[\\/]build[\\/]three\.module\.js$/

/**
 * The ShaderLib programs each built-in three.js material compiles (WebGLPrograms' shaderIDs).
 * ShaderMaterial and RawShaderMaterial bring their own code (their `#include`s are read from
 * the sources). A material missing here stops the build: add its program.
 */
export const MATERIAL_PROGRAMS: Readonly<Record<string, readonly string[]>> = {
  ShaderMaterial: [],
  RawShaderMaterial: [],
  MeshBasicMaterial: ['meshbasic'],
  LineBasicMaterial: ['meshbasic'],
  MeshLambertMaterial: ['meshlambert'],
  MeshPhongMaterial: ['meshphong'],
  MeshStandardMaterial: ['meshphysical'],
  MeshPhysicalMaterial: ['meshphysical'],
  MeshToonMaterial: ['meshtoon'],
  MeshMatcapMaterial: ['meshmatcap'],
  MeshNormalMaterial: ['meshnormal'],
  MeshDepthMaterial: ['depth'],
  MeshDistanceMaterial: ['distance'],
  LineDashedMaterial: ['linedashed'],
  PointsMaterial: ['points'],
  SpriteMaterial: ['sprite'],
  ShadowMaterial: ['shadow'],
}

/**
 * Programs kept whatever the sources import: a Mesh made without a material (basic), shadow maps
 * (depth, distance) and a texture as the scene's background (background, backgroundCube, cube,
 * equirect) compile them without the app naming their material.
 */
const ALWAYS_PROGRAMS = ['meshbasic', 'depth', 'distance', 'background', 'backgroundCube', 'cube', 'equirect']

/** Chunks WebGLProgram puts in front of every fragment shader by name, not by `#include`. */
const ALWAYS_CHUNKS = ['colorspace_pars_fragment', 'tonemapping_pars_fragment']

/** What the renderer's sources ask of three.js's shader code. */
export interface ShaderNeeds {
  /** `#include <name>` in the app's own shaders and in the three.js examples it imports. */
  includes: Set<string>
  /** The ShaderLib programs of the built-in materials it imports. */
  programs: Set<string>
  /** A namespace import (`* as THREE`) hides which materials are used: then every chunk stays. */
  everything: boolean
}

const INCLUDE = /#include <(\w+)>/g
const THREE_IMPORT = /import\s+(type\s+)?([^;]*?)\s+from\s+['"]three['"]/g
const EXAMPLE_IMPORT = /from\s+['"]three\/(?:examples\/jsm|addons)\/([^'"]+)['"]/g

/** The shader needs of some source texts; `example` reads a three.js example module by its path under examples/jsm. */
export function shaderNeeds(sources: Iterable<string>, example: (path: string) => string): ShaderNeeds {
  const needs: ShaderNeeds = { includes: new Set(), programs: new Set(), everything: false }
  const addIncludes = (text: string) => {
    for (const [, name] of text.matchAll(INCLUDE)) if (name) needs.includes.add(name)
  }
  for (const text of sources) {
    addIncludes(text)
    for (const [, typeOnly, clause = ''] of text.matchAll(THREE_IMPORT)) {
      if (typeOnly) continue
      if (clause.includes('*')) needs.everything = true
      for (const name of clause.replace(/[{}]/g, '').split(',')) {
        const [imported = ''] = name.trim().split(/\s+as\s+/)
        if (imported.startsWith('type ') || !imported.endsWith('Material')) continue
        const programs = MATERIAL_PROGRAMS[imported]
        if (!programs) throw new Error(`three.js's ${imported} compiles a program scripts/build/threeShaderChunks.ts does not know: add it to MATERIAL_PROGRAMS`)
        for (const program of programs) needs.programs.add(program)
      }
    }
    for (const [, path] of text.matchAll(EXAMPLE_IMPORT)) if (path) addIncludes(example(path))
  }
  return needs
}

/** The needs of every .ts and .tsx file under `dir` (the renderer's sources). */
export function rendererShaderNeeds(dir = RENDERER_SOURCES): ShaderNeeds {
  const require = createRequire(import.meta.url)
  // three's exports do not include its package.json: its main file sits in build/.
  const examples = join(dirname(dirname(require.resolve('three'))), 'examples', 'jsm')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file))
  return shaderNeeds(
    files.map((file) => readFileSync(join(dir, file), 'utf8')),
    (path) => readFileSync(join(examples, path), 'utf8'),
  )
}

/** A dropped chunk: an `#include` three.js cannot resolve, so a shader that needs it fails with its name. */
export const droppedChunk = (name: string) => `#include <${name}_dropped_by_scripts_build_threeShaderChunks>`

/**
 * three.module.js with the text of every shader chunk the app cannot compile replaced by a
 * one-line stand-in (see droppedChunk), so the build leaves the GLSL of materials the app never
 * uses (physical, toon, matcap…: about 11 KB gzip) out of the first download. Kept: the programs
 * of the materials it imports and of ALWAYS_PROGRAMS, the chunks its own shaders include, and
 * everything those include in turn. The module keeps its line numbers.
 */
export function dropUnusedShaderChunks(code: string, needs: ShaderNeeds): string {
  if (needs.everything) return code
  const start = code.indexOf('const ShaderChunk = {')
  const end = start < 0 ? -1 : code.indexOf('\n};', start)
  if (end < 0) throw new Error('three.module.js no longer declares `const ShaderChunk = {…}`: see scripts/build/threeShaderChunks.ts')
  const variableOf = new Map<string, string>()
  for (const [, key, variable] of code.slice(start, end).matchAll(/^\t(\w+): ([\w$]+),?$/gm)) if (key && variable) variableOf.set(key, variable)

  const lines = code.split('\n')
  const lineOf = new Map<string, number>()
  const textOf = new Map<string, string>()
  lines.forEach((line, index) => {
    const match = /^(?:const|var) ([\w$]+) = ("(?:[^"\\]|\\.)*");$/.exec(line)
    if (match?.[1] && match[2]) {
      lineOf.set(match[1], index)
      textOf.set(match[1], JSON.parse(match[2]) as string)
    }
  })
  const chunk = (key: string): string => {
    const variable = variableOf.get(key)
    const text = variable === undefined ? undefined : textOf.get(variable)
    if (text === undefined) throw new Error(`three.module.js's shader chunk ${key} is not a one-line string any more: see scripts/build/threeShaderChunks.ts`)
    return text
  }

  const roots = [...needs.includes, ...ALWAYS_CHUNKS]
  for (const program of [...needs.programs, ...ALWAYS_PROGRAMS]) roots.push(`${program}_vert`, `${program}_frag`)
  const kept = new Set<string>()
  const pending = roots.filter((key) => variableOf.has(key))
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (kept.has(key)) continue
    kept.add(key)
    for (const [, name] of chunk(key).matchAll(INCLUDE)) if (name && variableOf.has(name)) pending.push(name)
  }

  for (const [key, variable] of variableOf) {
    if (kept.has(key)) continue
    chunk(key)
    const index = lineOf.get(variable)
    if (index !== undefined) lines[index] = `const ${variable} = ${JSON.stringify(droppedChunk(key))};`
  }
  return lines.join('\n')
}

/** A build step that drops the shader chunks of the materials the renderer never uses (the dev server keeps them all). */
export function threeShaderChunks(): Plugin {
  let needs: ShaderNeeds | null = null
  return {
    name: 'infraglobe:three-shader-chunks',
    apply: 'build',
    buildStart() {
      needs = rendererShaderNeeds()
    },
    transform(code, id) {
      if (!needs || !THREE_MODULE.test(id)) return null
      return { code: dropUnusedShaderChunks(code, needs), map: null }
    },
  }
}
