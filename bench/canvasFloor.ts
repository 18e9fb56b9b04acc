/**
 * What a WebGL canvas costs, whatever draws into it: a page with one canvas the size of
 * InfraGlobe's globe (bench/canvasFloor) drawn every frame by the page or by a worker through
 * an OffscreenCanvas, a light and a heavy frame, in the bench's browser (software compositing,
 * as `npm run bench` runs) and with GPU compositing (SwiftShader as the GPU, as a machine with
 * one composites). For each: the page's main-thread time per frame (the bench's counters) and,
 * from a trace, the drawing thread's longest task and its read-back of the canvas per frame.
 *
 * `npm run bench:floor` (writes bench/canvas-floor.json). FLOOR_ROUNDS sets the rounds (2).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, CDPSession } from 'playwright-core'
import { build } from 'vite'
import { chromiumArgs } from '../tests/e2e/support/chromium'
import { root } from './build'
import { launch } from './measure'
import { openMainThreadCounters, perFrame, readMainThread } from './mainThread'
import { serveStatic } from './serve'
import { median } from './stats'
import type { TraceEvent } from './traceSelfTime'

const outDir = join(root, 'out', 'bench-canvas-floor')
const rounds = Number(process.env.FLOOR_ROUNDS ?? 2)
const SETTLE_MS = 2500
const MEASURE_MS = 4000

/** The bench's browser composites in software; the same browser with its GPU (SwiftShader) compositing. */
const compositors = {
  software: chromiumArgs,
  gpu: [...chromiumArgs.filter((arg) => arg !== '--disable-gpu'), '--ignore-gpu-blocklist', '--enable-gpu-compositing'],
} as const
/** The fragment loop's length: a frame of a few ms of software GPU time, and one of about 150 ms. */
const loads = { light: 8, heavy: 200 } as const
const canvases = ['page', 'worker'] as const

interface Sample {
  fps: number
  mainMsPerFrame: number
  /** The thread that draws (the page's main thread or the worker): its longest busy stretch (traced event), wall ms. */
  drawingLongestTaskMs: number
  /** Its synchronous read-back of the canvas for the compositor, wall ms per frame. */
  drawingReadBackMsPerFrame: number
}

await build({ configFile: false, root: join(import.meta.dirname, 'canvasFloor'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
const served = await serveStatic(outDir, root)
const samples = new Map<string, { compositor: string; load: string; canvas: string; list: Sample[] }>()
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [compositor, args] of Object.entries(compositors)) {
      const browser = await launch(args)
      try {
        for (const [load, work] of Object.entries(loads)) {
          for (const canvas of canvases) {
            const key = `${compositor} ${load} ${canvas}`
            const sample = await measure(browser, served.url, canvas, work)
            const entry = samples.get(key) ?? { compositor, load, canvas, list: [] }
            entry.list.push(sample)
            samples.set(key, entry)
            console.error(`[floor] round ${round}/${rounds} ${key}: ${JSON.stringify(sample)}`)
          }
        }
      } finally {
        await browser.close()
      }
    }
  }
} finally {
  await served.close()
}

const summary = [...samples.values()].map(({ compositor, load, canvas, list }) => {
  const pick = (field: keyof Sample) => round2(median(list.map((sample) => sample[field])))
  return { compositor, load, canvas, fps: pick('fps'), mainMsPerFrame: pick('mainMsPerFrame'), drawingLongestTaskMs: pick('drawingLongestTaskMs'), drawingReadBackMsPerFrame: pick('drawingReadBackMsPerFrame'), samples: list }
})
console.log('compositor  frame  canvas   fps    main ms/frame  drawing thread: longest task ms, read-back ms/frame')
for (const row of summary) {
  console.log(`${row.compositor.padEnd(10)}  ${row.load.padEnd(5)}  ${row.canvas.padEnd(6)}  ${row.fps.toFixed(1).padStart(5)}  ${row.mainMsPerFrame.toFixed(2).padStart(13)}  ${row.drawingLongestTaskMs.toFixed(1).padStart(8)}  ${row.drawingReadBackMsPerFrame.toFixed(2).padStart(8)}`)
}
writeFileSync(join(import.meta.dirname, 'canvas-floor.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds, summary }, null, 2)}\n`)
process.exit(0)

async function measure(browser: Browser, url: string, canvas: (typeof canvases)[number], work: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(`${url}?canvas=${canvas}&work=${work}`)
    await page.waitForFunction(() => (window.__canvasFloor?.frames ?? 0) > 0, undefined, { timeout: 30_000 })
    await page.waitForTimeout(SETTLE_MS)
    const counters = await openMainThreadCounters(page)
    const tracing: CDPSession = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    tracing.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
    await tracing.send('Tracing.start', { categories: 'toplevel,gpu', transferMode: 'ReportEvents' })
    const readFrames = () => page.evaluate(() => window.__canvasFloor?.frames ?? 0)
    const [start, frames0, t0] = [await readMainThread(counters), await readFrames(), Date.now()]
    await page.waitForTimeout(MEASURE_MS)
    const [end, frames1, t1] = [await readMainThread(counters), await readFrames(), Date.now()]
    const complete = new Promise<void>((done) => tracing.once('Tracing.tracingComplete', () => done()))
    await tracing.send('Tracing.end')
    await complete
    const frames = frames1 - frames0
    const drawing = threadEvents(events, canvas === 'worker' ? 'DedicatedWorker' : 'CrRendererMain')
    const readBack = drawing.filter((event) => event.name === 'GLES2::ReadPixels').reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0)
    return {
      fps: (frames * 1000) / (t1 - t0),
      mainMsPerFrame: perFrame(start, end, frames).totalMs,
      // The outermost event is the task: a worker's frame commit runs outside its scheduler's tasks.
      drawingLongestTaskMs: Math.max(0, ...drawing.map((event) => (event.dur ?? 0) / 1000)),
      drawingReadBackMsPerFrame: frames > 0 ? readBack / frames : Number.NaN,
    }
  } finally {
    await context.close()
  }
}

/** One thread's complete events, found by its name's beginning. */
function threadEvents(events: TraceEvent[], name: string): TraceEvent[] {
  const thread = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && String(event.args?.name ?? '').startsWith(name))
  if (!thread) throw new Error(`no ${name} thread in the trace`)
  return events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
