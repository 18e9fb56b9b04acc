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
import { chromiumArgs } from '../tests/e2e/support/chromium'
import { root } from './build'
import { buildFloorPage, FLOOR_LOADS, FLOOR_OUT_DIR, measureFloorPage, type FloorSample } from './floorPage'
import { launch } from './measure'
import { serveStatic } from './serve'
import { median } from './stats'
import { round } from './summary'

const rounds = Number(process.env.FLOOR_ROUNDS ?? 2)
/** InfraGlobe's globe at 1280×800 with the side panel open. */
const GLOBE_SIZE = { width: 780, height: 741 }
const SETTLE_MS = 2500
const MEASURE_MS = 4000

/** The bench's browser composites in software; the same browser with its GPU (SwiftShader) compositing. */
const compositors = {
  software: chromiumArgs,
  gpu: [...chromiumArgs.filter((arg) => arg !== '--disable-gpu'), '--ignore-gpu-blocklist', '--enable-gpu-compositing'],
} as const
const canvases = ['page', 'worker'] as const

await buildFloorPage()
const served = await serveStatic(FLOOR_OUT_DIR, root)
const samples = new Map<string, { compositor: string; load: string; canvas: string; list: FloorSample[] }>()
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [compositor, args] of Object.entries(compositors)) {
      const browser = await launch(args)
      try {
        for (const [load, work] of Object.entries(FLOOR_LOADS)) {
          for (const canvas of canvases) {
            const key = `${compositor} ${load} ${canvas}`
            const sample = await measureFloorPage(browser, served.url, { canvas, work, ...GLOBE_SIZE, settleMs: SETTLE_MS, measureMs: MEASURE_MS })
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
  const pick = (field: keyof FloorSample) => round(median(list.map((sample) => sample[field])))
  return { compositor, load, canvas, fps: pick('fps'), mainMsPerFrame: pick('mainMsPerFrame'), drawingLongestTaskMs: pick('drawingLongestTaskMs'), drawingReadBackMsPerFrame: pick('drawingReadBackMsPerFrame'), samples: list }
})
console.log('compositor  frame  canvas   fps    main ms/frame  drawing thread: longest task ms, read-back ms/frame')
for (const row of summary) {
  console.log(`${row.compositor.padEnd(10)}  ${row.load.padEnd(5)}  ${row.canvas.padEnd(6)}  ${row.fps.toFixed(1).padStart(5)}  ${row.mainMsPerFrame.toFixed(2).padStart(13)}  ${row.drawingLongestTaskMs.toFixed(1).padStart(8)}  ${row.drawingReadBackMsPerFrame.toFixed(2).padStart(8)}`)
}
writeFileSync(join(import.meta.dirname, 'canvas-floor.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds, summary }, null, 2)}\n`)
process.exit(0)
