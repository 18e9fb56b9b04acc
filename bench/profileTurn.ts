/**
 * Where the main thread's time goes while InfraGlobe's globe turns (the
 * bench's regions scene): a Chromium trace of a few seconds of turning,
 * the main thread's events summed by self time and grouped (script, style,
 * layout, paint, compositing set-up, GPU readback), plus the JavaScript
 * functions with the most self time from the V8 sampler. Per rendered frame.
 *
 * `npx tsx bench/profileTurn.ts [outDir] [arcs] [--js]` (--js adds the V8 sampler, which slows the page; PROFILE_TURN_MS sets how long it turns, 4000 unless set) (builds nothing: run `npm run build:web` first).
 */
import { resolve } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { regionsOnlySettings, SETTINGS_KEY } from './arcsScene'
import { launch } from './measure'
import { openOfflineContext } from './offlineContext'
import { serveStatic } from './serve'
import { selfTimeByName, type TraceEvent } from './traceSelfTime'

const sampled = process.argv.includes('--js')
// The V8 sampler costs the main thread a lot: the event breakdown is read from a run without it.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'gpu', 'cc', ...(sampled ? ['disabled-by-default-v8.cpu_profiler'] : [])].join(',')

const outDir = resolve(process.argv[2] ?? 'out/web')
const arcs = process.argv.includes('arcs')
const turnMs = Number(process.env.PROFILE_TURN_MS ?? 4000)

const served = await serveStatic(outDir, process.cwd())
const browser = await launch()
try {
  const settings = arcs ? { ...regionsOnlySettings, layers: { ...regionsOnlySettings.layers, network: true, latencyArcs: true } } : regionsOnlySettings
  const { context } = await openOfflineContext(browser, { localStorage: { [SETTINGS_KEY]: JSON.stringify(settings) } })
  const page = await context.newPage()
  await page.goto(served.url)
  await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, { timeout: 90_000 })
  await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 6000))
  await page.evaluate(() => window.__infraglobe?.setAutoRotateSpeed?.(20))
  await page.waitForTimeout(1500)
  const session: CDPSession = await context.newCDPSession(page)
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
  const frames0 = await page.evaluate(() => window.__infraglobe?.frames ?? 0)
  if (sampled) {
    await session.send('Profiler.enable')
    await session.send('Profiler.setSamplingInterval', { interval: 200 })
    await session.send('Profiler.start')
    await page.waitForTimeout(turnMs)
    const { profile } = await session.send('Profiler.stop')
    const frames = (await page.evaluate(() => window.__infraglobe?.frames ?? 0)) - frames0
    reportProfile(profile as unknown as FullProfile, frames)
  } else {
    await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
    await page.waitForTimeout(turnMs)
    const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()))
    await session.send('Tracing.end')
    await complete
    const frames = (await page.evaluate(() => window.__infraglobe?.frames ?? 0)) - frames0
    report(events, frames)
  }
  await page.evaluate(() => window.__infraglobe?.setAutoRotateSpeed?.(0))
} finally {
  await browser.close()
  await served.close()
}

function report(events: TraceEvent[], frames: number): void {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('no main thread in the trace')
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
  const self = selfTimeByName(onMain, 'thread')
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  const taskMs = tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0)
  console.log(`frames ${frames} in ${turnMs} ms (${((frames * 1000) / turnMs).toFixed(1)} fps); main-thread tasks ${(taskMs / frames).toFixed(2)} ms/frame (thread time)`)
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)
  for (const [name, ms] of rows) console.log(`${(ms / frames).toFixed(3).padStart(8)} ms/frame  ${name}`)
  // Which script entry points run: each FunctionCall and animation-frame/timer/event callback, inclusive.
  const entries = new Map<string, { ms: number; n: number }>()
  for (const e of onMain) {
    if (!['FunctionCall', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.run', 'ParseHTML'].includes(e.name)) continue
    const data = (e.args as { data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } } | undefined)?.data
    const key = `${e.name} ${data?.type ?? ''}${data?.functionName ?? ''} ${(data?.url ?? '').split('/').pop() ?? ''}:${data?.lineNumber ?? ''}`
    const entry = entries.get(key) ?? { ms: 0, n: 0 }
    entry.ms += (e.tdur ?? e.dur ?? 0) / 1000
    entry.n++
    entries.set(key, entry)
  }
  console.log('\nentry points (inclusive ms/frame, calls/frame):')
  for (const [key, entry] of [...entries.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
    console.log(`${(entry.ms / frames).toFixed(3).padStart(8)}  ${(entry.n / frames).toFixed(2).padStart(6)}  ${key}`)
  }

  // The V8 sampler's profile chunks: self samples per function.
  const nodes = new Map<number, { name: string }>()
  const counts = new Map<string, number>()
  let total = 0
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue
    const profile = e.args?.data?.cpuProfile
    for (const node of profile?.nodes ?? []) {
      const frame = node.callFrame
      nodes.set(node.id, { name: `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber}` })
    }
    for (const sample of profile?.samples ?? []) {
      const name = nodes.get(sample)?.name ?? String(sample)
      counts.set(name, (counts.get(name) ?? 0) + 1)
      total++
    }
  }
  console.log(`\nV8 samples: ${total}; top self functions (share of samples)`)
  for (const [name, count] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${((100 * count) / total).toFixed(1).padStart(6)}%  ${name}`)
  }
}

interface FullProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Self and inclusive time per function (wall time of the samples), per frame. */
function reportProfile(profile: FullProfile, frames: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const name = (id: number) => {
    const frame = (byId.get(id) as FullProfile['nodes'][number]).callFrame
    return `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber}`
  }
  const selfMs = new Map<string, number>()
  const totalMs = new Map<string, number>()
  for (let k = 0; k < profile.samples.length; k++) {
    const ms = (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k] ?? 0) / 1000
    const id = profile.samples[k] as number
    selfMs.set(name(id), (selfMs.get(name(id)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = name(at)
      if (seen.has(n)) continue
      seen.add(n)
      totalMs.set(n, (totalMs.get(n) ?? 0) + ms)
    }
  }
  console.log(`frames ${frames}; JS sampler, ms per frame`)
  console.log('self:')
  for (const [n, ms] of [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(`${(ms / frames).toFixed(3).padStart(8)}  ${n}`)
  console.log('inclusive:')
  for (const [n, ms] of [...totalMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(ms / frames).toFixed(3).padStart(8)}  ${n}`)
}
