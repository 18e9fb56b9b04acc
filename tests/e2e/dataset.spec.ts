import type { Page } from '@playwright/test'
import type { Dataset } from '../../src/shared/dataset/schema'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { openApp, saveScreenshot, waitForSceneReady } from './support/scene'

/** The shipped dataset without one announced region and what refers to it: what a teacher's edited file might be. */
function withoutRegion(code: string): Dataset {
  const dataset = structuredClone(shippedDataset())
  dataset.regions = dataset.regions.filter((r) => r.code !== code)
  dataset.network.links = dataset.network.links.filter((l) => l.from !== code && l.to !== code)
  if (dataset.statusEvents) dataset.statusEvents.events = dataset.statusEvents.events.filter((e) => e.region !== code)
  dataset.asOf = '2026-12-01'
  return dataset
}

async function pickDataset(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('data-footer').getByRole('button', { name: 'Open dataset…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test.describe('Opening a dataset file', () => {
  test('a broken file keeps the dataset and lists its problems; an edited one replaces it, is remembered, and the built-in one comes back', async ({
    page,
  }, testInfo) => {
    const shipped = shippedDataset()
    const announced = shipped.regions.find((r) => r.status === 'announced')
    expect(announced, 'the shipped dataset has an announced region to leave out').toBeDefined()
    await openApp(page)
    const count = page.getByTestId('region-count')
    await expect(count).toHaveText(`${shipped.regions.length} regions`)
    await expect(page.getByTestId('data-footer-dates')).toContainText(/^Newest data \d{4}-\d{2}(-\d{2})?/)

    // A broken file: the problems, with the file and the path in the document; the count stays.
    const broken = structuredClone(shipped) as unknown as { regions: { lat: unknown }[] }
    broken.regions[0]!.lat = 'north'
    await pickDataset(page, 'broken.json', JSON.stringify(broken))
    const notice = page.getByTestId('dataset-notice')
    await expect(notice).toHaveAttribute('role', 'alert')
    await expect(notice).toContainText('the current dataset stays')
    await expect(page.getByTestId('dataset-problems')).toContainText('broken.json, regions[0].lat:')
    await expect(count).toHaveText(`${shipped.regions.length} regions`)
    await notice.getByRole('button', { name: 'Close' }).click()
    await expect(notice).toBeHidden()

    // An edited file: the count follows, and the notice gives its date and sources.
    await pickDataset(page, 'class.json', JSON.stringify(withoutRegion(announced!.code)))
    await expect(count).toHaveText(`${shipped.regions.length - 1} regions`)
    await expect(notice).toHaveAttribute('role', 'status')
    await expect(notice).toContainText(`Now showing class.json: data as of 2026-12-01, ${shipped.regions.length - 1} regions.`)
    await expect(page.getByTestId('dataset-notice-sources')).toContainText(`${shipped.sources.length} sources:`)
    await expect(page.getByTestId('data-footer')).toContainText('dataset class.json')
    await saveScreenshot(page, testInfo, 'dataset-opened')

    // Remembered at the next start, with the way back to the built-in dataset.
    await page.reload()
    await waitForSceneReady(page)
    await expect(count).toHaveText(`${shipped.regions.length - 1} regions`)
    await page.getByTestId('data-footer').getByRole('button', { name: 'Built-in dataset' }).click()
    await expect(count).toHaveText(`${shipped.regions.length} regions`)
    await expect(notice).toContainText('Back to the built-in dataset')
    await expect(page.getByTestId('data-footer')).toContainText('built-in dataset')
  })
})
