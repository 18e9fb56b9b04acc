import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { serveStatic } from '../../bench/serve'
import type { Dataset } from '../../src/shared/dataset/schema'
import type { Scene } from '../../src/shared/lesson/schema'
import { useAnnotationStore } from '../../src/renderer/annotations/annotationStore'
import { applySceneState } from '../../src/renderer/lesson/sceneState'
import { sceneSubject } from '../../src/renderer/lesson/sceneSubject'
import { useAppStore } from '../../src/renderer/state/store'
import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium'
import { waitForSceneReady, waitForStillness } from '../../tests/e2e/support/scene'

/*
 * Every scene of the built-in lesson, presented at the three screen sizes a
 * classroom meets, photographed for a person to look at and checked for
 * what a machine can tell: the scene's subject inside the part of the
 * screen the caption and the legend leave free, nothing overflowing the
 * window, the toolbar and the presenter's controls on one row.
 *
 *   npm run build:web && npm run shots:scenes
 *
 * Writes test-results/scenes/<width>x<height>/<nn>-<scene-id>.png, prints a
 * table and exits non-zero when a check fails. Not part of `npm test`: 54
 * shots in software WebGL take minutes.
 */

const root = resolve(import.meta.dirname, '../..')
const outDir = join(root, 'test-results', 'scenes')
const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const

/** Pixels a subject's marker keeps from the edge of the free area (the marker's own radius and a hair). */
const EDGE_PX = 6

interface Place {
  lat: number
  lon: number
}

interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

interface Shot {
  size: string
  scene: string
  /** Subject points, or 0 for a scene about the whole footprint. */
  subject: number
  /** Subject points outside the free area, each with why. */
  outside: string[]
  legend: 'full' | 'folded' | 'none'
  overflow: string | null
  toolbarRows: number
  controlsRows: number
}

const lesson = JSON.parse(readFileSync(join(root, 'assets/lessons/aws-global-infrastructure.infraglobe.json'), 'utf8')) as { scenes: Scene[] }
const dataset = JSON.parse(readFileSync(join(root, 'assets/data/infrastructure.json'), 'utf8')) as Dataset

/** Each scene's subject as the app defines it (its own sceneSubject over the scene's state). */
function subjects(): Place[][] {
  useAppStore.getState().setDataset(dataset)
  return lesson.scenes.map((scene) => {
    applySceneState(scene)
    return sceneSubject(useAppStore.getState(), useAnnotationStore.getState().annotations).points
  })
}

/** Rows a set of buttons takes: distinct vertical middles, 8 px apart or more. */
function rowsOf(middles: number[]): number {
  const rows: number[] = []
  for (const m of middles.sort((a, b) => a - b)) if (!rows.length || m - rows[rows.length - 1]! >= 8) rows.push(m)
  return rows.length
}

async function buttonMiddles(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((buttons) =>
    buttons
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => r.top + r.height / 2),
  )
}

async function layoutFacts(page: Page): Promise<{ overflow: string | null; caption: Rect | null; legend: Rect | null; legendFolded: boolean; canvas: Rect; viewport: Rect }> {
  // No named function inside: tsx would wrap it in a helper the page does not have.
  const found = await page.evaluate(() =>
    ['[data-testid="presenter-caption"]', '[data-testid="legend"]', '[data-testid="globe"] canvas'].map((selector) => {
      const r = document.querySelector(selector)?.getBoundingClientRect()
      return r && r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null
    }),
  )
  const rest = await page.evaluate(() => {
    const doc = document.documentElement
    const w = window.innerWidth
    const h = window.innerHeight
    const over: string[] = []
    for (const [name, e] of [['document', doc], ['body', document.body]] as const) {
      if (e.scrollWidth > w) over.push(`${name} ${e.scrollWidth} px wide`)
      if (e.scrollHeight > h) over.push(`${name} ${e.scrollHeight} px tall`)
    }
    return { over, w, h, folded: document.querySelector('[data-testid="legend"]')?.classList.contains('legend--folded') ?? false }
  })
  const [caption, legend, canvas] = found
  const viewport = { left: 0, top: 0, right: rest.w, bottom: rest.h }
  return {
    overflow: rest.over.length ? rest.over.join(', ') : null,
    caption: caption ?? null,
    legend: legend ?? null,
    legendFolded: rest.folded,
    canvas: canvas ?? viewport,
    viewport,
  }
}

/** Why a subject point on screen is not inside the free area, or null when it is. */
function whyOutside(at: { x: number; y: number; visible: boolean } | null, caption: Rect | null, legend: Rect | null, canvas: Rect): string | null {
  if (!at || !at.visible) return 'behind the globe or off screen'
  if (at.x < canvas.left + EDGE_PX || at.x > canvas.right - EDGE_PX || at.y < canvas.top + EDGE_PX || at.y > canvas.bottom - EDGE_PX) return 'at the edge of the view'
  if (caption && at.y > caption.top - EDGE_PX) return 'under the caption'
  const hit = (r: Rect): boolean => at.x > r.left - EDGE_PX && at.x < r.right + EDGE_PX && at.y > r.top - EDGE_PX && at.y < r.bottom + EDGE_PX
  if (legend && hit(legend)) return 'under the legend'
  return null
}

async function shootSize(page: Page, size: (typeof sizes)[number], places: Place[][]): Promise<Shot[]> {
  const label = `${size.width}x${size.height}`
  mkdirSync(join(outDir, label), { recursive: true })
  await waitForSceneReady(page)
  const hint = page.getByTestId('first-run-hint')
  if (await hint.count()) await hint.getByRole('button', { name: 'Got it' }).click()
  await waitForStillness(page)
  const toolbarRows = rowsOf(await buttonMiddles(page, '[role="toolbar"][aria-label="Globe tools"] button'))
  await page.keyboard.press('F5')
  const shots: Shot[] = []
  for (const [index, scene] of lesson.scenes.entries()) {
    if (index > 0) await page.keyboard.press('PageDown')
    await page.getByTestId('presenter-caption').getByText(scene.title, { exact: true }).waitFor()
    // Software WebGL on a shared machine: a reach surface can take a while.
    await waitForStillness(page, 800, 90_000)
    const facts = await layoutFacts(page)
    const subject = places[index] ?? []
    const points = await page.evaluate((ps) => ps.map((p) => window.__infraglobe?.screenPositionOf?.(p.lat, p.lon) ?? null), subject)
    const outside: string[] = []
    points.forEach((at, i) => {
      const why = whyOutside(at, facts.caption, facts.legend, facts.canvas)
      if (why) outside.push(`${subject[i]!.lat.toFixed(1)},${subject[i]!.lon.toFixed(1)} ${why}`)
    })
    const nn = String(index + 1).padStart(2, '0')
    console.error(`${label} ${nn}-${scene.id}`)
    await page.screenshot({ path: join(outDir, label, `${nn}-${scene.id}.png`) })
    shots.push({
      size: label,
      scene: `${nn}-${scene.id}`,
      subject: subject.length,
      outside,
      legend: facts.legend ? (facts.legendFolded ? 'folded' : 'full') : 'none',
      overflow: facts.overflow,
      toolbarRows,
      controlsRows: rowsOf(await buttonMiddles(page, '.presenter__controls button')),
    })
  }
  await page.keyboard.press('Escape')
  return shots
}

function failures(shot: Shot): string[] {
  const problems = [...shot.outside]
  if (shot.overflow) problems.push(`overflow: ${shot.overflow}`)
  if (shot.toolbarRows !== 1) problems.push(`toolbar on ${shot.toolbarRows} rows`)
  if (shot.controlsRows > 1) problems.push(`presenter controls on ${shot.controlsRows} rows`)
  return problems
}

function printTable(shots: Shot[]): number {
  const rows = shots.map((s) => {
    const problems = failures(s)
    return [s.size, s.scene, s.subject ? String(s.subject) : 'footprint', s.legend, s.overflow ? 'yes' : 'no', String(s.toolbarRows), problems.length ? `FAIL ${problems.join('; ')}` : 'ok']
  })
  const head = ['size', 'scene', 'subject', 'legend', 'overflow', 'toolbar rows', 'result']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(r[i]!.length, i === 6 ? 200 : 40))))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const row of rows) console.log(line(row))
  const failed = rows.filter((r) => r[6] !== 'ok').length
  console.log(`\n${shots.length - failed} of ${shots.length} shots pass; screenshots in ${outDir}`)
  return failed
}

async function main(): Promise<void> {
  const places = subjects()
  const served = await serveStatic(join(root, 'out', 'web'), root)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  const shots: Shot[] = []
  try {
    for (const size of sizes) {
      // Reduced motion: each scene is a cut, so the globe is still as soon as it is shown.
      const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', timezoneId: 'UTC' })
      const page = await context.newPage()
      await page.goto(served.url)
      shots.push(...(await shootSize(page, size, places)))
      await context.close()
    }
  } finally {
    await browser.close()
    await served.close()
  }
  if (printTable(shots) > 0) process.exitCode = 1
}

await main()
