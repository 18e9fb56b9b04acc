/**
 * `npm run bench`: InfraGlobe's web edition against a globe.gl page showing the same regions,
 * both in headless Chromium with software WebGL, measured in interleaved rounds (ours, globe.gl,
 * ours, ...) so drift on the machine hits both alike. Scenes: the regions alone; a user location
 * with the schematic network and the latency arcs (`arcsScene`); the edge locations and zones
 * (`edgesScene`); "everything" (every layer on, against globe.gl's arcs and edge and zone points);
 * a 3840×2160 annotated PNG export (`exportScene`). Prints one
 * JSON object and writes it to bench/results.json. Absolute numbers vary by 30% run to run here;
 * compare the ratios.
 * The time-lapse scene times a year change to the frame showing it, with the reach layer off and
 * on, and the reach worker's compute time per year (`timeLapseScene`).
 * `--only export`, `--only time-lapse`, `--only regions`, `--only arcs`, `--only edges` or `--only everything`
 * runs that scene alone (the last four against globe.gl, BENCH_ONLY_ROUNDS rounds, 3 unless set); `--only heap` summarises a heap snapshot of each
 * page in the base scene; `--only chunks` loads the web edition in the base scene BENCH_ROUNDS times and lists
 * which scripts loaded before its first frame (all printed, results.json left as it is).
 */
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import {
  ARCS_SCENE,
  benchArcs,
  benchLocation,
  benchSettings,
  EVERYTHING_SCENE,
  everythingSettings,
  pinColour,
  regionsOnlySettings,
  SETTINGS_KEY,
} from './arcsScene'
import { buildGlobeGl, buildOurs, globeGlOutDir, makeEarthTexture, oursOutDir, root } from './build'
import { EDGES_SCENE, edgesSettings } from './edgesScene'
import type { Settings } from '../src/shared/settings/schema'
import { javascriptSize } from './bundleSize'
import { measureChunks } from './chunksScene'
import { gzipSizes } from './chunks'
import type { BenchArc } from './globegl/arcs'
import { sceneQuery, type GlobeGlScene } from './globegl/sceneQuery'
import { judgeLayerBudget } from './layerBudget'
import { EXPORT_SCENE, measureExport } from './exportScene'
import { buildFloorPage, FLOOR_LOADS, FLOOR_OUT_DIR, measureFloorPage } from './floorPage'
import { floorFigures } from './floorFigures'
import { LONG_TASK_BUDGET_MS, measureTimeLapse, TIME_LAPSE_SCENE, YEAR_STEP_BUDGET_MS } from './timeLapseScene'
import { describeBrowser, launch, measure, type AppUnderTest, type Sample, type Timing } from './measure'
import { describeMethod } from './method'
import { serveStatic } from './serve'
import { metrics, ratios, summarise, type Summary } from './summary'

const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
/** The scenes measure up to three pages a round: fewer rounds keep the whole run near ten minutes. */
const sceneRounds = Number(process.env.BENCH_SCENE_ROUNDS ?? 1)
const timing: Timing = {
  settleMs: 1_000,
  idleMs: 5_000,
  rotateWarmupMs: 500,
  rotateMs: 5_000,
  rotateDegreesPerSecond: 20,
  restQuietMs: 500,
  restCapMs: 10_000,
}
const sceneTiming: Timing = { ...timing, idleMs: 4_000, rotateMs: 4_000, idleAfterTurnMs: 2_000 }
/** What a comparison of one scene reports (the JavaScript size is the same build in every scene). */
const sceneCompared = [...metrics, 'idleFramesAfterTurn'] as const
/** A fly-to after the turn: Frankfurt from a little closer. */
const FLY_TO = { lat: 50.11, lon: 8.68, distance: 2.6 } as const
/** A year step after the fly-to: the Time view opened, then one step back on its year slider. */
const YEAR_STEP = { tab: 'Time', selector: 'input[type="range"][aria-label="Year"]', key: 'ArrowLeft' } as const

/** Exports measured for the export scene's median (the first, cold one included). */
const exportRuns = Number(process.env.BENCH_EXPORT_RUNS ?? 6)
/** Rounds of `--only regions`, `arcs`, `edges` and `everything`: a few minutes with the builds. */
const onlyRounds = Number(process.env.BENCH_ONLY_ROUNDS ?? 3)
const onlyArgument = process.argv.indexOf('--only')
const only = onlyArgument >= 0 ? process.argv[onlyArgument + 1] : undefined

const started = Date.now()

function log(message: string): void {
  console.error(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${message}`)
}

async function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    ...(await describeBrowser()),
    viewport: '1280x800',
  }
}

/** The export scene: the same build, the arcs scene's settings plus three annotations. */
async function exportScene(url: string) {
  const measured = await measureExport(url, exportRuns, { [SETTINGS_KEY]: JSON.stringify(benchSettings) })
  log(`${EXPORT_SCENE}: median ${measured.medianMs} ms, ${measured.withinBudget ? 'within' : 'OVER'} the ${measured.budgetMs} ms target`)
  return {
    method: describeMethod.exportScene(exportRuns),
    ...measured,
    verdict: `${measured.medianMs} ms against a ${measured.budgetMs} ms target: ${measured.withinBudget ? 'pass' : 'fail'}`,
  }
}

/** The time-lapse scene: year changes with reach off and on, and the reach worker's cost per year. */
async function timeLapseScene(url: string) {
  const measured = await measureTimeLapse(url)
  log(
    `${TIME_LAPSE_SCENE}: a year change shows in ${measured.reachOff.medianMs} ms (reach off), ` +
      `${measured.reachOnCached.medianMs} ms (reach on, cached), ${measured.reachOnFirstPass.medianMs} ms (reach on, first pass); ` +
      `worker ${measured.workerComputeMs.median} ms a year; longest main-thread task ${measured.longestMainThreadTaskMs} ms ` +
      `(the page's own work at most ${measured.longTasksTraced.longestOwnMs} ms in any task; the rest waits for the software GPU)`,
  )
  return {
    method: {
      scene:
        'InfraGlobe with the regions only (as in the first scene), reduced motion, the Time view open; the year slider ' +
        'moved to each step in turn (2006 → the as-of year → announced) from today',
      ms:
        "inside the page, from the slider's input event to the first animation frame after which the probe reports a " +
        "new frame drawn and, with reach on, that year's reach surface on the globe",
      reachOnFirstPass: 'reach on, first visit of each year: may wait for the worker (the layer asks for every year in the background)',
      reachOnCached: 'reach on, second visit of each year: every surface cached',
      workerComputeMs: "the reach worker's own time to compute a year's surface (off the main thread)",
      longestMainThreadTaskMs: `the longest PerformanceObserver "longtask" (over 50 ms) while stepping with reach on; 0: none`,
      longTasksTraced:
        'the same steps in a Chromium trace: each main-thread task over 50 ms, split into the wait for the GPU to finish ' +
        "a frame (GLES2::ReadPixels: software WebGL with software compositing reads every frame back on the main thread) " +
        "and the page's own work (ownMs); longestOwnMs is what the budget is held against",
      globegl: 'globe.gl has no time-lapse: not measured',
    },
    ...measured,
    verdict:
      `cached year change ${measured.reachOnCached.medianMs} ms against ${YEAR_STEP_BUDGET_MS} ms; ` +
      `longest task of the page's own ${measured.longTasksTraced.longestOwnMs} ms against ${LONG_TASK_BUDGET_MS} ms: ${measured.withinBudget ? 'pass' : 'fail'}`,
  }
}

/** What `--only` takes. */
const COMPARED_ALONE = ['regions', 'arcs', 'edges', 'everything'] as const
type ComparedAlone = (typeof COMPARED_ALONE)[number]
const ONLY = ['export', 'heap', 'chunks', TIME_LAPSE_SCENE, ...COMPARED_ALONE] as const
type Only = (typeof ONLY)[number]

/** `--only export`, `--only time-lapse`, `--only heap` and `--only chunks`: one scene, printed. */
async function onlyOne(which: Exclude<Only, ComparedAlone>): Promise<void> {
  log('building the web edition (npm run build:web)')
  buildOurs()
  const ours = await serveStatic(oursOutDir, root)
  let globeGl: Awaited<ReturnType<typeof serveStatic>> | null = null
  try {
    let scene: unknown
    if (which === 'export') {
      scene = { [EXPORT_SCENE]: await exportScene(ours.url) }
    } else if (which === TIME_LAPSE_SCENE) {
      scene = { [TIME_LAPSE_SCENE]: await timeLapseScene(ours.url) }
    } else if (which === 'chunks') {
      const { samples, result } = await measureChunks({ app: oursBase(ours.url), outDir: oursOutDir, rounds, timing, log })
      warnAbout(samples.map((sample, index) => [`InfraGlobe (load ${index + 1})`, sample] as const))
      scene = { chunks: result }
    } else {
      log('building the globe.gl comparison page')
      await buildGlobeGl((dataset) => ({ pin: { lat: benchLocation.lat, lon: benchLocation.lon, colour: pinColour }, arcs: benchArcs(dataset), animateDashes: true }))
      await makeEarthTexture()
      globeGl = await serveStatic(globeGlOutDir, root)
      const quick: Timing = { ...timing, idleMs: 0, rotateMs: 500 }
      log('heap snapshot: InfraGlobe')
      const mine = await measure({ ...oursBase(ours.url), heapSnapshot: true }, quick)
      log('heap snapshot: globe.gl')
      const size = mine.globeSize
      const theirs = await measure({ url: `${globeGl.url}?w=${size.width}&h=${size.height}`, probeGlobal: '__globegl', globeSelector: '#globe canvas', heapSnapshot: true }, quick)
      scene = { heap: { method: describeMethod.heap, ours: mine.heap, globegl: theirs.heap } }
    }
    console.log(JSON.stringify({ date: new Date().toISOString(), machine: await machine(), scenes: scene }, null, 2))
  } finally {
    await Promise.all([ours.close(), globeGl?.close()])
  }
}

type Size = { width: number; height: number }

/** InfraGlobe as a returning user finds a scene: its settings stored, a fly-to after the turn. */
function stored(url: string, settings: Settings): AppUnderTest {
  return {
    url,
    probeGlobal: '__infraglobe',
    globeSelector: '[data-testid="globe"]',
    localStorage: { [SETTINGS_KEY]: JSON.stringify(settings) },
    flyTo: FLY_TO,
  }
}

/** The globe.gl page on a scene, in a canvas the size of InfraGlobe's globe area: same pixels to fill. */
function theirPage(url: string, size: Size | undefined, scene: GlobeGlScene | null, chunkSizes?: Map<string, number>): AppUnderTest {
  return {
    url: `${url}?w=${size?.width ?? 0}&h=${size?.height ?? 0}${sceneQuery(scene)}`,
    probeGlobal: '__globegl',
    globeSelector: '#globe canvas',
    ...(chunkSizes ? { chunkSizes } : {}),
  }
}

/** The comparison page with the arcs scene's data (and the edge and zone marks, always baked in). */
async function buildComparisonPage() {
  let sceneArcs: BenchArc[] = []
  const built = await buildGlobeGl((dataset) => {
    sceneArcs = benchArcs(dataset)
    return { pin: { lat: benchLocation.lat, lon: benchLocation.lon, colour: pinColour }, arcs: sceneArcs, animateDashes: true }
  })
  return { ...built, latencyArcs: sceneArcs.filter((arc) => arc.kind === 'latency').length }
}

/** One scene on both pages in interleaved rounds: InfraGlobe, then globe.gl at its globe's size. */
async function compareScene(name: string, ours: AppUnderTest, theirs: (size: Size) => AppUnderTest, count: number) {
  const samples = { ours: [] as Sample[], globegl: [] as Sample[] }
  for (let pass = 1; pass <= count; pass += 1) {
    log(`${name}, round ${pass}/${count}: InfraGlobe`)
    const mine = await measure(ours, sceneTiming)
    samples.ours.push(mine)
    log(`${name}, round ${pass}/${count}: globe.gl`)
    samples.globegl.push(await measure(theirs(mine.globeSize), sceneTiming))
  }
  return samples
}

/** A compared scene as results.json gives it, with InfraGlobe's draw-call and idle budget judged. */
function sceneResult(runs: number, method: unknown, ours: Sample[], theirs: Sample[], note: string) {
  const mine = summarise(ours, javascriptSize(oursOutDir))
  const globegl = summarise(theirs, javascriptSize(globeGlOutDir))
  return {
    runs,
    method,
    ours: mine,
    globegl,
    ratios: { ...ratios(sceneCompared, mine, globegl), note },
    layerBudget: judgeLayerBudget(ours),
  }
}

/** `--only regions`, `arcs`, `edges` or `everything`: that scene on both pages, printed. */
async function onlyCompared(which: ComparedAlone): Promise<void> {
  if (!Number.isInteger(onlyRounds) || onlyRounds < 1) throw new Error(`BENCH_ONLY_ROUNDS must be a whole number >= 1`)
  log('building the web edition (npm run build:web)')
  buildOurs()
  log('building the globe.gl comparison page')
  const built = await buildComparisonPage()
  await makeEarthTexture()
  const ours = await serveStatic(oursOutDir, root)
  const globeGl = await serveStatic(globeGlOutDir, root)
  try {
    const method = describeMethod.scenes(methodFacts(built))
    const alone = {
      // The base scene as the whole run measures it, plus the frames after the turn.
      regions: { name: 'regions', app: oursBase(ours.url), theirs: null, method: method.base },
      arcs: { name: ARCS_SCENE, app: stored(ours.url, benchSettings), theirs: 'arcs', method: method.arcs },
      edges: { name: EDGES_SCENE, app: stored(ours.url, edgesSettings), theirs: 'edges', method: method.edges },
      everything: {
        name: EVERYTHING_SCENE,
        app: { ...stored(ours.url, everythingSettings), keyStep: YEAR_STEP },
        theirs: 'everything',
        method: method.everything,
      },
    } as const satisfies Record<ComparedAlone, { name: string; app: AppUnderTest; theirs: GlobeGlScene | null; method: unknown }>
    const { name, app, theirs } = alone[which]
    const samples = await compareScene(name, app, (size) => theirPage(globeGl.url, size, theirs), onlyRounds)
    const result = sceneResult(onlyRounds, alone[which].method, samples.ours, samples.globegl, `InfraGlobe ÷ globe.gl in the ${name} scene`)
    log(`${name}: InfraGlobe ${result.layerBudget.verdict}`)
    warnAbout([
      [`InfraGlobe (${name})`, result.ours],
      [`globe.gl (${name})`, result.globegl],
    ])
    console.log(JSON.stringify({ date: new Date().toISOString(), machine: await machine(), scenes: { [name]: result } }, null, 2))
  } finally {
    await Promise.all([ours.close(), globeGl.close()])
  }
}

function methodFacts(built: Awaited<ReturnType<typeof buildComparisonPage>>) {
  return {
    timing,
    sceneTiming,
    regions: built.regions,
    links: built.arcs - built.latencyArcs,
    latencyArcs: built.latencyArcs,
    places: built.places,
    settingsKey: SETTINGS_KEY,
    location: benchLocation,
    flyTo: FLY_TO,
  }
}

function oursBase(url: string): AppUnderTest {
  return {
    url,
    probeGlobal: '__infraglobe',
    globeSelector: '[data-testid="globe"]',
    localStorage: { [SETTINGS_KEY]: JSON.stringify(regionsOnlySettings) },
  }
}

function warnAbout(named: readonly (readonly [string, Pick<Summary, 'blockedRequests' | 'pageErrors'>])[]): void {
  for (const [name, summary] of named) {
    if (summary.blockedRequests.length) log(`warning: ${name} tried to reach the network: ${summary.blockedRequests}`)
    if (summary.pageErrors.length) log(`warning: ${name} reported errors: ${summary.pageErrors.join(' | ')}`)
  }
}

async function main(): Promise<void> {
  if (only !== undefined && !(ONLY as readonly string[]).includes(only)) {
    throw new Error(`--only takes ${ONLY.map((name) => `"${name}"`).join(', ')} (got ${only ?? 'nothing'})`)
  }
  if ((COMPARED_ALONE as readonly string[]).includes(only ?? '')) return onlyCompared(only as ComparedAlone)
  if (!Number.isInteger(exportRuns) || exportRuns < 1) throw new Error(`BENCH_EXPORT_RUNS must be a whole number >= 1`)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number >= 1`)
  if (only !== undefined) return onlyOne(only as Exclude<Only, ComparedAlone>)
  if (!Number.isInteger(sceneRounds) || sceneRounds < 0) throw new Error(`BENCH_SCENE_ROUNDS must be a whole number >= 0`)
  log('building the web edition (npm run build:web)')
  buildOurs()
  log('building the globe.gl comparison page')
  const built = await buildComparisonPage()
  log('drawing its Earth texture')
  await makeEarthTexture()
  log('building the canvas floor page')
  await buildFloorPage()
  const ourChunks = gzipSizes(oursOutDir)
  const theirChunks = gzipSizes(globeGlOutDir)

  const ours = await serveStatic(oursOutDir, root)
  const globeGl = await serveStatic(globeGlOutDir, root)
  const floor = await serveStatic(FLOOR_OUT_DIR, root)
  try {
    const samples: { ours: Sample[]; globegl: Sample[] } = { ours: [], globegl: [] }
    const floorSamples: number[] = []
    let size: Size | undefined
    for (let pass = 1; pass <= rounds; pass += 1) {
      log(`round ${pass}/${rounds}: InfraGlobe`)
      const sample = await measure({ ...oursBase(ours.url), chunkSizes: ourChunks }, timing)
      samples.ours.push(sample)
      // globe.gl draws into a canvas the size of InfraGlobe's globe area: same pixels to fill.
      size ??= sample.globeSize
      log(`round ${pass}/${rounds}: globe.gl`)
      samples.globegl.push(await measure(theirPage(globeGl.url, size, null, theirChunks), timing))
      log(`round ${pass}/${rounds}: the canvas floor`)
      floorSamples.push(await canvasFloor(floor.url, size))
    }

    // The arcs scene: InfraGlobe as a returning user in São Paulo finds it (settings stored);
    // globe.gl with the same arcs.
    const scene = { ours: [] as Sample[], oursReducedMotion: [] as Sample[], globegl: [] as Sample[] }
    for (let pass = 1; pass <= sceneRounds; pass += 1) {
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: InfraGlobe`)
      scene.ours.push(await measure(stored(ours.url, benchSettings), sceneTiming))
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: InfraGlobe with reduced motion`)
      scene.oursReducedMotion.push(await measure({ ...stored(ours.url, benchSettings), reducedMotion: 'reduce' }, sceneTiming))
      size ??= scene.ours[0]?.globeSize
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: globe.gl`)
      scene.globegl.push(await measure(theirPage(globeGl.url, size, 'arcs', theirChunks), sceneTiming))
    }
    const their = (which: GlobeGlScene) => (measured: Size) => theirPage(globeGl.url, size ?? measured, which)
    const edges = await compareScene(EDGES_SCENE, stored(ours.url, edgesSettings), their('edges'), sceneRounds)
    const everything = await compareScene(EVERYTHING_SCENE, { ...stored(ours.url, everythingSettings), keyStep: YEAR_STEP }, their('everything'), sceneRounds)

    log(`${EXPORT_SCENE}: InfraGlobe (${exportRuns} exports, the first one cold)`)
    const exported = await exportScene(ours.url)
    log(`${TIME_LAPSE_SCENE}: InfraGlobe, reach off then on`)
    const timeLapse = await timeLapseScene(ours.url)

    const oursBundle = javascriptSize(oursOutDir)
    const globeGlBundle = javascriptSize(globeGlOutDir)
    const oursSummary = summarise(samples.ours, oursBundle)
    const globeGlSummary = summarise(samples.globegl, globeGlBundle)
    const arcs = {
      ours: summarise(scene.ours, oursBundle),
      oursReducedMotion: summarise(scene.oursReducedMotion, oursBundle),
      globegl: summarise(scene.globegl, globeGlBundle),
    }
    const compared = [...metrics, 'jsBytes', 'jsGzipBytes', 'jsGzipBytesBeforeFirstFrame'] as const
    const method = describeMethod.scenes(methodFacts(built))
    const result = {
      date: new Date().toISOString(),
      machine: await machine(),
      runs: rounds,
      method: method.base,
      ours: oursSummary,
      globegl: globeGlSummary,
      ratios: { ...ratios(compared, oursSummary, globeGlSummary), note: method.ratioNote },
      canvasFloor: {
        method: method.canvasFloor,
        ...floorFigures(floorSamples, oursSummary.mainThreadMsPerFrame, globeGlSummary.mainThreadMsPerFrame),
      },
      scenes: {
        [ARCS_SCENE]: {
          runs: sceneRounds,
          method: method.arcs,
          ours: arcs.ours,
          oursReducedMotion: arcs.oursReducedMotion,
          globegl: arcs.globegl,
          ratios: { ...ratios(sceneCompared, arcs.ours, arcs.globegl), note: 'InfraGlobe ÷ globe.gl in this scene, read as the ratios above' },
          ratiosReducedMotion: {
            ...ratios(sceneCompared, arcs.oursReducedMotion, arcs.globegl),
            note: 'InfraGlobe with reduced motion ÷ globe.gl (globe.gl animated) in this scene',
          },
        },
        [EDGES_SCENE]: sceneResult(sceneRounds, method.edges, edges.ours, edges.globegl, `InfraGlobe ÷ globe.gl in the ${EDGES_SCENE} scene`),
        [EVERYTHING_SCENE]: sceneResult(
          sceneRounds,
          method.everything,
          everything.ours,
          everything.globegl,
          "InfraGlobe with every layer ÷ globe.gl's arcs and edge and zone points",
        ),
        [EXPORT_SCENE]: exported,
        [TIME_LAPSE_SCENE]: timeLapse,
      },
      durationS: 0,
    }
    result.durationS = Math.round((Date.now() - started) / 1000)
    warnAbout([
      ['InfraGlobe', oursSummary],
      ['globe.gl', globeGlSummary],
      [`InfraGlobe (${ARCS_SCENE})`, arcs.ours],
      [`InfraGlobe (${ARCS_SCENE}, reduced motion)`, arcs.oursReducedMotion],
      [`globe.gl (${ARCS_SCENE})`, arcs.globegl],
    ])
    const text = JSON.stringify(result, null, 2)
    writeFileSync(join(import.meta.dirname, 'results.json'), `${text}\n`)
    console.log(text)
  } finally {
    await Promise.all([ours.close(), globeGl.close(), floor.close()])
  }
}

/** One sample of the canvas floor at the globe's size, in a fresh browser as each globe gets. */
async function canvasFloor(url: string, size: Size): Promise<number> {
  const browser = await launch()
  try {
    const sample = await measureFloorPage(browser, url, { canvas: 'page', work: FLOOR_LOADS.light, ...size, settleMs: timing.settleMs, measureMs: timing.rotateMs })
    return sample.mainMsPerFrame
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
})
