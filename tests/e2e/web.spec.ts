import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { palette } from '../../src/renderer/theme/palette'
import { fold, shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { hexToRgb, pixelStats } from './support/pixels'
import {
  globeBox,
  zoomInAtCentre,
  offCentre,
  openApp,
  regionPosition,
  regionPositions,
  renderedFrames,
  saveScreenshot,
  waitForStillness,
  type ScreenPoint,
} from './support/scene'

const dataset = shippedDataset()
const allCodes = dataset.regions.map((region) => region.code)
const packageJson = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
const appVersion = (JSON.parse(packageJson) as { version: string }).version

function regionRow(page: Page, code: string) {
  return page.locator(`[data-testid="region-row"][data-code="${code}"]`)
}

/** "Near the centre": within 12% of the globe element's smaller side. */
const CENTRED = 0.12

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('the globe canvas is not blank: it shows ocean, land and region markers', async ({ page }, testInfo) => {
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'initial-view')

  const png = await page.getByTestId('globe').screenshot()
  const stats = await pixelStats(
    page,
    png,
    {
      ocean: hexToRgb(palette.ocean),
      land: hexToRgb(palette.land),
      marker: hexToRgb(palette.regionAvailable),
    },
    { tolerance: 40, clusterShare: 0.01 },
  )
  const pixels = stats.width * stats.height
  testInfo.annotations.push({ type: 'pixel statistics', description: JSON.stringify(stats) })

  expect(stats.width).toBeGreaterThan(300)
  expect(stats.height).toBeGreaterThan(300)
  // A blank or single-colour canvas has one cluster and almost no spread.
  expect(stats.clusters).toBeGreaterThanOrEqual(3)
  expect(stats.lumaStdDev).toBeGreaterThan(8)
  expect(stats.near.ocean! / pixels, 'share of ocean-coloured pixels').toBeGreaterThan(0.05)
  expect(stats.near.land! / pixels, 'share of land-coloured pixels').toBeGreaterThan(0.02)
  // Each marker covers a few dozen pixels at least; a handful of visible regions must show.
  expect(stats.near.marker!, 'marker-coloured pixels').toBeGreaterThan(400)
  expect(stats.near.marker! / pixels, 'share of marker-coloured pixels').toBeGreaterThan(0.0005)
})

test('the table lists every region of the dataset', async ({ page }) => {
  const rows = page.getByTestId('region-table').getByTestId('region-row')
  await expect(rows).toHaveCount(allCodes.length)
  const codes = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-code')))
  expect(new Set(codes)).toEqual(new Set(allCodes))
  expect(codes).toHaveLength(new Set(codes).size)
})

test('clicking a row selects it, shows its facts and flies the globe there', async ({ page }, testInfo) => {
  const frankfurt = dataset.regions.find((region) => region.code === 'eu-central-1')
  expect(frankfurt, 'eu-central-1 is in the dataset').toBeDefined()
  expect(frankfurt!.azIds.length).toBeGreaterThan(0)

  // If the opening view already centres Frankfurt, fly away first so the fly-to is visible.
  await waitForStillness(page)
  const box = await globeBox(page)
  const start = await regionPosition(page, 'eu-central-1')
  if (start?.visible && offCentre(start, box) < CENTRED) {
    await regionRow(page, 'ap-southeast-2').click()
    await expect.poll(() => distanceFromCentre(page, 'eu-central-1'), { timeout: 30_000 }).toBeGreaterThan(CENTRED)
  }

  const row = regionRow(page, 'eu-central-1')
  await row.click()
  await expect(row).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('[data-testid="region-row"][aria-selected="true"]')).toHaveCount(1)

  const facts = page.getByTestId('region-facts')
  await expect(facts).toContainText('eu-central-1')
  await expect(facts).toContainText('Frankfurt')
  await expect(facts).toContainText('Germany')
  for (const azId of frankfurt!.azIds) await expect(facts).toContainText(azId)

  await expect
    .poll(() => distanceFromCentre(page, 'eu-central-1'), {
      message: 'eu-central-1 ends up visible near the centre of the globe',
      timeout: 30_000,
    })
    .toBeLessThan(CENTRED)
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'region-selected')
})

test('clicking a region marker on the globe selects that region', async ({ page }) => {
  await waitForStillness(page)
  const code = await isolatedVisibleRegion(page)
  const point = (await regionPosition(page, code))!

  await page.mouse.click(point.x, point.y)

  await expect(regionRow(page, code)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('region-facts')).toContainText(code)
})

test('scrolling over the globe zooms in: neighbouring regions move apart', async ({ page }, testInfo) => {
  await regionRow(page, 'eu-central-1').click()
  await expect.poll(() => distanceFromCentre(page, 'eu-central-1'), { timeout: 30_000 }).toBeLessThan(CENTRED)
  await waitForStillness(page)

  const neighbour = await nearestVisibleNeighbour(page, 'eu-central-1')
  const before = await screenDistance(page, 'eu-central-1', neighbour)
  await zoomInAtCentre(page)

  const after = await screenDistance(page, 'eu-central-1', neighbour)
  expect(after, `eu-central-1 and ${neighbour} are further apart on screen after zooming in`).toBeGreaterThan(
    before * 1.3,
  )
  await saveScreenshot(page, testInfo, 'zoomed')
})

test('the filter finds "São Paulo" when "sao paulo" is typed', async ({ page }) => {
  // Which regions should match: those naming São Paulo in code, name, city or country, accents ignored.
  const matching = (query: string) =>
    dataset.regions
      .filter((r) => [r.code, r.name, r.city, r.country].some((field) => fold(field).includes(fold(query))))
      .map((r) => r.code)
  const expected = matching('sao paulo')
  expect(expected, 'the dataset has a region in São Paulo').toContain('sa-east-1')

  const filter = page.getByLabel('Filter regions')
  const visibleCodes = () =>
    page
      .getByTestId('region-row')
      .filter({ visible: true })
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')).sort())

  await filter.fill('sao paulo')
  await expect.poll(visibleCodes).toEqual([...expected].sort())

  // The accent typed or not, the same region is found.
  await filter.fill('São Paulo')
  await expect.poll(visibleCodes).toEqual([...matching('São Paulo')].sort())

  await filter.fill('')
  await expect.poll(async () => (await visibleCodes()).length).toBe(allCodes.length)
})

test('the about dialog lists every dataset source with its licence', async ({ page }) => {
  await page.getByRole('button', { name: 'About', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'About InfraGlobe' })
  await expect(dialog).toBeVisible()

  await expect(dialog).toContainText(appVersion)
  await expect(dialog).toContainText(dataset.asOf)
  for (const source of dataset.sources) {
    await expect(dialog, `source "${source.id}"`).toContainText(source.title)
    await expect(dialog, `licence of source "${source.id}"`).toContainText(source.licence)
  }
})

test('an idle globe renders nothing: the frame counter stays put', async ({ page }) => {
  const settled = await waitForStillness(page)
  expect(settled, 'the scene has rendered').toBeGreaterThan(0)

  await page.waitForTimeout(2_000)

  expect(await renderedFrames(page)).toBe(settled)
})

async function distanceFromCentre(page: Page, code: string): Promise<number> {
  const point = await regionPosition(page, code)
  if (!point?.visible) return Number.POSITIVE_INFINITY
  return offCentre(point, await globeBox(page))
}

async function screenDistance(page: Page, a: string, b: string): Promise<number> {
  const [pa, pb] = [await regionPosition(page, a), await regionPosition(page, b)]
  if (!pa?.visible || !pb?.visible) throw new Error(`${a} and ${b} must both be visible`)
  return Math.hypot(pa.x - pb.x, pa.y - pb.y)
}

async function visibleOnGlobe(page: Page): Promise<Map<string, ScreenPoint>> {
  const box = await globeBox(page)
  const margin = 20
  const visible = new Map<string, ScreenPoint>()
  for (const [code, point] of await regionPositions(page, allCodes)) {
    const inside =
      point.x > box.x + margin &&
      point.x < box.x + box.width - margin &&
      point.y > box.y + margin &&
      point.y < box.y + box.height - margin
    if (point.visible && inside) visible.set(code, point)
  }
  return visible
}

async function nearestVisibleNeighbour(page: Page, code: string): Promise<string> {
  const visible = await visibleOnGlobe(page)
  const origin = visible.get(code)
  if (!origin) throw new Error(`${code} is not visible`)
  let best: { code: string; distance: number } | undefined
  for (const [other, point] of visible) {
    const distance = Math.hypot(point.x - origin.x, point.y - origin.y)
    if (other !== code && distance > 2 && (!best || distance < best.distance)) best = { code: other, distance }
  }
  if (!best) throw new Error(`no other region is visible next to ${code}`)
  return best.code
}

/**
 * The visible region whose marker is furthest from any other marker, and whose spot on screen
 * is the globe's canvas itself (not a label or a panel on top): a click there can only mean it.
 */
async function isolatedVisibleRegion(page: Page): Promise<string> {
  const visible = [...(await visibleOnGlobe(page))]
  expect(visible.length, 'regions visible on the globe').toBeGreaterThan(3)
  const isolation = visible.map(([code, point]) => {
    const gaps = visible.filter(([other]) => other !== code).map(([, p]) => Math.hypot(p.x - point.x, p.y - point.y))
    return { code, point, gap: Math.min(...gaps) }
  })
  isolation.sort((a, b) => b.gap - a.gap)
  for (const candidate of isolation) {
    const onCanvas = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
      candidate.point,
    )
    if (onCanvas) return candidate.code
  }
  throw new Error('every visible region marker is covered by something else')
}
