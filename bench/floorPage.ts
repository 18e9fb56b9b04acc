import { join } from 'node:path'
import type { Browser, CDPSession } from 'playwright-core'
import { build } from 'vite'
import { root } from './build'
import { openMainThreadCounters, perFrame, readMainThread } from './mainThread'
import type { TraceEvent } from './traceSelfTime'

/**
 * The canvas floor's page (bench/canvasFloor): one WebGL canvas drawn every animation frame with
 * one triangle and no library, by the page or by a worker. What it costs the page's main thread
 * per frame is what any page drawing a canvas that size pays before its own work: `npm run bench`
 * measures it beside both globes, `npm run bench:floor` across compositing modes.
 */
export const FLOOR_OUT_DIR = join(root, 'out', 'bench-canvas-floor')

export type FloorCanvas = 'page' | 'worker'

/** The fragment loop's length (draw.ts): a frame of a few ms of software GPU time, and one of about 150 ms. */
export const FLOOR_LOADS = { light: 8, heavy: 200 } as const

export interface FloorSample {
  fps: number
  mainMsPerFrame: number
  /** The thread that draws (the page's main thread or the worker): its longest busy stretch (traced event), wall ms. */
  drawingLongestTaskMs: number
  /** Its synchronous read-back of the canvas for the compositor, wall ms per frame. */
  drawingReadBackMsPerFrame: number
}

export interface FloorOptions {
  canvas: FloorCanvas
  /** The fragment loop's length (FLOOR_LOADS). */
  work: number
  /** The canvas's size in CSS px (the page runs at a device pixel ratio of 1). */
  width: number
  height: number
  settleMs: number
  measureMs: number
}

export async function buildFloorPage(): Promise<void> {
  await build({ configFile: false, root: join(import.meta.dirname, 'canvasFloor'), base: './', logLevel: 'warn', build: { outDir: FLOOR_OUT_DIR, emptyOutDir: true } })
}

/** One sample of the floor page in a fresh context of `browser`, counted as the bench counts a globe's frames. */
export async function measureFloorPage(browser: Browser, url: string, options: FloorOptions): Promise<FloorSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(`${url}?canvas=${options.canvas}&work=${options.work}&w=${options.width}&h=${options.height}`)
    await page.waitForFunction(() => (window.__canvasFloor?.frames ?? 0) > 0, undefined, { timeout: 30_000 })
    await page.waitForTimeout(options.settleMs)
    const counters = await openMainThreadCounters(page)
    const tracing: CDPSession = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    tracing.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
    await tracing.send('Tracing.start', { categories: 'toplevel,gpu', transferMode: 'ReportEvents' })
    const readFrames = () => page.evaluate(() => window.__canvasFloor?.frames ?? 0)
    const [start, frames0, t0] = [await readMainThread(counters), await readFrames(), Date.now()]
    await page.waitForTimeout(options.measureMs)
    const [end, frames1, t1] = [await readMainThread(counters), await readFrames(), Date.now()]
    const complete = new Promise<void>((done) => tracing.once('Tracing.tracingComplete', () => done()))
    await tracing.send('Tracing.end')
    await complete
    const frames = frames1 - frames0
    const drawing = threadEvents(events, options.canvas === 'worker' ? 'DedicatedWorker' : 'CrRendererMain')
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
