import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { setLayer, showPanelTab } from './support/latency'
import { openApp, saveScreenshot, waitForSceneReady } from './support/scene'

/** The web edition's draft and settings in localStorage (src/renderer/platform/webDrafts.ts, webSettings.ts). */
const DRAFT_KEY = 'infraglobe.lesson-draft.v1'
const SETTINGS_KEY = 'infraglobe.settings.v1'

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

  test('leaving with unsaved changes asks first, the draft comes back with the recovery notice, a save ends both; a failed settings save is shown', async ({ page }, testInfo) => {
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

    // The browser asks before the page goes; accepting it loads the page again, the way the desktop
    // app's main process does after the page died (the reason in the address).
    await page.goto('/?recovered=crashed')
    await waitForSceneReady(page)
    expect(dialogs).toEqual(['beforeunload'])
    await expect(page.getByTestId('recovery-notice')).toContainText("InfraGlobe's page stopped (it crashed) and was reloaded.")
    // The reason leaves the address, so that a later reload does not show the notice again.
    await expect(page).not.toHaveURL(/recovered/)

    const offer = page.getByTestId('draft-offer')
    await expect(offer).toContainText('Restore the lesson you were working on?')
    await expect(offer).toContainText(/“Unsaved work”, 1 scene, saved today at \d\d:\d\d\./)
    const recovery = page.getByTestId('recovery-notice')
    await expect(recovery).toContainText('Any lesson you had not saved is offered back from its autosaved draft.')
    await recovery.getByRole('button', { name: 'Dismiss' }).click()
    await expect(recovery).toHaveCount(0)
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

    // A settings save that fails (the browser's storage full) says so over the globe until one works.
    const storageFull = (full: boolean) =>
      page.evaluate(
        ({ key, full }) => {
          const storage = Storage.prototype as Storage & { realSetItem?: Storage['setItem'] }
          storage.realSetItem ??= storage.setItem
          const setItem = storage.realSetItem
          storage.setItem = function (this: Storage, name: string, value: string) {
            if (full && name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            setItem.call(this, name, value)
          }
        },
        { key: SETTINGS_KEY, full },
      )
    await storageFull(true)
    await setLayer(page, 'Latency arcs', false)
    const settingsNotice = page.getByTestId('settings-save-notice')
    await expect(settingsNotice).toHaveText(/The settings could not be saved: the browser's storage for this page is full\./)
    await storageFull(false)
    await setLayer(page, 'Latency arcs', true)
    await expect(settingsNotice).toHaveCount(0)
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)) ?? '{}')).toMatchObject({ layers: { latencyArcs: true } })
  })
})
