import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { openApp, saveScreenshot } from './support/scene'

/** Half a laptop screen, an old projector, a small laptop, a 720p projector, a common laptop, a desktop. */
const SIZES = [
  [683, 768],
  [800, 600],
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const

const COMPARED = ['us-east-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1'] as const

interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

async function rect(locator: Locator): Promise<Rect> {
  const box = await locator.boundingBox()
  expect(box, 'the element has a box on screen').not.toBeNull()
  return { left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height }
}

/** Within `outer`, give or take a pixel of rounding. */
function expectInside(inner: Rect, outer: Rect, what: string): void {
  expect(inner.left, `${what}: left edge`).toBeGreaterThanOrEqual(outer.left - 1)
  expect(inner.right, `${what}: right edge`).toBeLessThanOrEqual(outer.right + 1)
  expect(inner.top, `${what}: top edge`).toBeGreaterThanOrEqual(outer.top - 1)
  expect(inner.bottom, `${what}: bottom edge`).toBeLessThanOrEqual(outer.bottom + 1)
}

/** Opens the panel's drawer when the window is too narrow to dock it. */
async function showPanel(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Panel', exact: true })
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await expect(page.locator('#side-panel')).toBeVisible()
}

test('at every window size the toolbar fits, the region’s sections are in view and Compare shows every column', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await openApp(page)
  for (const code of COMPARED) await page.getByRole('checkbox', { name: `Compare ${code}` }).check()
  await page.locator('[data-testid="region-row"][data-code="eu-central-1"]').click()

  for (const [width, height] of SIZES) {
    const at = `${width}×${height}`
    await page.setViewportSize({ width, height })
    const view: Rect = { left: 0, top: 0, right: width, bottom: height }

    // The globe's toolbar: never cut off; on one row from 1024 px up.
    const toolbar = page.getByRole('toolbar', { name: 'Globe tools' })
    const tools = toolbar.getByRole('button')
    const count = await tools.count()
    const rows: Rect[] = []
    for (let i = 0; i < count; i++) {
      const tool = tools.nth(i)
      if (!(await tool.isVisible())) continue
      const box = await rect(tool)
      expectInside(box, view, `${at}: toolbar button ${i}`)
      rows.push(box)
    }
    if (width >= 1024) {
      // One row: every button's middle at the height of every other's (the groups pad theirs by a few px).
      const middles = rows.map((box) => (box.top + box.bottom) / 2)
      expect(Math.max(...middles) - Math.min(...middles), `${at}: the toolbar on one row`).toBeLessThan(8)
    }
    // The globe keeps most of the window: the panel is a drawer over it when docking would squeeze it.
    const globe = await rect(page.getByTestId('globe'))
    expect(globe.right - globe.left, `${at}: the globe's width`).toBeGreaterThanOrEqual(Math.min(width, 760))

    await showPanel(page)
    const panel = await rect(page.locator('#side-panel'))
    expectInside(panel, view, `${at}: the panel`)

    // The region's sections: every button (or tab) in view and working, with no scrolling inside the facts.
    await page.getByRole('tab', { name: 'Regions', exact: true }).click()
    const details = page.getByTestId('region-details')
    for (const section of ['compliance', 'services', 'prices', 'provision']) {
      const button = details.locator(`[data-section="${section}"]`)
      await expect(button, `${at}: the ${section} button`).toBeVisible()
      expectInside(await rect(button), panel, `${at}: the ${section} button`)
    }
    const prices = details.locator('[data-section="prices"]')
    // A tab (low windows) or a disclosure button (tall ones) that may be open from the size before.
    const open = (await prices.getAttribute('aria-selected')) === 'true' || (await prices.getAttribute('aria-expanded')) === 'true'
    if (!open) await prices.click()
    await expect(details.getByText('EC2 on-demand, Linux')).toBeVisible()
    const facts = page.getByTestId('region-facts')
    if ((await facts.count()) > 0) {
      const inner = await facts.evaluate((element) => element.scrollHeight - element.clientHeight)
      expect(inner, `${at}: the facts are no scroll area of their own`).toBeLessThanOrEqual(1)
    }
    // The table of every region keeps its columns whole: nothing to scroll sideways.
    const list = page.getByTestId('region-table').locator('xpath=..')
    expect(await list.evaluate((element) => element.scrollWidth - element.clientWidth), `${at}: the region table scrolls sideways`).toBeLessThanOrEqual(1)
    await saveScreenshot(page, testInfo, `layout-${width}x${height}-region`)

    // Compare: four regions, every column whole inside the panel.
    await page.getByRole('tab', { name: 'Compare', exact: true }).click()
    const table = page.getByTestId('compare-table')
    await expect(table).toBeVisible()
    const scroller = await rect(page.locator('.side-panel__view').filter({ has: table }))
    const whole = async (cell: Locator, what: string): Promise<void> => {
      const box = await rect(cell)
      expect(box.left, `${at}: ${what}, left edge`).toBeGreaterThanOrEqual(scroller.left - 1)
      expect(box.right, `${at}: ${what}, right edge`).toBeLessThanOrEqual(scroller.right + 1)
    }
    for (const code of COMPARED) await whole(table.locator(`th[data-code="${code}"]`), `the ${code} column`)
    // The EC2 price sheet, whose last column (the cheapest, starred) used to be cut off.
    const sheet = page.getByTestId('compare-ec2')
    await sheet.scrollIntoViewIfNeeded()
    for (const code of COMPARED) await whole(sheet.locator(`th[data-code="${code}"]`), `the ${code} price column`)
    expect(await sheet.evaluate((element) => element.scrollWidth - element.clientWidth), `${at}: the price sheet scrolls sideways`).toBeLessThanOrEqual(1)
    await saveScreenshot(page, testInfo, `layout-${width}x${height}-compare`)

    await page.getByRole('tab', { name: 'Regions', exact: true }).click()
    // Escape closes the drawer and gives the globe back.
    if (await page.getByRole('button', { name: 'Panel', exact: true }).isVisible()) {
      await page.keyboard.press('Escape')
      await expect(page.locator('#side-panel')).toBeHidden()
    }
  }
})
