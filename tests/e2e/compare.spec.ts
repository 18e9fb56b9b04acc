import type { Page } from '@playwright/test'
import { priceBins } from '../../src/renderer/globe/priceScale'
import { ec2PriceSheetFor } from '../../src/shared/pricing'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { canvasAt, openApp, regionPosition, saveScreenshot, waitForStillness } from './support/scene'

const dataset = shippedDataset()

function compareBox(page: Page, code: string) {
  return page.getByRole('checkbox', { name: `Compare ${code}` })
}

/** The as-of dates of a region's EC2 prices in the shipped dataset, newest first (what the column header must say). */
function sheetDates(code: string): string[] {
  const dates = ec2PriceSheetFor(dataset, code).flatMap((line) => {
    const quote = line.usd ?? line.cny
    return quote ? [quote.asOf] : []
  })
  return [...new Set(dates)].sort().reverse()
}

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('comparing eu-west-1 and eu-central-1 shows both price sheets; Ctrl+click on the globe adds a third', async ({
  page,
}, testInfo) => {
  // A flight and several panel switches on software WebGL, on a machine shared with other runs.
  test.setTimeout(240_000)
  await compareBox(page, 'eu-west-1').check()
  await compareBox(page, 'eu-central-1').check()
  await page.getByRole('tab', { name: 'Compare' }).click()

  const compare = page.getByTestId('compare')
  await expect(compare.getByRole('heading', { name: 'Comparing 2 regions' })).toBeVisible()
  for (const code of ['eu-west-1', 'eu-central-1']) {
    const dates = sheetDates(code)
    expect(dates.length, `${code} has EC2 prices in the dataset`).toBeGreaterThan(0)
    const sheet = page.locator(`[data-testid="compare-ec2-sheet"][data-code="${code}"]`)
    await expect(sheet).toBeVisible()
    await expect(sheet).toContainText(`as of ${dates.join(', ')}`)
  }
  // Every instance type of the dataset has a line, priced for both regions (or said to be unknown).
  const ec2 = page.getByTestId('compare-ec2')
  await expect(ec2.locator('tbody tr')).toHaveCount(dataset.prices.instanceTypes.length)
  await expect(ec2.locator('tbody tr').first()).toContainText('$')
  // The four factors, row by row.
  for (const group of ['compliance', 'proximity', 'features', 'prices']) {
    await expect(page.locator(`[data-testid="compare-table"] tbody[data-group="${group}"]`)).toHaveCount(1)
  }

  // From the globe: select São Paulo (the globe flies there), then Ctrl+click its marker.
  await page.getByRole('tab', { name: 'Regions' }).click()
  await page.locator('[data-testid="region-row"][data-code="sa-east-1"]').click()
  await waitForStillness(page)
  const marker = await regionPosition(page, 'sa-east-1')
  expect(marker?.visible, 'sa-east-1 is on screen after the flight').toBe(true)
  expect(await canvasAt(page, marker!), 'nothing covers the marker').toBe(true)
  await page.keyboard.down('Control')
  await page.mouse.click(marker!.x, marker!.y)
  await page.keyboard.up('Control')
  await expect(compareBox(page, 'sa-east-1')).toBeChecked()

  await page.getByRole('tab', { name: 'Compare' }).click()
  await expect(compare.getByRole('heading', { name: 'Comparing 3 regions' })).toBeVisible()
  await expect(page.locator('[data-testid="compare-ec2-sheet"]')).toHaveCount(3)
  await expect(page.getByTestId('legend')).toContainText('Compared')
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'compare-view')
})

test('colouring the markers by price index shows its bins in the legend', async ({ page }, testInfo) => {
  const legend = page.getByTestId('legend')
  await expect(legend).not.toContainText(priceBins[0]!.label)
  await page.getByRole('checkbox', { name: 'Colour markers by price index' }).check()
  const bins = legend.getByRole('list', { name: /price index/ })
  await expect(bins.getByRole('listitem')).toHaveText([...priceBins.map((bin) => bin.label), 'unknown'])

  // The table sorts by the same index: cheapest first, unknown last.
  await page.getByRole('button', { name: /^Price index/ }).click()
  const firstRow = page.getByTestId('region-row').first()
  await expect(firstRow).not.toContainText('unknown')
  await expect(page.getByTestId('region-row').last()).toContainText('unknown')

  await page.locator('[data-testid="region-row"][data-code="eu-central-1"]').click()
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'price-colouring')
})
