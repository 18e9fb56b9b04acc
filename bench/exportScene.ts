import { collectPageErrors, openOfflineContext } from './offlineContext'
import type { Annotation } from '../src/shared/annotations/schema'
import { launch } from './measure'
import { median } from './stats'

/**
 * The "export" scene: InfraGlobe with three annotations exports its view at
 * 3840×2160 (render at that size, read back, compose title, legend, labels,
 * annotations and footer, encode the PNG with its metadata), timed inside
 * the page by the app's own probe. globe.gl has no export of its own to
 * compare with (a screenshot of its canvas is neither sized nor annotated).
 */
export const EXPORT_SCENE = 'export 3840x2160'
/** The 4K export target: a presenter waits for it in front of a class. */
export const EXPORT_BUDGET_MS = 800
export const EXPORT_SIZE = { width: 3840, height: 2160 } as const

/** Three annotations of the three kinds, placed where the opening view shows them. */
export const benchAnnotations: Annotation[] = [
  { id: 'bench-callout', type: 'callout', colour: 'yellow', size: 'medium', anchor: { kind: 'geo', lat: 50.11, lon: 8.68 }, text: 'Frankfurt: eu-central-1' },
  { id: 'bench-pin', type: 'pin', colour: 'cyan', size: 'medium', anchor: { kind: 'geo', lat: 40.71, lon: -74.0 }, text: 'New York' },
  {
    id: 'bench-arrow',
    type: 'arrow',
    colour: 'magenta',
    size: 'medium',
    from: { kind: 'geo', lat: 51.5, lon: -0.12 },
    to: { kind: 'geo', lat: 38.9, lon: -77.0 },
    text: 'Across the Atlantic',
  },
]

export interface ExportSample {
  ms: number
  render: number
  compose: number
  encode: number
  bytes: number
}

interface ProbeAnswer {
  width: number
  height: number
  ms: number
  stages: { render: number; compose: number; encode: number }
  base64: string
}

/**
 * Opens the app once, adds the annotations, then exports `runs` times. The
 * first export (shader and font warm-up, as after any app start) counts in
 * the median like the others, and is also reported on its own.
 */
export async function measureExport(url: string, runs: number, localStorage: Record<string, string>) {
  const browser = await launch()
  try {
    const { context, blockedRequests } = await openOfflineContext(browser, { localStorage })
    const page = await context.newPage()
    const pageErrors = collectPageErrors(page)
    await page.goto(url)
    await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, { timeout: 90_000 })
    await page.waitForTimeout(2_000)
    await page.evaluate((annotations) => {
      const probe = window.__infraglobe as unknown as { replaceAnnotations(a: unknown): void }
      probe.replaceAnnotations(annotations)
    }, benchAnnotations)
    await page.waitForTimeout(1_000)

    const samples: ExportSample[] = []
    let first: ExportSample | null = null
    for (let run = 0; run < runs; run += 1) {
      const answer = await page.evaluate(async (size) => {
        const probe = window.__infraglobe as unknown as { exportPng(o: unknown): Promise<ProbeAnswer> }
        const result = await probe.exportPng({ size: { kind: 'fixed', ...size }, title: 'AWS global infrastructure' })
        return { ...result, bytes: result.base64.length * 0.75, base64: '' }
      }, EXPORT_SIZE)
      if (answer.width !== EXPORT_SIZE.width || answer.height !== EXPORT_SIZE.height) {
        throw new Error(`the export came out ${answer.width}x${answer.height}`)
      }
      const sample = { ms: answer.ms, ...answer.stages, bytes: Math.round(answer.bytes) }
      if (run === 0) first = sample
      samples.push(sample)
    }
    const round = (n: number) => Math.round(n)
    const medianMs = median(samples.map((s) => s.ms))
    return {
      runs,
      medianMs: round(medianMs),
      budgetMs: EXPORT_BUDGET_MS,
      withinBudget: medianMs < EXPORT_BUDGET_MS,
      medianStagesMs: {
        render: round(median(samples.map((s) => s.render))),
        compose: round(median(samples.map((s) => s.compose))),
        encode: round(median(samples.map((s) => s.encode))),
      },
      firstExportMs: first ? round(first.ms) : null,
      pngBytes: samples[0]?.bytes ?? null,
      samples: samples.map((s) => ({ ms: round(s.ms), render: round(s.render), compose: round(s.compose), encode: round(s.encode) })),
      blockedRequests,
      pageErrors,
    }
  } finally {
    await browser.close()
  }
}
