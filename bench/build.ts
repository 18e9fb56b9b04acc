import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { build } from 'vite'
import type { Dataset } from '../src/shared/dataset/schema'
import { describeProblems, parseDataset } from '../src/shared/dataset/validate'
import { isLocalUrl } from '../tests/e2e/support/offline'
import { benchPlaces, countByKind } from './edgesScene'
import type { BenchArcsScene } from './globegl/arcs'
import { launch } from './measure'
import { EARTH_TEXTURE_FILE } from './probe'
import { serveStatic } from './serve'

export const root = join(import.meta.dirname, '..')
/** Where `npm run build:web` writes (INFRAGLOBE_WEB_OUT moves it, as for parallel test runs). */
export const oursOutDir = resolve(root, process.env.INFRAGLOBE_WEB_OUT ?? join('out', 'web'))
export const globeGlOutDir = join(root, 'out', 'bench-globegl')
const textureOutDir = join(root, 'out', 'bench-texture')
const datasetPath = join(root, 'assets', 'data', 'infrastructure.json')

/** Builds the web edition exactly as `npm run web` does; its output goes to stderr. */
export function buildOurs(): void {
  const result = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: ['ignore', 2, 2] })
  if (result.status !== 0) throw new Error(`npm run build:web failed (exit ${result.status ?? result.signal})`)
}

/**
 * Builds the globe.gl comparison page with the dataset's regions, the arcs scene's data and the
 * edge and zone marks baked in; returns how many regions, arcs and marks of each kind.
 */
export async function buildGlobeGl(arcsScene: (dataset: Dataset) => BenchArcsScene) {
  const check = parseDataset(readFileSync(datasetPath, 'utf8'))
  if (!check.ok) throw new Error(describeProblems(datasetPath, check.problems))
  // Folded to ASCII: globe.gl's bundled label typeface has no glyphs for "ã" or "ü".
  const regions = check.dataset.regions.map((region) => ({
    code: region.code,
    label: region.city.normalize('NFD').replace(/\p{Diacritic}/gu, ''),
    lat: region.lat,
    lon: region.lon,
    available: region.status === 'available',
  }))
  const scene = arcsScene(check.dataset)
  const places = benchPlaces(check.dataset)
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'globegl'),
    base: './',
    logLevel: 'warn',
    plugins: [
      dataModule('virtual:bench-regions', regions),
      dataModule('virtual:bench-arcs', scene),
      dataModule('virtual:bench-places', places),
    ],
    build: { outDir: globeGlOutDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  })
  return { regions: regions.length, arcs: scene.arcs.length, places: countByKind(places) }
}

/** A module that exports `value` as its default export, for data computed in node at build time. */
function dataModule(id: string, value: unknown): Plugin {
  const resolved = `\0${id}`
  return {
    name: id.replace(':', '-'),
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? `export default ${JSON.stringify(value)}` : null),
  }
}

/**
 * Draws the comparison page's Earth texture (bench/texture) in Chromium and saves it as a PNG in
 * the comparison page's build folder. Call after buildGlobeGl, which empties that folder.
 */
export async function makeEarthTexture(): Promise<number> {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'texture'),
    base: './',
    logLevel: 'warn',
    build: { outDir: textureOutDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  })
  const served = await serveStatic(textureOutDir, root)
  const browser = await launch()
  try {
    const context = await browser.newContext()
    await context.route(
      (url) => !isLocalUrl(url),
      (route) => route.abort('blockedbyclient'),
    )
    const page = await context.newPage()
    await page.goto(served.url)
    const handle = await page.waitForFunction(() => window.__benchTexture, undefined, { timeout: 60_000 })
    const dataUrl = await handle.jsonValue()
    if (!dataUrl?.startsWith('data:image/png;base64,')) throw new Error('the texture page produced no PNG')
    const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
    writeFileSync(join(globeGlOutDir, EARTH_TEXTURE_FILE), png)
    return png.length
  } finally {
    await browser.close()
    await served.close()
  }
}
