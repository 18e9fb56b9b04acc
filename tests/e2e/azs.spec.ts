import { expect } from '@playwright/test'
import { test } from './support/guard'
import { setLayer, showPanelTab } from './support/latency'
import { drawnLayerLabelText, openApp, saveScreenshot, surfacePosition, waitForStillness } from './support/scene'

/*
 * Inside a region: the AZ view with its AZ IDs and AWS's wording, the
 * failure drill, and a region's Local Zones in its facts. Reduced motion:
 * the globe goes idle between pictures.
 */
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } })

test('us-east-1 shows use1-az1 to use1-az6; failing use1-az4 takes down (a) there and leaves (b) serving; us-west-2 lists its Los Angeles Local Zone', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await openApp(page)
  await page.locator('[data-testid="region-row"][data-code="us-east-1"]').click()
  // A button in the inline layout, a tab where the region's sections are tabs (a window under 800 px high).
  await page.getByRole('button', { name: 'Inside (AZs)' }).or(page.getByRole('tab', { name: 'Inside (AZs)' })).click()

  const view = page.getByTestId('az-view')
  await expect(view).toBeVisible()
  const clusters = view.getByTestId('az-cluster')
  await expect(clusters).toHaveCount(6)
  expect(await clusters.evaluateAll((all) => all.map((g) => g.getAttribute('data-az')))).toEqual([
    'use1-az1',
    'use1-az2',
    'use1-az3',
    'use1-az4',
    'use1-az5',
    'use1-az6',
  ])
  for (let n = 1; n <= 6; n++) await expect(view).toContainText(`use1-az${n}`)
  await expect(view).toContainText('schematic: AWS publishes no sites')
  await expect(view).toContainText(/redundant power, networking,? and connectivity/)
  await expect(view).toContainText('single-digit millisecond')
  await expect(view).toContainText('Source:')

  // The panel's section: AWS's round-trip statement with its address, and the drill's controls.
  const section = page.getByTestId('region-azs')
  await expect(section).toContainText('single-digit millisecond')
  await expect(section).toContainText(/https:\/\/\S*aws\.amazon\.com/)

  // (a) one instance in use1-az4; (b) instances behind a load balancer in use1-az1 and use1-az2.
  await page.getByLabel('a · One EC2 instance, in').check()
  await page.getByLabel('The AZ of the one instance').selectOption('use1-az4')
  await page.getByLabel('b · Instances behind a load balancer, in').check()
  const outcomes = view.getByTestId('drill-outcomes')
  await expect(outcomes.locator('[data-pattern="single-instance"]')).toHaveAttribute('data-serving', 'true')
  await expect(outcomes.locator('[data-pattern="load-balanced"]')).toHaveAttribute('data-serving', 'true')
  // The panel scrolls inside itself: the page never grows past the window.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720)
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'az-view-before')

  // Fail use1-az4 by clicking it in the drawing.
  await view.locator('[data-testid="az-cluster"][data-az="use1-az4"]').click()
  await expect(view.locator('[data-az="use1-az4"]')).toHaveAttribute('aria-pressed', 'true')
  const single = outcomes.locator('[data-pattern="single-instance"]')
  const balanced = outcomes.locator('[data-pattern="load-balanced"]')
  await expect(single).toHaveAttribute('data-serving', 'false')
  await expect(single).toContainText('DOWN')
  await expect(single).toContainText('use1-az4')
  await expect(balanced).toHaveAttribute('data-serving', 'true')
  await expect(balanced).toContainText('SERVING')
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'az-view-after')

  // Restore brings it back, and the keyboard fails an AZ too.
  await page.getByRole('button', { name: 'Restore every AZ' }).click()
  await expect(single).toHaveAttribute('data-serving', 'true')
  await view.locator('[data-testid="az-cluster"][data-az="use1-az1"]').focus()
  await page.keyboard.press('Enter')
  await expect(view.locator('[data-az="use1-az1"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(balanced).toHaveAttribute('data-serving', 'true')

  // A region's Local Zones, in its facts: a Los Angeles zone with us-west-2 as its parent.
  await page.getByRole('button', { name: 'Close the AZ view' }).click()
  await expect(view).toBeHidden()
  await page.locator('[data-testid="region-row"][data-code="us-west-2"]').click()
  // In a window under 800 px high the facts are a tab beside the sections: open it, as a user would.
  const factsTab = page.getByRole('tab', { name: 'Facts' })
  if ((await factsTab.count()) > 0) await factsTab.click()
  const localZones = page.getByTestId('local-zones')
  await localZones.locator('summary').click()
  await expect(localZones).toContainText('Los Angeles: us-west-2-lax-1a')
  await expect(page.getByTestId('region-facts')).toContainText('us-west-2')

  // On the globe: the Los Angeles mark, hovered, names its parent region.
  await setLayer(page, 'Local Zones', true)
  // At 1280×720 the open legend covers southern California, and a label never draws under it:
  // fold it, as a user would, to see the mark and its label.
  await page.getByRole('complementary', { name: 'Legend' }).getByRole('button', { name: /Fold/ }).click()
  await waitForStillness(page)
  const losAngeles = await surfacePosition(page, 34.0522, -118.2437)
  expect(losAngeles?.visible).toBe(true)
  await page.mouse.move(losAngeles!.x, losAngeles!.y)
  await expect.poll(() => drawnLayerLabelText(page)).toMatch(/Los Angeles.*Local Zones? .*parent us-west-2/)
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'local-zone-los-angeles')
})

test('presenting the built-in lesson, PageDown goes from the AZ view with three deployments to use1-az4 failed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await openApp(page)
  await showPanelTab(page, 'Lesson')
  await page.getByRole('button', { name: 'Load built-in lesson' }).click()
  await page.getByRole('button', { name: /^Show scene \d+: Availability Zones$/ }).click()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('F5')

  const caption = page.getByTestId('presenter-caption')
  await expect(caption).toContainText('Availability Zones')
  const view = page.getByTestId('az-view')
  await expect(view).toBeVisible()
  const outcomes = view.getByTestId('drill-outcomes').locator('li')
  await expect(outcomes).toHaveCount(3)
  for (const pattern of ['single-instance', 'load-balanced', 'regional-service']) {
    await expect(view.locator(`[data-pattern="${pattern}"]`)).toHaveAttribute('data-serving', 'true')
  }

  await page.keyboard.press('PageDown')
  await expect(caption).toContainText('use1-az4 has failed')
  await expect(view.locator('[data-az="use1-az4"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(view.locator('[data-pattern="single-instance"]')).toHaveAttribute('data-serving', 'false')
  await expect(view.locator('[data-pattern="load-balanced"]')).toHaveAttribute('data-serving', 'true')
  await expect(view.locator('[data-pattern="regional-service"]')).toHaveAttribute('data-serving', 'true')
  // On a projector the view and the caption must not overlap.
  const [box, captionBox] = [await view.boundingBox(), await caption.boundingBox()]
  expect(box!.y + box!.height).toBeLessThanOrEqual(captionBox!.y + 1)
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'presenter-az-after')

  // The next scene has no drill: the AZ view closes.
  await page.keyboard.press('PageDown')
  await expect(view).toBeHidden()
})
