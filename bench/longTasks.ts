import type { CDPSession, Page } from 'playwright-core'

/**
 * The page's long main-thread tasks, from a Chromium trace, each split into
 * the time the main thread waited for the GPU to finish a frame and the
 * rest. With software WebGL (SwiftShader) and software compositing, each
 * frame's commit reads the canvas back on the main thread (GLES2::ReadPixels
 * in the trace) and so waits for the whole frame to rasterise: a wait a
 * machine with a GPU does not have, and not work of the page. The rest
 * (script, style, layout, paint, messages from workers) is what the page
 * itself blocks the main thread with.
 */
export interface LongTask {
  /** Wall time of the task, ms. */
  ms: number
  /** Of which waiting for the GPU's frame (readback of the canvas), ms. */
  gpuWaitMs: number
  /** ms - gpuWaitMs. */
  ownMs: number
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

const CATEGORIES = ['disabled-by-default-devtools.timeline', 'gpu'].join(',')

export interface LongTaskRecorder {
  stop(): Promise<LongTask[]>
}

/** Starts a trace of the page; stop() returns the main thread's tasks over `thresholdMs`, longest first. */
export async function recordLongTasks(page: Page, thresholdMs = 50): Promise<LongTaskRecorder> {
  const session: CDPSession = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()))
      await session.send('Tracing.end')
      await complete
      await session.detach()
      return longTasksOf(events, thresholdMs)
    },
  }
}

export function longTasksOf(events: readonly TraceEvent[], thresholdMs: number): LongTask[] {
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  if (!main) return []
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
  const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > thresholdMs * 1000)
  const waits = onMain.filter((event) => event.name === 'GLES2::ReadPixels')
  return tasks
    .map((task) => {
      const end = task.ts + (task.dur ?? 0)
      const waited = waits.filter((wait) => wait.ts >= task.ts && wait.ts < end).reduce((sum, wait) => sum + (wait.dur ?? 0), 0)
      const ms = (task.dur ?? 0) / 1000
      const gpuWaitMs = waited / 1000
      return { ms, gpuWaitMs, ownMs: ms - gpuWaitMs }
    })
    .sort((a, b) => b.ms - a.ms)
}
