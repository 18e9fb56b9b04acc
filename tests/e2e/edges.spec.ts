import { expect, type Page } from '@playwright/test'
import { test } from './support/guard'
import { chooseFirstCity, setLayer } from './support/latency'
import { pixelDifference } from './support/pixels'
import { drawnLayerLabelText, globeBox, openApp, saveScreenshot, waitForStillness } from './support/scene'

/*
 * CloudFront at the edge, from Nairobi: the edge layer on the globe, the
 * nearest edge location against the regions, and the request path for a
 * miss. Reduced motion: the path stands still and the globe goes idle.
 */
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } })

/** Colour distance (0–441) beyond which a pixel counts as changed, as in the latency layers' test. */
const CHANGED_TOLERANCE = 24

async function globeShot(page: Page): Promise<Buffer> {
  // Hidden through the DOM: the page's Content Security Policy refuses an injected style sheet.
  const legend = page.getByTestId('legend')
  await legend.evaluate((element: HTMLElement) => (element.style.visibility = 'hidden'))
  try {
    return await page.getByTestId('globe').screenshot({ animations: 'disabled' })
  } finally {
    await legend.evaluate((element: HTMLElement) => (element.style.visibility = ''))
  }
}

test('from Nairobi the nearest edge location is in Nairobi and nearer than af-south-1; the edge layer changes the globe', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await openApp(page)

  // The edge layer's toggle changes the globe's pixels, and switching it back restores them.
  await setLayer(page, 'Edge locations', false)
  await page.mouse.move(5, 5)
  await waitForStillness(page)
  const off = await globeShot(page)
  await setLayer(page, 'Edge locations', true)
  await page.mouse.move(5, 5)
  await waitForStillness(page)
  const on = await globeShot(page)
  await setLayer(page, 'Edge locations', false)
  await page.mouse.move(5, 5)
  await waitForStillness(page)
  const offAgain = await globeShot(page)
  const added = await pixelDifference(page, off, on, { tolerance: CHANGED_TOLERANCE })
  const noise = await pixelDifference(page, off, offAgain, { tolerance: CHANGED_TOLERANCE })
  console.log(`edge layer pixel evidence: ${JSON.stringify({ pixels: added.width * added.height, changed: added.changed, noise: noise.changed })}`)
  expect(added.changed).toBeGreaterThan(300)
  expect(noise.changed).toBeLessThan(added.changed / 10)

  await chooseFirstCity(page, 'Nairobi', 'Nairobi')
  await page.mouse.move(5, 5)

  // What the layer is and is not, AWS's figures with a source, the regional edge caches' tally.
  const panel = page.getByTestId('edge-panel')
  await expect(panel).toContainText('cities, not every point of presence')
  await expect(panel.getByTestId('edge-figures')).toContainText('Source:')
  await expect(panel.getByTestId('rec-tally')).toContainText(/\d+ regional edge caches shown of \d+ AWS states/)

  // The nearest edge location, beside af-south-1 (the nearest region, or selected to show it).
  const nearest = panel.getByTestId('nearest-edge')
  await expect(nearest).toHaveAttribute('data-city', 'Nairobi')
  let capeTown = panel.locator('[data-code="af-south-1"]')
  if ((await capeTown.count()) === 0) {
    await page.getByRole('tab', { name: 'Regions' }).click()
    await page.locator('[data-testid="region-row"][data-code="af-south-1"]').click()
    await page.getByRole('tab', { name: 'Latency' }).click()
    capeTown = panel.locator('[data-code="af-south-1"]')
  }
  await expect(capeTown).toHaveCount(1)
  const edgeRtt = Number(await nearest.getAttribute('data-rtt'))
  const regionRtt = Number(await capeTown.getAttribute('data-rtt'))
  console.log(`Nairobi: nearest edge ${edgeRtt} ms, af-south-1 ${regionRtt} ms`)
  expect(edgeRtt).toBeGreaterThan(0)
  expect(edgeRtt).toBeLessThan(regionRtt)

  // The request path of a miss: pin → edge → regional edge cache → origin, on the globe and in words.
  await setLayer(page, 'Edge locations', true)
  await setLayer(page, 'Local Zones', true)
  await setLayer(page, 'Wavelength Zones', true)
  await page.getByRole('radio', { name: 'Cache miss' }).check()
  const path = page.getByTestId('request-path')
  await expect(path).toContainText('regional edge cache')
  await expect(path).toContainText('origin region')
  await expect.poll(() => drawnLayerLabelText(page)).toContain('Nairobi')
  // Back out from Cape Town, where selecting af-south-1 flew, so the whole path is in the picture.
  const box = await globeBox(page)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let notch = 0; notch < 4; notch += 1) {
    await page.mouse.wheel(0, 240)
    await page.waitForTimeout(100)
  }
  await page.mouse.move(5, 5)
  await waitForStillness(page)
  await expect(page.getByTestId('legend')).toContainText('Edge location')
  await saveScreenshot(page, testInfo, 'edges-nairobi-miss')
})
