/**
 * Where the time to InfraGlobe's first frame goes (the bench's regions
 * scene): a Chromium trace from navigation to data-scene-ready, the main
 * thread's events summed by self time, the longest tasks in order, and with
 * --js the JavaScript functions with the most self time.
 *
 * `npx tsx bench/profileStart.ts [outDir] [--js]` (run `npm run build:web` first).
 */
import { resolve } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { regionsOnlySettings, SETTINGS_KEY } from './arcsScene'
import { launch } from './measure'
import { openOfflineContext } from './offlineContext'
import { serveStatic } from './serve'
import { selfTimeByName } from './traceSelfTime'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfile; timeDeltas?: number[] } }
}
interface CpuProfile {
  nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }[]
  samples?: number[]
  timeDeltas?: number[]
}

const sampled = process.argv.includes('--js')
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'blink.user_timing', 'loading', 'gpu', 'disabled-by-default-gpu.service', 'viz', 'cc', ...(sampled ? ['disabled-by-default-v8.cpu_profiler'] : [])].join(',')
const outDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'out/web')

const served = await serveStatic(outDir, process.cwd())
const browser = await launch()
try {
  const { context } = await openOfflineContext(browser, { localStorage: { [SETTINGS_KEY]: JSON.stringify(regionsOnlySettings) } })
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.documentElement?.dataset.sceneReady === 'true') {
        performance.mark('scene-ready')
        observer.disconnect()
      }
    })
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scene-ready'] })
  })
  const page = await context.newPage()
  const session: CDPSession = await context.newCDPSession(page)
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  await page.goto(served.url)
  await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, { timeout: 90_000, polling: 10 })
  const readyPerf = await page.evaluate(() => performance.now())
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()))
  await session.send('Tracing.end')
  await complete
  report(events, readyPerf, served.url)
} finally {
  await browser.close()
  await served.close()
}

function report(events: TraceEvent[], readyPerf: number, url: string): void {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  // The page's renderer: the main thread that ran the served page's scripts.
  let best: TraceEvent | undefined
  let bestCount = -1
  for (const m of mains) {
    const mine = events.filter((e) => e.pid === m.pid && e.tid === m.tid)
    const n = mine.some((e) => String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(url)) ? mine.length : 0
    if (n > bestCount) {
      best = m
      bestCount = n
    }
  }
  if (!best) throw new Error('no main thread in the trace')
  const main = best
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
  const self = selfTimeByName(onMain, 'wall')
  const t0 = onMain[0]?.ts ?? 0
  console.log(`ready polled at ${readyPerf.toFixed(0)} ms (performance.now)`)
  for (const mark of events.filter((e) => e.name === 'scene-ready')) console.log(`scene-ready mark at ${((mark.ts - t0) / 1000).toFixed(0)} on the trace's clock`)
  console.log('main thread self time (wall ms), top 25:')
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`)
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  console.log('\ntasks ≥ 15 ms in order (start from first event, wall ms, what runs inside):')
  for (const task of tasks) {
    const ms = (task.dur ?? 0) / 1000
    if (ms < 15) continue
    const inner = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e !== task && ['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FireAnimationFrame', 'TimerFire', 'ParseHTML', 'v8.compile', 'RunMicrotasks', 'EventDispatch', 'GPUTask', 'ResourceReceivedData'].includes(e.name))
    const labels = inner.slice(0, 4).map((e) => {
      const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined
      return `${e.name}${d?.type ? ':' + d.type : ''}${d?.functionName ? ' ' + d.functionName : ''}${d?.url ? ' ' + String(d.url).split('/').pop() : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`
    })
    console.log(`${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ${ms.toFixed(0).padStart(5)}  ${labels.join(' | ')}`)
  }
  for (const task of tasks) {
    if ((task.dur ?? 0) / 1000 < 150) continue
    console.log(`\ninside the task at ${((task.ts - t0) / 1000).toFixed(0)} (events ≥ 3 ms):`)
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && (e.dur ?? 0) >= 3000)
    const open: TraceEvent[] = []
    for (const e of inside) {
      while (open.length && (open[open.length - 1] as TraceEvent).ts + ((open[open.length - 1] as TraceEvent).dur ?? 0) <= e.ts) open.pop()
      const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined
      console.log(`${'  '.repeat(open.length)}${((e.ts - t0) / 1000).toFixed(0)} ${((e.dur ?? 0) / 1000).toFixed(1)} ${e.name}${d?.functionName ? ' ' + d.functionName : ''}${d?.type ? ':' + d.type : ''}`)
      open.push(e)
    }
  }
  const gpuNames = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /Gpu|Viz|Compositor/.test(String(e.args?.name)))
  for (const thread of gpuNames) {
    const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && (e.dur ?? 0) >= 20000)
    if (!on.length) continue
    console.log(`\n${String(thread.args?.name)} (pid ${thread.pid}) events ≥ 20 ms:`)
    for (const e of on.slice(0, 40)) console.log(`${((e.ts - t0) / 1000).toFixed(0).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(7)} ${e.name} ${JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 100)}`)
  }
  if (!sampled) return
  const nodes = new Map<number, string>()
  const counts = new Map<string, number>()
  let total = 0
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue
    const profile = e.args?.data?.cpuProfile
    for (const node of profile?.nodes ?? []) nodes.set(node.id, `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').pop() ?? ''}:${node.callFrame.lineNumber}`)
    for (const sample of profile?.samples ?? []) {
      const name = nodes.get(sample) ?? String(sample)
      counts.set(name, (counts.get(name) ?? 0) + 1)
      total++
    }
  }
  console.log(`\nV8 samples: ${total}; top self functions`)
  for (const [name, count] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * count) / total).toFixed(1).padStart(6)}%  ${name}`)
}
