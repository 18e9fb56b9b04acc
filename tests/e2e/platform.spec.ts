import { readFile } from 'node:fs/promises'
import { expect, test } from './support/guard'
import { openApp } from './support/scene'
import { loadBuiltInLesson } from './support/lesson'

/**
 * The web edition's file platform in a real browser: saving is a download
 * from a blob URL (which the page's Content Security Policy must let through),
 * opening is the browser's file picker. The renderer reaches both through the
 * lesson panel's Save and Open buttons.
 */

test('saves a lesson as a download and opens it again through the file picker', async ({ page }, testInfo) => {
  await openApp(page)
  await page.getByRole('tab', { name: 'Lesson' }).click()
  await loadBuiltInLesson(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save lesson…' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^[^/\\]+\.infraglobe\.json$/)
  const saved = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(saved)
  const text = await readFile(saved, 'utf8')
  expect(() => JSON.parse(text) as unknown).not.toThrow()

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open lesson…' }).click(),
  ])
  expect(chooser.isMultiple()).toBe(false)
  await chooser.setFiles(saved)
  await expect(page.getByText(`Opened “${download.suggestedFilename()}”`)).toBeVisible()
})
