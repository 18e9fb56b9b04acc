import type { CDPSession, Page } from 'playwright-core'

/**
 * Main-thread work of a page, from Chromium's own counters (CDP Performance.getMetrics) in
 * thread time: the CPU the renderer's main thread spent, so another process on the machine
 * does not inflate it the way wall time would. What limits the frame rate on a machine with a
 * real GPU.
 */
export interface MainThreadTotals {
  /** Every main-thread task: script, style, layout, paint, compositing set-up, GC. Seconds. */
  task: number
  script: number
  style: number
  layout: number
}

/** Per rendered frame, milliseconds. */
export interface MainThreadPerFrame {
  totalMs: number
  scriptMs: number
  styleMs: number
  layoutMs: number
  /** Paint, compositing set-up, GC and the rest of the task time. */
  otherMs: number
}

export async function openMainThreadCounters(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable', { timeDomain: 'threadTicks' })
  return session
}

export async function readMainThread(session: CDPSession): Promise<MainThreadTotals> {
  const { metrics } = await session.send('Performance.getMetrics')
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN
  return {
    task: value('TaskDuration'),
    script: value('ScriptDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
  }
}

export function perFrame(start: MainThreadTotals, end: MainThreadTotals, frames: number): MainThreadPerFrame {
  const ms = (key: keyof MainThreadTotals) => (frames > 0 ? ((end[key] - start[key]) * 1000) / frames : Number.NaN)
  const totalMs = ms('task')
  const scriptMs = ms('script')
  const styleMs = ms('style')
  const layoutMs = ms('layout')
  return { totalMs, scriptMs, styleMs, layoutMs, otherMs: totalMs - scriptMs - styleMs - layoutMs }
}
