import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

/** A point in CSS pixels, viewport coordinates; `visible` is false behind the globe or off screen. */
export interface ScreenPoint {
  x: number
  y: number
  visible: boolean
}

/** The read-only probe the app puts on `window.__infraglobe` (UI contract). */
export interface GlobeProbe {
  frames: number
  drawCalls: number
  regionScreenPosition(code: string): ScreenPoint | null
  setAutoRotateSpeed?(degreesPerSecond: number): void
  /** Where the user's pin was drawn; null without a location. */
  userLocationScreenPosition?(): ScreenPoint | null
  /** Where a point on the globe's surface lies on screen now. */
  screenPositionOf?(lat: number, lon: number): ScreenPoint | null
  /** Codes of the region markers drawn in the last frame. */
  shownRegions?(): string[]
  /** The time-lapse step whose reach surface the last frame drew; null while none. */
  reachDrawn?(): string | null
  /** The region labels the last frame drew into the canvas: text lines, colour, box in viewport px. */
  labels?(): DrawnLabelReport[]
  /** The layers' labels the last frame drew into the canvas (link RTTs, the pin's, the places' names): their text. */
  layerLabels?(): string[]
  /** Work the globe has started and not drawn yet (the land after the first frame); 0 once the picture is complete. */
  pendingWork?(): number
}

export interface DrawnLabelReport {
  code: string
  lines: string[]
  colour: string
  tone: 'plain' | 'hovered' | 'selected'
  side: 'right' | 'left'
  opacity: number
  left: number
  top: number
  width: number
  height: number
}

declare global {
  interface Window {
    __infraglobe?: GlobeProbe
  }
}

/** Opens the web edition and waits until the first frame with region markers is on screen. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await waitForSceneReady(page)
}

export async function waitForSceneReady(page: Page, timeout = 60_000): Promise<void> {
  try {
    await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, {
      timeout,
      polling: 200,
    })
  } catch (error) {
    const loadError = page.getByTestId('load-error')
    const explanation = (await loadError.count())
      ? `the app showed a load error instead of the globe: ${await loadError.innerText()}`
      : `the scene never reported sceneReady within ${timeout} ms`
    throw new Error(explanation, { cause: error })
  }
}

const missingProbe = 'window.__infraglobe (the globe probe) is missing'

export async function renderedFrames(page: Page): Promise<number> {
  const frames = await page.evaluate(() => window.__infraglobe?.frames ?? null)
  if (frames === null) throw new Error(missingProbe)
  return frames
}

/**
 * The text of the layers' labels the last frame drew (link RTTs, the pin's, the places' names),
 * one label per line: they are pixels of the canvas, so the probe reports them.
 */
export async function drawnLayerLabelText(page: Page): Promise<string> {
  const answer = await page.evaluate(() => window.__infraglobe?.layerLabels?.() ?? null)
  if (answer === null) throw new Error(missingProbe)
  return answer.join('\n')
}

export async function regionPosition(page: Page, code: string): Promise<ScreenPoint | null> {
  const answer = await page.evaluate((c) => {
    const probe = window.__infraglobe
    return probe ? { point: probe.regionScreenPosition(c) } : null
  }, code)
  if (!answer) throw new Error(missingProbe)
  return answer.point
}

export async function regionPositions(page: Page, codes: readonly string[]): Promise<Map<string, ScreenPoint>> {
  const answer = await page.evaluate((wanted) => {
    const probe = window.__infraglobe
    return probe ? wanted.map((code) => [code, probe.regionScreenPosition(code)] as const) : null
  }, codes)
  if (!answer) throw new Error(missingProbe)
  const positions = new Map<string, ScreenPoint>()
  for (const [code, point] of answer) if (point) positions.set(code, point)
  return positions
}

/**
 * Waits until the globe stops rendering (no new frame for `quietMs`) with
 * nothing left to draw (the probe's pendingWork: the land after the first
 * frame): animations have finished and the picture is complete.
 */
export async function waitForStillness(page: Page, quietMs = 800, timeout = 30_000): Promise<number> {
  const deadline = Date.now() + timeout
  let last = await renderedFrames(page)
  let quietSince = Date.now()
  while (Date.now() < deadline) {
    await page.waitForTimeout(150)
    const now = await renderedFrames(page)
    if (now !== last) {
      last = now
      quietSince = Date.now()
    } else if (Date.now() - quietSince >= quietMs && (await pendingWork(page)) === 0) {
      return now
    }
  }
  throw new Error(`the globe was still rendering after ${timeout} ms (frame ${last}, pending work ${await pendingWork(page)})`)
}

async function pendingWork(page: Page): Promise<number> {
  const pending = await page.evaluate(() => (window.__infraglobe ? (window.__infraglobe.pendingWork?.() ?? 0) : null))
  if (pending === null) throw new Error(missingProbe)
  return pending
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export async function globeBox(page: Page): Promise<Box> {
  const box = await page.getByTestId('globe').boundingBox()
  if (!box) throw new Error('the globe element has no box on screen')
  return box
}

/** Distance from the globe element's centre, as a fraction of its smaller side. */
/** Zooms in as a person would: the mouse wheel over the globe's centre, a few notches, then waits until it is still. */
export async function zoomInAtCentre(page: Page, notches = 4): Promise<void> {
  const box = await globeBox(page)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let step = 0; step < notches; step += 1) {
    await page.mouse.wheel(0, -240)
    await page.waitForTimeout(100)
  }
  await waitForStillness(page)
}

export function offCentre(point: { x: number; y: number }, box: Box): number {
  const dx = point.x - (box.x + box.width / 2)
  const dy = point.y - (box.y + box.height / 2)
  return Math.hypot(dx, dy) / Math.min(box.width, box.height)
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png for a person to look at. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(testInfo.project.outputDir, 'screenshots', `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

/** The pin's position and a surface point's, read in the same task so the camera cannot move between them. */
export async function pinAndPoint(
  page: Page,
  lat: number,
  lon: number,
): Promise<{ pin: ScreenPoint | null; point: ScreenPoint | null }> {
  const answer = await page.evaluate(
    ([la, lo]) => {
      const probe = window.__infraglobe
      if (!probe?.userLocationScreenPosition || !probe.screenPositionOf) return null
      return { pin: probe.userLocationScreenPosition(), point: probe.screenPositionOf(la, lo) }
    },
    [lat, lon] as const,
  )
  if (!answer) throw new Error(`${missingProbe}, or lacks userLocationScreenPosition / screenPositionOf`)
  return answer
}

export async function surfacePosition(page: Page, lat: number, lon: number): Promise<ScreenPoint | null> {
  return (await pinAndPoint(page, lat, lon)).point
}

/** Pixels between the pin and a surface point on screen; infinite without a pin. */
export async function pinDistanceFrom(page: Page, lat: number, lon: number): Promise<number> {
  const { pin, point } = await pinAndPoint(page, lat, lon)
  if (!pin || !point) return Number.POSITIVE_INFINITY
  return Math.hypot(pin.x - point.x, pin.y - point.y)
}

/** True where the topmost element at a viewport point is the globe's canvas (no label or panel on top). */
export async function canvasAt(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', point)
}

export async function drawCalls(page: Page): Promise<number> {
  const calls = await page.evaluate(() => window.__infraglobe?.drawCalls ?? null)
  if (calls === null) throw new Error(missingProbe)
  return calls
}
