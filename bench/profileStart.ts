/**
 * Where the time to InfraGlobe's first frame goes (the bench's regions
 * scene, or with --everything its everything scene): a Chromium trace from navigation to data-scene-ready, the main
 * thread's events summed by self time, the longest tasks in order, and with
 * --js the JavaScript functions with the most self and inclusive time before
 * the scene-ready mark.
 *
 * `npx tsx bench/profileStart.ts [outDir] [--everything] [--js [--callees-of='name file:line']]` (run `npm run build:web`
 * first; an unminified build, `INFRAGLOBE_WEB_OUT=dir npx vite build --config vite.web.config.ts --minify false`,
 * gives the functions their names).
 */
import { resolve } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { everythingSettings, regionsOnlySettings, SETTINGS_KEY } from './arcsScene'
import { launch } from './measure'
import { openOfflineContext } from './offlineContext'
import { serveStatic } from './serve'
import { selfTimeByName, type TraceEvent } from './traceSelfTime'

const sampled = process.argv.includes('--js')
/** With --js, `--callees-of='name file:line'` (as the lists print it) also lists what that function calls. */
const calleesOf = process.argv.find((a) => a.startsWith('--callees-of='))?.slice('--callees-of='.length)
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'blink.user_timing', 'loading', 'gpu', 'disabled-by-default-gpu.service', 'viz', 'cc', ...(sampled ? ['disabled-by-default-v8.cpu_profiler'] : [])].join(',')
const outDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'out/web')
/** `--everything`: the bench's everything scene (every layer stored on) instead of the regions alone. */
const settings = process.argv.includes('--everything') ? everythingSettings : regionsOnlySettings

const served = await serveStatic(outDir, process.cwd())
const browser = await launch()
try {
  const { context } = await openOfflineContext(browser, { localStorage: { [SETTINGS_KEY]: JSON.stringify(settings) } })
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
  // The V8 sampler's samples up to the scene-ready mark (what the first frame waits for), by function.
  const readyAt = events.find((e) => e.name === 'scene-ready')?.ts ?? Number.POSITIVE_INFINITY
  const profileStart = events.find((e) => e.name === 'Profile' && e.pid === main.pid)
  let at = (profileStart?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0
  const nodes = new Map<number, { name: string; parent?: number }>()
  const samples: { ms: number; stack: string[] }[] = []
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue
    const profile = e.args?.data?.cpuProfile
    const deltas = e.args?.data?.timeDeltas ?? []
    for (const node of profile?.nodes ?? []) {
      const frame = node.callFrame
      const name = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber}`
      nodes.set(node.id, { name, ...(node.parent !== undefined ? { parent: node.parent } : {}) })
    }
    ;(profile?.samples ?? []).forEach((sample, k) => {
      at += deltas[k] ?? 0
      if (at > readyAt) return
      const stack: string[] = []
      for (let id: number | undefined = sample; id !== undefined; id = nodes.get(id)?.parent) stack.push(nodes.get(id)?.name ?? String(id))
      samples.push({ ms: (deltas[k] ?? 0) / 1000, stack })
    })
  }
  const add = (map: Map<string, number>, name: string, ms: number) => map.set(name, (map.get(name) ?? 0) + ms)
  const selfMs = new Map<string, number>()
  const totalMs = new Map<string, number>()
  const calleeMs = new Map<string, number>()
  for (const { ms, stack } of samples) {
    add(selfMs, stack[0] ?? '?', ms)
    for (const name of new Set(stack)) add(totalMs, name, ms)
    // The stack runs from the sampled function to the root: the callee is the frame just before the caller asked for.
    const callerAt = calleesOf ? stack.indexOf(calleesOf) : -1
    if (callerAt > 0) add(calleeMs, stack[callerAt - 1] as string, ms)
  }
  const top = (map: Map<string, number>, n: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
  console.log('\nJavaScript before the scene-ready mark (V8 sampler, wall ms), self:')
  for (const [name, ms] of top(selfMs, 30)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`)
  console.log('inclusive:')
  for (const [name, ms] of top(totalMs, Number(process.env.TOP ?? 40))) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`)
  if (!calleesOf) return
  console.log(`what ${calleesOf} calls (inclusive):`)
  for (const [name, ms] of top(calleeMs, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`)
}
