import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { stepLabel, type TimelineStep } from '../../src/shared/timeline'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { showPanelTab } from './support/latency'
import { pixelDifference } from './support/pixels'
import { openApp, saveScreenshot, waitForStillness } from './support/scene'

const dataset = shippedDataset()
const launchedBy = (year: number) =>
  dataset.regions
    .filter((r) => r.status === 'available' && r.launchYear !== null && r.launchYear <= year)
    .map((r) => r.code)
    .sort()

const shownRegions = (page: Page) => page.evaluate(() => window.__infraglobe?.shownRegions?.().sort() ?? null)
const reachDrawn = (page: Page) => page.evaluate(() => window.__infraglobe?.reachDrawn?.() ?? null)
const yearShown = (page: Page) => page.getByTestId('year-shown')
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' })

/** The globe's pixels without the legend (which lists the reach bands only while the layer is on). */
async function globeShot(page: Page): Promise<Buffer> {
  const legend = page.getByTestId('legend')
  await legend.evaluate((element: HTMLElement) => (element.style.visibility = 'hidden'))
  try {
    return await page.getByTestId('globe').screenshot({ animations: 'disabled' })
  } finally {
    await legend.evaluate((element: HTMLElement) => (element.style.visibility = ''))
  }
}

async function goToYear(page: Page, year: TimelineStep): Promise<void> {
  await slider(page).focus()
  await page.keyboard.press('Home')
  const steps = year === 'announced' ? Number(await slider(page).getAttribute('max')) : year - 2006
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight')
  await expect(yearShown(page)).toHaveText(stepLabel(year))
}

test.describe('the time-lapse', () => {
  // No animation between years: the globe is still as soon as a year is shown.
  test.use({ reducedMotion: 'reduce' })

  test('2010 shows exactly the regions launched by then; Play advances the year; a scene keeps its year through save and open', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    await openApp(page)
    await showPanelTab(page, 'Time')
    await expect(yearShown(page)).toHaveText('Today')

    // Keys on the slider: Home is 2006, each → a year.
    await goToYear(page, 2010)
    const expected = launchedBy(2010)
    await expect.poll(() => shownRegions(page), { message: 'the markers drawn at 2010' }).toEqual(expected)
    await expect(page.getByTestId('count-line')).toContainText(`2010: ${expected.length} regions`)
    await expect(page.getByTestId('year-badge')).toContainText('2010')
    await page.keyboard.press('End')
    await expect(yearShown(page)).toHaveText('Announced')
    await page.keyboard.press('Home')
    await expect(yearShown(page)).toHaveText('2006')
    await expect.poll(() => shownRegions(page)).toEqual(launchedBy(2006))

    // The chooser stays on today's data and says so.
    await showPanelTab(page, 'Choose')
    await expect(page.getByTestId('today-notice')).toContainText('The globe shows 2006; the chooser uses today’s data')
    await showPanelTab(page, 'Time')

    // Play: about a second a year.
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await expect(yearShown(page)).toHaveText('2007', { timeout: 10_000 })
    await expect(yearShown(page)).toHaveText('2008', { timeout: 10_000 })
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    const paused = await yearShown(page).innerText()
    await page.waitForTimeout(2_500)
    await expect(yearShown(page)).toHaveText(paused)

    // A scene with a year survives save and open.
    await goToYear(page, 2014)
    await showPanelTab(page, 'Lesson')
    await page.getByLabel('Lesson title').fill('Growth')
    await page.getByRole('button', { name: 'Add current view' }).click()
    await page.getByLabel('Scene title').fill('Frankfurt opens')
    await page.getByLabel('Caption').fill('2014.')
    await page.getByRole('button', { name: 'Add scene' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save lesson…' }).click()
    const path = testInfo.outputPath('growth.infraglobe.json')
    await (await download).saveAs(path)
    const saved = JSON.parse(await readFile(path, 'utf8')) as { scenes: { year: unknown }[] }
    expect(saved.scenes.map((s) => s.year)).toEqual([2014])

    await showPanelTab(page, 'Time')
    await page.getByRole('button', { name: 'Back to today' }).click()
    await expect(yearShown(page)).toHaveText('Today')
    await showPanelTab(page, 'Lesson')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open lesson…' }).click()
    await (await chooser).setFiles(path)
    await page.getByRole('button', { name: 'Show scene 1: Frankfurt opens' }).click()
    await expect(page.getByTestId('year-badge')).toContainText('2014')
    await expect.poll(() => shownRegions(page)).toEqual(launchedBy(2014))
  })

  test('the reach layer colours the globe, follows the year, and shows its legend with the caveat', async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    await openApp(page)
    await showPanelTab(page, 'Time')
    await goToYear(page, 2016)
    await waitForStillness(page)
    const off = await globeShot(page)
    await page.getByRole('checkbox', { name: 'Reach' }).check()
    await expect.poll(() => reachDrawn(page), { timeout: 60_000, message: 'the reach of 2016 on the globe' }).toBe('2016')
    await waitForStillness(page)
    const on = await globeShot(page)
    const changed = await pixelDifference(page, off, on, { tolerance: 24 })
    console.log(`reach pixel evidence: ${JSON.stringify({ pixels: changed.width * changed.height, changed: changed.changed })}`)
    expect(changed.changed / (changed.width * changed.height)).toBeGreaterThan(0.05)

    const legend = page.getByTestId('legend')
    await expect(legend).toContainText('Reach (2016): estimated round trip to the nearest region')
    await expect(legend).toContainText('cross-validated')
    await expect(page.getByTestId('count-line')).toContainText(/% of city dwellers within 50 ms/, { timeout: 60_000 })
    await saveScreenshot(page, testInfo, 'time-lapse-reach-2016')

    // A year step redraws the surface of that year.
    await page.getByRole('button', { name: 'Previous year' }).click()
    await expect.poll(() => reachDrawn(page), { timeout: 60_000 }).toBe('2015')
    await expect(legend).toContainText('Reach (2015)')
  })

  test('the time-lapse exports as a WebM video', async ({ page }) => {
    test.setTimeout(120_000)
    await openApp(page)
    await showPanelTab(page, 'Time')
    await page.getByRole('button', { name: 'Export the time-lapse…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export the time-lapse' })
    // The range of years: From, then to.
    await dialog.locator('select').nth(0).selectOption({ label: '2024' })
    await dialog.locator('select').nth(1).selectOption({ label: '2025' })
    await expect(dialog).toContainText('(2 pictures)')
    await dialog.getByLabel('Seconds per year in the video').selectOption('0.5')
    const download = page.waitForEvent('download', { timeout: 90_000 })
    await dialog.getByRole('button', { name: 'Save the video (WebM)…' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.webm$/)
    const bytes = await readFile((await file.path())!)
    expect(bytes.byteLength).toBeGreaterThan(1_000)
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3])
    await expect(dialog.getByTestId('time-lapse-status')).toContainText('Saved the video')
  })
})
