/**
 * `npm run bench`: InfraGlobe's web edition against a globe.gl page showing the same regions,
 * both in headless Chromium with software WebGL, measured in interleaved rounds (ours, globe.gl,
 * ours, ...) so drift on the machine hits both alike. Prints one JSON object and writes it to
 * bench/results.json. Absolute numbers vary by 30% run to run here; compare the ratios.
 */
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { buildGlobeGl, buildOurs, globeGlOutDir, makeEarthTexture, oursOutDir, root } from './build'
import { javascriptSize, type BundleSize } from './bundleSize'
import { describeBrowser, measure, type Sample, type Timing } from './measure'
import { serveStatic } from './serve'
import { median, ratio } from './stats'

const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const timing: Timing = {
  settleMs: 1_000,
  idleMs: 5_000,
  rotateWarmupMs: 500,
  rotateMs: 5_000,
  rotateDegreesPerSecond: 20,
}

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
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number >= 1`)
  log('building the web edition (npm run build:web)')
  buildOurs()
  log('building the globe.gl comparison page')
  const regionCount = await buildGlobeGl()
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
        { url: ours.url, probeGlobal: '__infraglobe', globeSelector: '[data-testid="globe"]' },
        timing,
      )
      samples.ours.push(sample)
      // globe.gl draws into a canvas the size of InfraGlobe's globe area: same pixels to fill.
      size ??= sample.globeSize
      log(`round ${pass}/${rounds}: globe.gl`)
      const url = `${globeGl.url}?w=${size.width}&h=${size.height}`
      samples.globegl.push(await measure({ url, probeGlobal: '__globegl', globeSelector: '#globe canvas' }, timing))
    }

    const oursSummary = summarise(samples.ours, javascriptSize(oursOutDir))
    const globeGlSummary = summarise(samples.globegl, javascriptSize(globeGlOutDir))
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
      durationS: 0,
    }
    result.durationS = Math.round((Date.now() - started) / 1000)
    for (const [name, summary] of [['InfraGlobe', oursSummary], ['globe.gl', globeGlSummary]] as const) {
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
