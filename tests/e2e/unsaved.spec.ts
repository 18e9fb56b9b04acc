import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { showPanelTab } from './support/latency'
import { openApp, saveScreenshot, waitForSceneReady } from './support/scene'

/** The web edition's draft in localStorage (src/renderer/platform/webDrafts.ts). */
const DRAFT_KEY = 'infraglobe.lesson-draft.v1'

const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)

/**
 * Whether leaving the page would make the browser ask now: a before-unload event the page cancels.
 * (Checked without leaving, so that one real reload is enough for the test.)
 */
const asksBeforeLeaving = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  })
const sceneTitles = (page: Page) => page.getByTestId('scene-title').allInnerTexts()
const unsavedMark = (page: Page) => page.getByRole('heading', { name: /^Lesson.*unsaved changes/ })

test.describe('unsaved lessons', () => {
  test.use({ reducedMotion: 'reduce' })

  test('leaving with unsaved changes asks first, the draft comes back after the reload, and a save ends both', async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.accept()
    })

    await openApp(page)
    await showPanelTab(page, 'Lesson')
    await expect(unsavedMark(page)).toHaveCount(0)
    expect(await asksBeforeLeaving(page)).toBe(false)
    await page.getByLabel('Lesson title').fill('Unsaved work')
    await page.getByRole('button', { name: 'Add current view' }).click()
    await page.getByLabel('Scene title').fill('Frankfurt')
    await page.getByLabel('Caption').fill('Where the draft starts.')
    await page.getByRole('button', { name: 'Add scene' }).click()
    await expect(unsavedMark(page)).toBeVisible()
    await expect.poll(() => asksBeforeLeaving(page)).toBe(true)
    // The first draft is written at once; later ones at most every few seconds, and when the page goes.
    await expect.poll(() => storedDraft(page)).toContain('Frankfurt')

    // The browser asks before the reload; accepting it reloads.
    await page.reload()
    await waitForSceneReady(page)
    expect(dialogs).toEqual(['beforeunload'])

    const offer = page.getByTestId('draft-offer')
    await expect(offer).toContainText('Restore the lesson you were working on?')
    await expect(offer).toContainText(/“Unsaved work”, 1 scene, saved today at \d\d:\d\d\./)
    await saveScreenshot(page, testInfo, 'draft-offer')
    // The README's picture: the lower half of the globe, with the offer beside the legend.
    const area = await page.locator('.globe-area').boundingBox()
    if (!area) throw new Error('the globe area is not on screen')
    const half = Math.round(area.height / 2)
    await page.screenshot({
      path: join(testInfo.project.outputDir, 'screenshots', 'draft-offer-globe.png'),
      clip: { x: area.x, y: area.y + area.height - half, width: area.width, height: half },
    })

    await offer.getByRole('button', { name: 'Restore' }).click()
    await expect(offer).toHaveCount(0)
    await expect(page.getByRole('tab', { name: 'Lesson', exact: true })).toHaveAttribute('aria-selected', 'true')
    expect(await sceneTitles(page)).toEqual(['Frankfurt'])
    await expect(page.getByLabel('Lesson title')).toHaveValue('Unsaved work')
    await expect(page.getByTestId('lesson-status')).toContainText('Restored “Unsaved work”, 1 scene')
    await expect(unsavedMark(page)).toBeVisible()
    expect(await asksBeforeLeaving(page)).toBe(true)

    // Saving ends the unsaved state: no draft is kept, and leaving asks nothing.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save lesson…' }).click()
    expect((await download).suggestedFilename()).toBe('unsaved-work.infraglobe.json')
    await expect(unsavedMark(page)).toHaveCount(0)
    await expect.poll(() => storedDraft(page)).toBeNull()
    await expect.poll(() => asksBeforeLeaving(page)).toBe(false)
    expect(dialogs).toEqual(['beforeunload'])
  })
})
