import { collectPageErrors, openOfflineContext } from './offlineContext'
import type { Settings } from '../src/shared/settings/schema'
import { SETTINGS_KEY, regionsOnlySettings } from './arcsScene'
import { recordLongTasks, type LongTask } from './longTasks'
import { launch } from './measure'
import { median } from './stats'

/**
 * The "time-lapse" scene: how long a year change takes to reach the screen,
 * with the reach layer off and on, and what the reach worker costs. Timed in
 * the page: from the slider's input event to the first animation frame whose
 * probe reports the year's markers (and, with reach on, that year's reach
 * surface) drawn. With reach on, every year is visited twice: the first
 * pass may wait for the worker (cold), the second draws from the cache.
 * Long tasks (PerformanceObserver "longtask", over 50 ms) are recorded
 * throughout: a first computation must not block the page for longer.
 */
export const TIME_LAPSE_SCENE = 'time-lapse'
/** A cached year shows within this (issue 12). */
export const YEAR_STEP_BUDGET_MS = 100
/** No main-thread task longer than this while a year is first computed. */
export const LONG_TASK_BUDGET_MS = 50

interface StepAnswer {
  ms: number
  longTasks: number[]
}

const withReach = (on: boolean): Settings => ({ ...regionsOnlySettings, layers: { ...regionsOnlySettings.layers, reach: on } })

/** One page, one pass over the steps (2006 → as-of year → announced) from today; returns each step's time. */
async function pass(page: import('@playwright/test').Page, reach: boolean): Promise<{ step: string; ms: number; longTasks: number[] }[]> {
  const max = Number(await page.getByRole('slider', { name: 'Year' }).getAttribute('max'))
  const results: { step: string; ms: number; longTasks: number[] }[] = []
  for (let index = 0; index <= max; index += 1) {
    const answer = await page.evaluate(
      ({ index, reach }) =>
        new Promise<StepAnswer & { step: string }>((resolve, reject) => {
          const probe = window.__infraglobe as unknown as {
            frames: number
            shownRegions(): string[]
            reachDrawn(): string | null
          }
          const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')
          if (!slider) return reject(new Error('no year slider'))
          const longTasks: number[] = []
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push(entry.duration)
          })
          observer.observe({ type: 'longtask' })
          const before = probe.shownRegions().length
          const frames = probe.frames
          // React listens to the input event; the native setter makes it see a new value.
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
          const started = performance.now()
          setter?.call(slider, String(index))
          slider.dispatchEvent(new Event('input', { bubbles: true }))
          const step = slider.getAttribute('aria-valuetext') ?? ''
          const deadline = started + 120_000
          const check = () => {
            const now = performance.now()
            const label = slider.getAttribute('aria-valuetext') ?? ''
            const markersDrawn = probe.frames > frames || probe.shownRegions().length !== before
            const reachDrawn = !reach || probe.reachDrawn() === label.replace('Announced', 'announced')
            if (markersDrawn && reachDrawn) {
              observer.disconnect()
              resolve({ step: label, ms: now - started, longTasks })
            } else if (now > deadline) {
              observer.disconnect()
              reject(new Error(`step ${step} never drawn`))
            } else requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        }),
      { index, reach },
    )
    results.push(answer)
  }
  return results
}

/** Opens the app on the Time view with the reach layer on or off and steps through every year (twice with reach on). */
export async function measureTimeLapse(url: string) {
  const browser = await launch()
  const round = (n: number) => Math.round(n * 10) / 10
  try {
    const run = async (reach: boolean) => {
      const { context, blockedRequests } = await openOfflineContext(browser, {
        localStorage: { [SETTINGS_KEY]: JSON.stringify(withReach(reach)) },
        reducedMotion: 'reduce',
      })
      // tsx keeps function names with a __name helper that the page lacks: give it one.
      await context.addInitScript({ content: 'window.__name = (f) => f' })
      const page = await context.newPage()
      const pageErrors = collectPageErrors(page)
      await page.goto(url)
      await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, { timeout: 90_000 })
      await page.getByRole('tab', { name: 'Time', exact: true }).click()
      await page.waitForTimeout(1_000)
      const trace = reach ? await recordLongTasks(page, LONG_TASK_BUDGET_MS) : null
      const first = await pass(page, reach)
      const second = reach ? await pass(page, reach) : []
      const tracedTasks: LongTask[] = trace ? await trace.stop() : []
      const computeMs = reach
        ? await page.evaluate(
            (steps) => {
              const probe = window.__infraglobe as unknown as { reachComputeMs(step: string): number | null }
              return steps.map((step) => probe.reachComputeMs(step.replace('Announced', 'announced')))
            },
            first.map((r) => r.step),
          )
        : []
      await context.close()
      return { first, second, computeMs, tracedTasks, blockedRequests, pageErrors }
    }
    const off = await run(false)
    const on = await run(true)
    const cached = on.second.map((r) => r.ms)
    const computed = on.computeMs.filter((ms): ms is number => ms !== null)
    const longestTask = Math.max(0, ...on.first.flatMap((r) => r.longTasks), ...on.second.flatMap((r) => r.longTasks))
    const medianCached = median(cached)
    const longestOwn = Math.max(0, ...on.tracedTasks.map((task) => task.ownMs))
    return {
      steps: off.first.length,
      reachOff: { medianMs: round(median(off.first.map((r) => r.ms))), samples: off.first.map((r) => ({ step: r.step, ms: round(r.ms) })) },
      reachOnFirstPass: {
        medianMs: round(median(on.first.map((r) => r.ms))),
        samples: on.first.map((r) => ({ step: r.step, ms: round(r.ms), longestTaskMs: round(Math.max(0, ...r.longTasks)) })),
      },
      reachOnCached: { medianMs: round(medianCached), maxMs: round(Math.max(...cached)), samples: on.second.map((r) => ({ step: r.step, ms: round(r.ms) })) },
      workerComputeMs: {
        median: round(median(computed)),
        max: round(Math.max(...computed)),
        perStep: on.first.map((r, i) => ({ step: r.step, ms: on.computeMs[i] === null || on.computeMs[i] === undefined ? null : round(on.computeMs[i]!) })),
      },
      longestMainThreadTaskMs: round(longestTask),
      longTasksTraced: {
        count: on.tracedTasks.length,
        longestOwnMs: round(longestOwn),
        longest: on.tracedTasks.slice(0, 5).map((task) => ({ ms: round(task.ms), gpuWaitMs: round(task.gpuWaitMs), ownMs: round(task.ownMs) })),
      },
      budgets: { cachedYearStepMs: YEAR_STEP_BUDGET_MS, longTaskMs: LONG_TASK_BUDGET_MS },
      withinBudget: medianCached < YEAR_STEP_BUDGET_MS && longestOwn <= LONG_TASK_BUDGET_MS,
      blockedRequests: [...off.blockedRequests, ...on.blockedRequests],
      pageErrors: [...off.pageErrors, ...on.pageErrors],
    }
  } finally {
    await browser.close()
  }
}
