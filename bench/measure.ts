import { collectPageErrors, openOfflineContext } from './offlineContext'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium'
import { chunkLoads, type ChunkReport } from './chunks'
import { heapSummary, type HeapSummary } from './heap'
import { openMainThreadCounters, perFrame, readMainThread, type MainThreadPerFrame } from './mainThread'
import type { BenchProbe } from './probe'
import { waitForRest } from './rest'

export interface AppUnderTest {
  url: string
  /** The window property holding the page's probe (frames, drawCalls, setAutoRotateSpeed). */
  probeGlobal: string
  /** The element whose size is the globe's drawing area. */
  globeSelector: string
  /** Entries put in the page's localStorage before its scripts run (stored settings). */
  localStorage?: Record<string, string>
  /** The system's reduced-motion preference, as the page's media queries see it. */
  reducedMotion?: 'reduce' | 'no-preference'
  /** Gzip sizes of the build's scripts by file name: the sample then lists which loaded when. */
  chunkSizes?: Map<string, number>
  /** After the turn: fly the camera to this view (InfraGlobe's probe) and count the frames once it rests. */
  flyTo?: { lat: number; lon: number; distance: number }
  /** After the turn: press this key on this element (a year step) and count the frames once it rests. */
  /** A key pressed on an element after the fly-to (in the side panel's `tab`, opened first when given), and the frames counted after it. */
  keyStep?: { tab?: string; selector: string; key: string }
  /** Take a heap snapshot after load and summarise it (slow; for `--only heap`). */
  heapSnapshot?: boolean
}

export interface Timing {
  settleMs: number
  idleMs: number
  rotateWarmupMs: number
  rotateMs: number
  rotateDegreesPerSecond: number
  /** When set, frames are counted again for this long after the turn stops (and a pause to settle). */
  idleAfterTurnMs?: number
  /**
   * The idle window opens once the page has drawn no frame for this long (its opening motion,
   * such as the latency arcs' flow, is over), or at `restCapMs` after ready if it never rests.
   */
  restQuietMs: number
  restCapMs: number
}

export interface Sample {
  /** Navigation start to the first frame with the regions drawn (the page sets sceneReady). */
  readyMs: number
  /** Frames rendered per second while the globe turns. */
  rotateFps: number
  /** Frames rendered in `idleMs` with nothing moving. */
  idleFrames: number
  /**
   * Milliseconds after ready by which the page drew its last frame before it rested (to the
   * polling's 100 ms, an upper bound when it was already at rest); NaN when it never rested
   * within `restCapMs`.
   */
  restedByMs: number
  /** Frames rendered in `idleAfterTurnMs` once the turn has stopped; NaN when not measured. */
  idleFramesAfterTurn: number
  /** Main-thread time per frame while turning (thread time, CDP counters). */
  mainThread: MainThreadPerFrame
  /** Frames rendered once a fly-to has ended, as idleFramesAfterTurn; NaN when not measured. */
  idleFramesAfterFlyTo: number
  /** Frames rendered once a year step has been drawn; NaN when not measured. */
  idleFramesAfterKeyStep: number
  /** Where the heap goes, when asked for. */
  heap?: HeapSummary
  /** Which scripts loaded when; absent unless the app gave its chunk sizes. */
  chunks?: ChunkReport
  /** Draw calls of the last frame while turning. */
  drawCalls: number
  /** JS heap in use after load and a forced garbage collection. */
  jsHeapUsedBytes: number
  globeSize: { width: number; height: number }
  /** Requests that tried to leave the machine (aborted). */
  blockedRequests: string[]
  pageErrors: string[]
}

interface ProbeReading {
  frames: number
  drawCalls: number
  at: number
}

/** Loads one app in a fresh headless Chromium and measures it; the browser is closed after. */
export async function measure(app: AppUnderTest, timing: Timing): Promise<Sample> {
  const browser = await launch()
  try {
    const { context, blockedRequests } = await openOfflineContext(browser, {
      ...(app.localStorage ? { localStorage: app.localStorage } : {}),
      reducedMotion: app.reducedMotion ?? 'no-preference',
    })
    // Stamps the moment the page declares its first complete frame, relative to navigation start.
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.documentElement?.dataset.sceneReady === 'true') {
          ;(window as unknown as { __benchReadyAt?: number }).__benchReadyAt = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scene-ready'] })
    })

    const page = await context.newPage()
    const pageErrors = collectPageErrors(page, { consoleErrors: true })

    await page.goto(app.url)
    await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, {
      timeout: 90_000,
      polling: 100,
    })
    const readyMs = await page.evaluate(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt ?? NaN)
    const box = await page.locator(app.globeSelector).first().boundingBox()
    const globeSize = { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) }

    await page.waitForTimeout(timing.settleMs)
    const jsHeapUsedBytes = await heapUsed(page)
    const heap = app.heapSnapshot ? await heapSummary(page) : undefined

    // A run that counts no idle frames (a quick load) does not wait for the page to rest.
    const rest = { quietMs: timing.restQuietMs, capMs: timing.restCapMs, pollMs: 100 }
    const restedByMs =
      timing.idleMs > 0
        ? await waitForRest(() => read(page, app.probeGlobal), (ms) => page.waitForTimeout(ms), readyMs, rest)
        : Number.NaN
    const idleStart = await read(page, app.probeGlobal)
    await page.waitForTimeout(timing.idleMs)
    const idleEnd = await read(page, app.probeGlobal)

    const counters = await openMainThreadCounters(page)
    await setRotation(page, app.probeGlobal, timing.rotateDegreesPerSecond)
    await page.waitForTimeout(timing.rotateWarmupMs)
    const turnStart = await read(page, app.probeGlobal)
    const threadStart = await readMainThread(counters)
    await page.waitForTimeout(timing.rotateMs)
    const turnEnd = await read(page, app.probeGlobal)
    const threadEnd = await readMainThread(counters)
    await setRotation(page, app.probeGlobal, 0)
    await counters.detach()

    // Frames drawn in idleAfterTurnMs once a move has settled (the camera's damping eases a turn out).
    const idleAfter = async (): Promise<number> => {
      await page.waitForTimeout(timing.settleMs)
      const start = await read(page, app.probeGlobal)
      await page.waitForTimeout(timing.idleAfterTurnMs ?? 0)
      return (await read(page, app.probeGlobal)).frames - start.frames
    }
    const idleFramesAfterTurn = timing.idleAfterTurnMs ? await idleAfter() : Number.NaN
    let idleFramesAfterFlyTo = Number.NaN
    if (timing.idleAfterTurnMs && app.flyTo) {
      await page.evaluate(async ([name, view]) => {
        const probe = (window as unknown as Record<string, { flyTo?(v: unknown): Promise<void> } | undefined>)[name]
        if (!probe?.flyTo) throw new Error(`window.${name}.flyTo is missing`)
        await probe.flyTo(view)
      }, [app.probeGlobal, app.flyTo] as const)
      idleFramesAfterFlyTo = await idleAfter()
    }
    let idleFramesAfterKeyStep = Number.NaN
    if (timing.idleAfterTurnMs && app.keyStep) {
      const { tab, selector, key } = app.keyStep
      if (tab) {
        await page.getByRole('tab', { name: tab, exact: true }).click()
        // The view is a chunk of its own: fetched on need, and then the panel settles before the step.
        await page.locator(selector).first().waitFor({ timeout: 30_000 })
        await page.waitForTimeout(timing.settleMs)
      }
      await page.locator(selector).first().press(key)
      idleFramesAfterKeyStep = await idleAfter()
    }
    const chunks = app.chunkSizes ? await chunkLoads(page, readyMs, app.chunkSizes) : undefined

    return {
      readyMs,
      rotateFps: ((turnEnd.frames - turnStart.frames) * 1000) / (turnEnd.at - turnStart.at),
      idleFrames: idleEnd.frames - idleStart.frames,
      restedByMs,
      idleFramesAfterTurn,
      idleFramesAfterFlyTo,
      idleFramesAfterKeyStep,
      mainThread: perFrame(threadStart, threadEnd, turnEnd.frames - turnStart.frames),
      ...(chunks ? { chunks } : {}),
      ...(heap ? { heap } : {}),
      drawCalls: turnEnd.drawCalls,
      jsHeapUsedBytes,
      globeSize,
      blockedRequests,
      pageErrors,
    }
  } finally {
    await browser.close()
  }
}

/** The bench's headless Chromium; `args` replaces its switches (bench/canvasFloor.ts compares compositing modes). */
export function launch(args: readonly string[] = chromiumArgs): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...args] })
}

async function read(page: Page, probeGlobal: string): Promise<ProbeReading> {
  const reading = await page.evaluate((name) => {
    const probe = (window as unknown as Record<string, BenchProbe | undefined>)[name]
    return probe ? { frames: probe.frames, drawCalls: probe.drawCalls, at: performance.now() } : null
  }, probeGlobal)
  if (!reading) throw new Error(`window.${probeGlobal} (the page's probe) is missing`)
  return reading
}

async function setRotation(page: Page, probeGlobal: string, degreesPerSecond: number): Promise<void> {
  await page.evaluate(
    ([name, speed]) => {
      const probe = (window as unknown as Record<string, BenchProbe | undefined>)[name]
      if (!probe) throw new Error(`window.${name} is missing`)
      probe.setAutoRotateSpeed(speed)
    },
    [probeGlobal, degreesPerSecond] as const,
  )
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  await session.detach()
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')
  if (!used) throw new Error('Chromium reported no JSHeapUsedSize')
  return used.value
}

/** The browser and its WebGL implementation, for the record. */
export async function describeBrowser(): Promise<{ chromium: string; webgl: string }> {
  const browser = await launch()
  try {
    const page = await browser.newPage()
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      if (!gl) return 'no WebGL2'
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    })
    return { chromium: browser.version(), webgl }
  } finally {
    await browser.close()
  }
}
