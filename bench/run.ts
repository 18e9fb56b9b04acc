/**
 * `npm run bench`: InfraGlobe's web edition against a globe.gl page showing the same regions,
 * both in headless Chromium with software WebGL, measured in interleaved rounds (ours, globe.gl,
 * ours, ...) so drift on the machine hits both alike. A second scene adds a user location, the
 * schematic network and the latency arcs to both (`scenes`). Prints one JSON object and writes it
 * to bench/results.json. Absolute numbers vary by 30% run to run here; compare the ratios.
 * The export scene times a 3840×2160 annotated PNG export against its 2 s budget (`exportScene`).
 * The time-lapse scene times a year change to the frame showing it, with the reach layer off and
 * on, and the reach worker's compute time per year (`timeLapseScene`).
 * `--only export` or `--only time-lapse` runs that scene alone (printed, results.json left as it is).
 */
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import {
  ARCS_SCENE,
  benchArcs,
  benchLocation,
  benchSettings,
  pinColour,
  regionsOnlySettings,
  SETTINGS_KEY,
} from './arcsScene'
import { buildGlobeGl, buildOurs, globeGlOutDir, makeEarthTexture, oursOutDir, root } from './build'
import { javascriptSize, type BundleSize } from './bundleSize'
import type { BenchArc } from './globegl/arcs'
import { EXPORT_SCENE, measureExport } from './exportScene'
import { LONG_TASK_BUDGET_MS, measureTimeLapse, TIME_LAPSE_SCENE, YEAR_STEP_BUDGET_MS } from './timeLapseScene'
import { describeBrowser, measure, type Sample, type Timing } from './measure'
import { serveStatic } from './serve'
import { median, ratio } from './stats'

const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
/** The arcs scene measures three pages a round: fewer rounds keep the whole run near four minutes. */
const sceneRounds = Number(process.env.BENCH_SCENE_ROUNDS ?? 1)
const timing: Timing = {
  settleMs: 1_000,
  idleMs: 5_000,
  rotateWarmupMs: 500,
  rotateMs: 5_000,
  rotateDegreesPerSecond: 20,
}
const sceneTiming: Timing = { ...timing, idleMs: 4_000, rotateMs: 4_000, idleAfterTurnMs: 2_000 }
/** What a comparison of one scene reports (the JavaScript size is the same build in both scenes). */
const sceneCompared = ['readyMs', 'rotateFps', 'idleFrames', 'idleFramesAfterTurn', 'drawCalls', 'jsHeapUsedBytes'] as const

/** Exports measured (after one warm-up export) for the export scene's median. */
const exportRuns = Number(process.env.BENCH_EXPORT_RUNS ?? 5)
const onlyArgument = process.argv.indexOf('--only')
const only = onlyArgument >= 0 ? process.argv[onlyArgument + 1] : undefined

const metrics = ['readyMs', 'rotateFps', 'idleFrames', 'drawCalls', 'jsHeapUsedBytes'] as const
type Metric = (typeof metrics)[number]

const started = Date.now()

function log(message: string): void {
  console.error(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${message}`)
}

/** Two decimals are plenty for figures that vary by 30% from run to run. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}

function summarise(samples: Sample[], bundle: BundleSize) {
  const medianOf = (metric: Metric) => round(median(samples.map((s) => s[metric])))
  return {
    readyMs: medianOf('readyMs'),
    rotateFps: medianOf('rotateFps'),
    idleFrames: medianOf('idleFrames'),
    drawCalls: medianOf('drawCalls'),
    jsHeapUsedBytes: medianOf('jsHeapUsedBytes'),
    jsBytes: bundle.bytes,
    jsGzipBytes: bundle.gzipBytes,
    jsFiles: bundle.files,
    globeSize: samples[0]?.globeSize,
    blockedRequests: [...new Set(samples.flatMap((s) => s.blockedRequests))],
    pageErrors: [...new Set(samples.flatMap((s) => s.pageErrors))],
    samples: samples.map((s) => Object.fromEntries(metrics.map((m) => [m, round(s[m])]))),
    ...afterTurn(samples),
  }
}

/** Frames drawn once the turn has stopped, where the scene measured them. */
function afterTurn(samples: Sample[]): { idleFramesAfterTurn?: number; idleFramesAfterTurnSamples?: number[] } {
  const counted = samples.map((s) => s.idleFramesAfterTurn).filter((n) => Number.isFinite(n))
  return counted.length ? { idleFramesAfterTurn: round(median(counted)), idleFramesAfterTurnSamples: counted } : {}
}

type Summary = ReturnType<typeof summarise>

function ratios<const M extends readonly (keyof Summary)[]>(compared: M, ours: Summary, theirs: Summary) {
  return Object.fromEntries(compared.map((m) => [m, ratio(Number(ours[m]), Number(theirs[m]))]))
}

/** The export scene: the same build, the regions-only settings plus three annotations. */
async function exportScene(url: string) {
  const measured = await measureExport(url, exportRuns, { [SETTINGS_KEY]: JSON.stringify(benchSettings) })
  const verdict = measured.withinBudget ? 'within' : 'OVER'
  log(`${EXPORT_SCENE}: median ${measured.medianMs} ms, ${verdict} the ${measured.budgetMs} ms budget`)
  return {
    method: {
      scene:
        'InfraGlobe as a returning user in São Paulo (network and latency arcs on, as in the arcs scene) with three ' +
        'annotations (a callout, a pin, an arrow) added through the probe, exporting its view at 3840x2160',
      ms:
        'inside the page, from the export call to the finished PNG bytes: render at the export size and read back, ' +
        'compose labels, annotations, title, legend and footer, encode the PNG and add its text metadata',
      runs: `median of ${exportRuns} exports after one warm-up export (reported as firstExportMs)`,
      globegl: 'globe.gl has no comparable export (no sized render, no legend or annotations): not measured',
    },
    ...measured,
    verdict: `${measured.medianMs} ms against a ${measured.budgetMs} ms budget: ${measured.withinBudget ? 'pass' : 'fail'}`,
  }
}

/** The time-lapse scene: year changes with reach off and on, and the reach worker's cost per year. */
async function timeLapseScene(url: string) {
  const measured = await measureTimeLapse(url)
  log(
    `${TIME_LAPSE_SCENE}: a year change shows in ${measured.reachOff.medianMs} ms (reach off), ` +
      `${measured.reachOnCached.medianMs} ms (reach on, cached), ${measured.reachOnFirstPass.medianMs} ms (reach on, first pass); ` +
      `worker ${measured.workerComputeMs.median} ms a year; longest main-thread task ${measured.longestMainThreadTaskMs} ms`,
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
      globegl: 'globe.gl has no time-lapse: not measured',
    },
    ...measured,
    verdict:
      `cached year change ${measured.reachOnCached.medianMs} ms against ${YEAR_STEP_BUDGET_MS} ms; ` +
      `longest task ${measured.longestMainThreadTaskMs} ms against ${LONG_TASK_BUDGET_MS} ms: ${measured.withinBudget ? 'pass' : 'fail'}`,
  }
}

async function exportOnly(): Promise<void> {
  log('building the web edition (npm run build:web)')
  buildOurs()
  const ours = await serveStatic(oursOutDir, root)
  try {
    const browser = await describeBrowser()
    const scene = only === TIME_LAPSE_SCENE ? { [TIME_LAPSE_SCENE]: await timeLapseScene(ours.url) } : { [EXPORT_SCENE]: await exportScene(ours.url) }
    const result = { date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, ...browser }, scenes: scene }
    console.log(JSON.stringify(result, null, 2))
  } finally {
    await ours.close()
  }
}

async function main(): Promise<void> {
  if (only !== undefined && only !== 'export' && only !== TIME_LAPSE_SCENE) {
    throw new Error(`--only takes "export" or "${TIME_LAPSE_SCENE}" (got ${only ?? 'nothing'})`)
  }
  if (!Number.isInteger(exportRuns) || exportRuns < 1) throw new Error(`BENCH_EXPORT_RUNS must be a whole number >= 1`)
  if (only !== undefined) return exportOnly()
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number >= 1`)
  if (!Number.isInteger(sceneRounds) || sceneRounds < 0) throw new Error(`BENCH_SCENE_ROUNDS must be a whole number >= 0`)
  log('building the web edition (npm run build:web)')
  buildOurs()
  log('building the globe.gl comparison page')
  let sceneArcs: BenchArc[] = []
  const built = await buildGlobeGl((dataset) => {
    sceneArcs = benchArcs(dataset)
    return { pin: { lat: benchLocation.lat, lon: benchLocation.lon, colour: pinColour }, arcs: sceneArcs, animateDashes: true }
  })
  const regionCount = built.regions
  const latencyArcCount = sceneArcs.filter((arc) => arc.kind === 'latency').length
  log('drawing its Earth texture')
  await makeEarthTexture()

  const ours = await serveStatic(oursOutDir, root)
  const globeGl = await serveStatic(globeGlOutDir, root)
  try {
    const browser = await describeBrowser()
    const samples: { ours: Sample[]; globegl: Sample[] } = { ours: [], globegl: [] }
    let size: { width: number; height: number } | undefined
    for (let pass = 1; pass <= rounds; pass += 1) {
      log(`round ${pass}/${rounds}: InfraGlobe`)
      const sample = await measure(
        {
          url: ours.url,
          probeGlobal: '__infraglobe',
          globeSelector: '[data-testid="globe"]',
          localStorage: { [SETTINGS_KEY]: JSON.stringify(regionsOnlySettings) },
        },
        timing,
      )
      samples.ours.push(sample)
      // globe.gl draws into a canvas the size of InfraGlobe's globe area: same pixels to fill.
      size ??= sample.globeSize
      log(`round ${pass}/${rounds}: globe.gl`)
      const url = `${globeGl.url}?w=${size.width}&h=${size.height}`
      samples.globegl.push(await measure({ url, probeGlobal: '__globegl', globeSelector: '#globe canvas' }, timing))
    }

    // The arcs scene: InfraGlobe as a returning user in São Paulo finds it (settings stored), once
    // as is and once with reduced motion asked for; globe.gl with the same arcs.
    const arcSamples: { ours: Sample[]; oursReducedMotion: Sample[]; globegl: Sample[] } = {
      ours: [],
      oursReducedMotion: [],
      globegl: [],
    }
    const ourArcs = {
      url: ours.url,
      probeGlobal: '__infraglobe',
      globeSelector: '[data-testid="globe"]',
      localStorage: { [SETTINGS_KEY]: JSON.stringify(benchSettings) },
    }
    for (let pass = 1; pass <= sceneRounds; pass += 1) {
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: InfraGlobe`)
      arcSamples.ours.push(await measure(ourArcs, sceneTiming))
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: InfraGlobe with reduced motion`)
      arcSamples.oursReducedMotion.push(await measure({ ...ourArcs, reducedMotion: 'reduce' }, sceneTiming))
      size ??= arcSamples.ours[0]?.globeSize
      log(`${ARCS_SCENE}, round ${pass}/${sceneRounds}: globe.gl`)
      const url = `${globeGl.url}?w=${size?.width ?? 0}&h=${size?.height ?? 0}&scene=arcs`
      arcSamples.globegl.push(await measure({ url, probeGlobal: '__globegl', globeSelector: '#globe canvas' }, sceneTiming))
    }

    log(`${EXPORT_SCENE}: InfraGlobe (${exportRuns} exports after a warm-up)`)
    const exported = await exportScene(ours.url)
    log(`${TIME_LAPSE_SCENE}: InfraGlobe, reach off then on`)
    const timeLapse = await timeLapseScene(ours.url)

    const oursBundle = javascriptSize(oursOutDir)
    const globeGlBundle = javascriptSize(globeGlOutDir)
    const oursSummary = summarise(samples.ours, oursBundle)
    const globeGlSummary = summarise(samples.globegl, globeGlBundle)
    const arcs = {
      ours: summarise(arcSamples.ours, oursBundle),
      oursReducedMotion: summarise(arcSamples.oursReducedMotion, oursBundle),
      globegl: summarise(arcSamples.globegl, globeGlBundle),
    }
    const compared = [...metrics, 'jsBytes', 'jsGzipBytes'] as const
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        ...browser,
        viewport: '1280x800',
      },
      runs: rounds,
      method: {
        order: 'interleaved: InfraGlobe then globe.gl in each round, each in a fresh headless Chromium',
        regions: regionCount,
        ours:
          `the web edition with its network and latency layers off and no location (stored in ${SETTINGS_KEY}), ` +
          'so both pages draw the same regions; browser time zone UTC (no location guessed)',
        readyMs: 'navigation start to the page setting data-scene-ready (first frame with regions drawn)',
        rotateFps: `frames per second over ${timing.rotateMs / 1000} s turning at ${timing.rotateDegreesPerSecond}°/s`,
        idleFrames:
          `frames rendered in ${timing.idleMs / 1000} s with nothing moving, ` +
          `from ${timing.settleMs / 1000} s after ready`,
        drawCalls: 'renderer.info.render.calls of the last frame while turning',
        jsHeapUsedBytes: 'CDP Performance.getMetrics JSHeapUsedSize after load and a forced GC',
        jsBytes: 'sum of the .js files in the build (raw; gzip at level 9)',
        globegl:
          'globe.gl defaults plus pointsMerge(true); a points layer and a labels layer; its Earth texture is a ' +
          '4096x2048 PNG drawn from the same world-atlas shapes at benchmark time and served with the page',
        figures: 'medians over the runs; samples lists each run',
      },
      ours: oursSummary,
      globegl: globeGlSummary,
      ratios: {
        ...Object.fromEntries(compared.map((m) => [m, ratio(oursSummary[m], globeGlSummary[m])])),
        note:
          'InfraGlobe ÷ globe.gl. Lower is better for readyMs, idleFrames, drawCalls, jsHeapUsedBytes, jsBytes and ' +
          'jsGzipBytes; higher is better for rotateFps.',
      },
      scenes: {
        [ARCS_SCENE]: {
          runs: sceneRounds,
          method: {
            scene:
              `a user location in ${benchLocation.label} (${benchLocation.lat}, ${benchLocation.lon}), the schematic ` +
              `network on (${built.arcs - latencyArcCount} links) and latency arcs from the pin to every region ` +
              `(${latencyArcCount}), coloured by RTT band: ${built.arcs} arcs`,
            ours:
              `InfraGlobe opened with these settings already stored (${SETTINGS_KEY} in localStorage). Its latency-arc ` +
              'dashes flow for a few seconds after the arcs appear and then rest (never with reduced motion): ' +
              'idleFrames counts what of that flow falls in its window; idleFramesAfterTurn is read after it',
            oursReducedMotion: 'the same with prefers-reduced-motion: reduce (Playwright reducedMotion)',
            globegl:
              'the comparison page plus its arcs layer with the same arcs and colours (its default 1 px lines, one mesh ' +
              'per arc), the pin as one more merged point, latency-arc dashes animated (all the time: globe.gl has ' +
              'no "flow, then rest"); globe.gl renders every animation frame whatever moves',
            readyMs:
              'ours: as above (the arcs are drawn in the same frame or the next ones); globe.gl: the first frame ' +
              'after every arc object exists',
            timing:
              `idle ${sceneTiming.idleMs / 1000} s, turning ${sceneTiming.rotateMs / 1000} s; idleFramesAfterTurn: ` +
              `frames in ${(sceneTiming.idleAfterTurnMs ?? 0) / 1000} s from ${sceneTiming.settleMs / 1000} s after ` +
              'the turn stops; otherwise as above',
          },
          ours: arcs.ours,
          oursReducedMotion: arcs.oursReducedMotion,
          globegl: arcs.globegl,
          ratios: {
            ...ratios(sceneCompared, arcs.ours, arcs.globegl),
            note: 'InfraGlobe ÷ globe.gl in this scene, read as the ratios above',
          },
          ratiosReducedMotion: {
            ...ratios(sceneCompared, arcs.oursReducedMotion, arcs.globegl),
            note: 'InfraGlobe with reduced motion ÷ globe.gl (globe.gl animated) in this scene',
          },
        },
        [EXPORT_SCENE]: exported,
        [TIME_LAPSE_SCENE]: timeLapse,
      },
      durationS: 0,
    }
    result.durationS = Math.round((Date.now() - started) / 1000)
    const named = [
      ['InfraGlobe', oursSummary],
      ['globe.gl', globeGlSummary],
      [`InfraGlobe (${ARCS_SCENE})`, arcs.ours],
      [`InfraGlobe (${ARCS_SCENE}, reduced motion)`, arcs.oursReducedMotion],
      [`globe.gl (${ARCS_SCENE})`, arcs.globegl],
    ] as const
    for (const [name, summary] of named) {
      if (summary.blockedRequests.length) log(`warning: ${name} tried to reach the network: ${summary.blockedRequests}`)
      if (summary.pageErrors.length) log(`warning: ${name} reported errors: ${summary.pageErrors.join(' | ')}`)
    }
    const text = JSON.stringify(result, null, 2)
    writeFileSync(join(import.meta.dirname, 'results.json'), `${text}\n`)
    console.log(text)
  } finally {
    await Promise.all([ours.close(), globeGl.close()])
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
})
