import { expect, type Page } from '@playwright/test'

/**
 * Loads the built-in lesson and waits until its scenes are listed, as a person would before
 * going on: the lesson's code and file come on first use, so the list is not there at once.
 */
export async function loadBuiltInLesson(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load built-in lesson' }).click()
  await expect(page.getByTestId('scene-item').first()).toBeVisible({ timeout: 30_000 })
}
