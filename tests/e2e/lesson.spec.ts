import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { showPanelTab } from './support/latency'
import { globeBox, openApp, renderedFrames, saveScreenshot, waitForStillness } from './support/scene'
import { loadBuiltInLesson } from './support/lesson'

interface View {
  lat: number
  lon: number
  distance: number
}

async function cameraView(page: Page): Promise<View> {
  const view = await page.evaluate(() => (window.__infraglobe as unknown as { cameraView(): View | null }).cameraView())
  if (!view) throw new Error('the probe reports no camera')
  return view
}

function degreesApart(a: View, b: View): number {
  const r = Math.PI / 180
  const cos = Math.sin(a.lat * r) * Math.sin(b.lat * r) + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((a.lon - b.lon) * r)
  return Math.acos(Math.min(1, Math.max(-1, cos))) / r
}

const builtin = JSON.parse(
  readFileSync(new URL('../../assets/lessons/aws-global-infrastructure.infraglobe.json', import.meta.url), 'utf8'),
) as { scenes: { camera: View }[] }

const sceneTitles = (page: Page) => page.getByTestId('scene-title').allInnerTexts()

async function addScene(page: Page, title: string, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Add current view' }).click()
  await page.getByLabel('Scene title').fill(title)
  await page.getByLabel('Caption').fill(caption)
  await page.getByRole('button', { name: 'Add scene' }).click()
}

async function openLessonFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open lesson…' }).click()
  await (await chooser).setFiles(path)
}

async function saveLesson(page: Page, path: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save lesson…' }).click()
  const file = await download
  await file.saveAs(path)
  return file.suggestedFilename()
}

test.describe('lessons', () => {
  // Cuts instead of flights: the globe is still as soon as a scene is shown.
  test.use({ reducedMotion: 'reduce' })

  test('a scene round-trips through save and open', async ({ page }, testInfo) => {
    test.setTimeout(180_000)
    await openApp(page)
    await showPanelTab(page, 'Lesson')
    await page.getByLabel('Lesson title').fill('Round trip')
    await addScene(page, 'The Atlantic', 'The first view.')

    // A second view: turn the globe, select a region, switch the network layer off.
    await page.getByTestId('globe').focus()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
    await waitForStillness(page)
    await showPanelTab(page, 'Regions')
    await page.locator('[data-testid="region-row"][data-code="ap-northeast-1"]').click()
    await waitForStillness(page)
    await showPanelTab(page, 'Latency')
    await page.getByRole('checkbox', { name: 'Network (schematic)' }).setChecked(false)
    const secondView = await cameraView(page)
    await showPanelTab(page, 'Lesson')
    await addScene(page, 'Tokyo', 'Selected, with the network off.')

    const first = testInfo.outputPath('first.infraglobe.json')
    expect(await saveLesson(page, first)).toBe('round-trip.infraglobe.json')
    const saved = JSON.parse(await readFile(first, 'utf8')) as { scenes: { camera: View; selectedCode: string | null; layers: Record<string, boolean> }[] }
    expect(saved.scenes).toHaveLength(2)
    const [a, b] = saved.scenes
    expect(degreesApart(a!.camera, b!.camera)).toBeGreaterThan(10)
    expect(degreesApart(b!.camera, secondView)).toBeLessThan(0.01)
    expect(b!.selectedCode).toBe('ap-northeast-1')
    expect(b!.layers.network).toBe(false)

    // Change everything, then open the saved file.
    await page.getByRole('button', { name: 'Delete “Tokyo”' }).click()
    await page.getByRole('button', { name: 'Delete “The Atlantic”' }).click()
    await page.getByLabel('Lesson title').fill('Something else')
    await expect(page.getByTestId('scene-item')).toHaveCount(0)
    await openLessonFile(page, first)
    await expect(page.getByRole('status').filter({ hasText: 'Opened “first.infraglobe.json”: 2 scenes.' })).toBeVisible()
    expect(await sceneTitles(page)).toEqual(['The Atlantic', 'Tokyo'])
    await expect(page.getByLabel('Lesson title')).toHaveValue('Round trip')

    // Saved again, the file is the same byte for byte.
    const second = testInfo.outputPath('second.infraglobe.json')
    await saveLesson(page, second)
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'))

    // Going to the first scene brings its view back.
    await page.getByRole('button', { name: 'Show scene 1: The Atlantic' }).click()
    await waitForStillness(page)
    expect(degreesApart(await cameraView(page), a!.camera)).toBeLessThan(0.01)
    expect((await cameraView(page)).distance).toBeCloseTo(a!.camera.distance, 3)
  })

  test('a lesson file of a newer format is refused with a message, and the current lesson stays', async ({ page }, testInfo) => {
    await openApp(page)
    await showPanelTab(page, 'Lesson')
    await loadBuiltInLesson(page)
    const before = await sceneTitles(page)
    expect(before.length).toBeGreaterThanOrEqual(8)

    const future = testInfo.outputPath('future.infraglobe.json')
    await writeFile(future, JSON.stringify({ format: 'infraglobe-lesson', version: 99, title: 'From the future', scenes: [] }))
    await openLessonFile(page, future)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('format 99')
    await expect(alert).toContainText('reads formats up to 3')
    await expect(alert).toContainText('Nothing was changed.')
    expect(await sceneTitles(page)).toEqual(before)
  })
})

test.describe('presenter mode', () => {
  test('F5 presents the built-in lesson; PageDown flies to the next scene and changes the caption; then the globe idles', async ({ page }, testInfo) => {
    // Software WebGL on a shared machine: several flights and full-window frames take their time.
    test.setTimeout(180_000)
    await openApp(page)
    await showPanelTab(page, 'Lesson')
    await loadBuiltInLesson(page)
    await page.locator('body').click({ position: { x: 5, y: 5 } })

    await page.keyboard.press('F5')
    const caption = page.getByTestId('presenter-caption')
    await expect(caption).toContainText('AWS Regions around the world')
    await expect(page.getByTestId('presenter-progress')).toHaveText(/^1 \/ \d+$/)
    await waitForStillness(page)
    const start = await cameraView(page)

    await page.keyboard.press('PageDown')
    await expect(caption).toContainText('Why regions exist')
    await expect(page.getByTestId('presenter-progress')).toHaveText(/^2 \/ \d+$/)
    // The flight takes a moment: frames are drawn while it moves…
    const framesAtStart = await renderedFrames(page)
    const still = await waitForStillness(page)
    expect(still).toBeGreaterThan(framesAtStart)
    const arrived = await cameraView(page)
    expect(degreesApart(arrived, builtin.scenes[1]!.camera)).toBeLessThan(0.05)
    expect(degreesApart(arrived, start)).toBeGreaterThan(10)
    // …and none once it has arrived.
    await page.waitForTimeout(1000)
    expect(await renderedFrames(page)).toBe(still)

    // The globe fills the window; panels and footer are gone; the caption is large.
    await expect(page.locator('.side-panel')).toBeHidden()
    await expect(page.getByTestId('data-footer')).toBeHidden()
    const viewport = page.viewportSize()!
    const box = await globeBox(page)
    expect(box.width).toBeGreaterThan(viewport.width * 0.98)
    expect(box.height).toBeGreaterThan(viewport.height * 0.98)
    const fontPx = await caption.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
    expect(fontPx).toBeGreaterThanOrEqual(viewport.height * 0.03)
    await saveScreenshot(page, testInfo, 'presenter-why-regions')

    // The arrow keys step scenes while presenting; they do not turn the globe.
    // First "How AWS grew": the time-lapse's years, shown over the globe, then today.
    for (const year of ['2006', '2011', '2016', '2021']) {
      await page.keyboard.press('ArrowRight')
      await expect(caption).toContainText(`How AWS grew: ${year}`)
      await expect(page.getByTestId('year-badge')).toContainText(year)
    }
    await page.keyboard.press('ArrowRight')
    await expect(caption).toContainText('How AWS grew: today')
    await expect(page.getByTestId('year-badge')).toHaveCount(0)
    await page.keyboard.press('ArrowRight')
    await expect(caption).toContainText('Factor 1: compliance')
    await page.keyboard.press('ArrowRight')
    await expect(caption).toContainText('Factor 2: proximity')
    // The latency arcs' dashes flow (motion is not reduced here): time for the flight, not stillness.
    await page.waitForTimeout(2500)
    await saveScreenshot(page, testInfo, 'presenter-proximity')
    await page.keyboard.press('PageUp')
    await expect(caption).toContainText('Factor 1: compliance')

    await page.keyboard.press('Escape')
    await expect(page.getByTestId('presenter')).toHaveCount(0)
    await expect(page.locator('.side-panel')).toBeVisible()
  })
})
