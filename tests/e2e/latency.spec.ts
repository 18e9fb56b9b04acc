import type { Page } from '@playwright/test'
import { latencyBands } from '../../src/renderer/globe/latencyBands'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import {
  angularDistance,
  chooseFirstCity,
  firstRanked,
  layerToggle,
  parseCoordinates,
  rankedCodes,
  searchCity,
  setLayer,
  showPanelTab,
  showsLocationLabel,
  storedSettings,
  type Coordinates,
} from './support/latency'
import { hexToRgb, pixelDifference, pixelStats, type PixelStats } from './support/pixels'
import {
  canvasAt,
  drawCalls,
  globeBox,
  zoomInAtCentre,
  drawnLayerLabelText,
  openApp,
  pinAndPoint,
  pinDistanceFrom,
  regionPosition,
  regionPositions,
  renderedFrames,
  saveScreenshot,
  surfacePosition,
  waitForSceneReady,
  waitForStillness,
  type ScreenPoint,
} from './support/scene'

const dataset = shippedDataset()
const SAO_PAULO = { lat: -23.55, lon: -46.63 }
const SAO_PAULO_LABEL = 'São Paulo, BR'

/** How far (CSS px) the pin may sit from where the probe projects its coordinates. */
const PIN_TOLERANCE_PX = 8

/** Colour distance above which a pixel counts as changed between two screenshots. */
const CHANGED_TOLERANCE = 24

/**
 * Each test gets a fresh browser context, so localStorage starts empty; only the reload test
 * relies on what the page stored. Most tests ask for reduced motion: the arcs' dashes then stand
 * still, the globe goes idle between two pictures, and software WebGL is not kept busy drawing
 * the flow. The search and time-zone tests run with motion, as most people see the app.
 */
test.use({ reducedMotion: 'reduce' })

async function pinSaoPaulo(page: Page): Promise<void> {
  await chooseFirstCity(page, 'São Paulo', 'São Paulo')
  await expect.poll(() => firstRanked(page), { message: 'the ranking starts with sa-east-1' }).toBe('sa-east-1')
}

/** Polls until the same surface point stays put on screen: the camera has stopped (dashes may still move). */
async function waitForCameraRest(page: Page): Promise<void> {
  let last: ScreenPoint | null = null
  let steady = 0
  for (let attempt = 0; attempt < 200 && steady < 3; attempt += 1) {
    await page.waitForTimeout(150)
    const now = await surfacePosition(page, 0, 0)
    steady = now && last && Math.hypot(now.x - last.x, now.y - last.y) < 0.5 ? steady + 1 : 0
    last = now
  }
  if (steady < 3) throw new Error('the camera kept moving')
}

/**
 * The globe element's pixels without the legend: the legend lists a layer's colours only while
 * the layer is on, and must not count as the layer itself.
 */
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

/**
 * Land points away from any region marker, the pin and anything drawn on top of the canvas:
 * clicking one can only mean "here".
 */
async function clearLandPoints(page: Page, avoid: Coordinates[] = []): Promise<(Coordinates & ScreenPoint)[]> {
  const candidates: Coordinates[] = [
    { lat: 15, lon: 18 }, // Chad
    { lat: 22, lon: -2 }, // Mali and Algeria
    { lat: -10, lon: -55 }, // Mato Grosso
    { lat: 27, lon: 12 }, // Libya
    { lat: -5, lon: -65 }, // Amazonas
    { lat: 40, lon: -100 }, // Kansas
    { lat: 48, lon: 68 }, // Kazakhstan
    { lat: -25, lon: 133 }, // central Australia
  ]
  const box = await globeBox(page)
  const markers = [...(await regionPositions(page, dataset.regions.map((r) => r.code))).values()].filter((p) => p.visible)
  const clear: (Coordinates & ScreenPoint)[] = []
  for (const candidate of candidates) {
    if (avoid.some((other) => angularDistance(other, candidate) < 10)) continue
    const point = await surfacePosition(page, candidate.lat, candidate.lon)
    if (!point?.visible) continue
    const inside =
      point.x > box.x + 60 && point.x < box.x + box.width - 60 && point.y > box.y + 60 && point.y < box.y + box.height - 60
    const nearMarker = markers.some((m) => Math.hypot(m.x - point.x, m.y - point.y) < 40)
    if (inside && !nearMarker && (await canvasAt(page, point))) clear.push({ ...candidate, ...point })
  }
  return clear
}

test.describe('the user location, with motion', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('searching "São Paulo" pins the location there and ranks sa-east-1 first', async ({ page }) => {
    await openApp(page)
    await pinSaoPaulo(page)

    const stored = await storedSettings(page)
    expect(stored?.userLocation?.label).toBe(SAO_PAULO_LABEL)
    expect(stored?.userLocation?.origin).toBe('search')
    expect(angularDistance(stored!.userLocation!, SAO_PAULO)).toBeLessThan(0.1)
    await expect.poll(() => showsLocationLabel(page, SAO_PAULO_LABEL), { message: 'the label is on show' }).toBe(true)

    await expect
      .poll(() => pinDistanceFrom(page, SAO_PAULO.lat, SAO_PAULO.lon), {
        message: 'the pin is drawn on São Paulo',
      })
      .toBeLessThan(PIN_TOLERANCE_PX)
    const { pin } = await pinAndPoint(page, SAO_PAULO.lat, SAO_PAULO.lon)
    expect(pin?.visible, 'the pin is on the visible side of the globe').toBe(true)

    // Every region is ranked once, and the list is sorted the way the items read.
    const codes = await rankedCodes(page)
    expect(new Set(codes)).toEqual(new Set(dataset.regions.map((r) => r.code)))
    expect(codes).toHaveLength(dataset.regions.length)
    const first = page.getByTestId('latency-rank-item').first()
    await expect(first).toContainText('sa-east-1')
    await expect(first).toContainText(/\d+(\.\d+)?\s?ms/)

    // A projector's 1280×720 with the Latency tab open (the edge panel and the full ranking under it):
    // what the panel holds scrolls inside it; the document stays the window's size.
    await page.setViewportSize({ width: 1280, height: 720 })
    await expect(page.getByTestId('edge-panel')).toBeAttached()
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]), {
        message: 'the document is no larger than the window',
      })
      .toEqual([1280, 720])
  })

  test.describe('on a first start', () => {
    test.use({ timezoneId: 'Asia/Tokyo' })

    test('the location is guessed from the system time zone', async ({ page }) => {
      await openApp(page)
      // The guess waits for the city list (about a megabyte, parsed and indexed in the page).
      await expect
        .poll(() => showsLocationLabel(page, 'Tokyo, JP'), { message: 'the guessed label', timeout: 40_000 })
        .toBe(true)
      await expect.poll(() => firstRanked(page)).toBe('ap-northeast-1')
      expect((await storedSettings(page))?.userLocation?.origin).toBe('timezone')
      await expect.poll(() => pinDistanceFrom(page, 35.68, 139.69)).toBeLessThan(PIN_TOLERANCE_PX)
    })
  })
})

test.describe('the user location', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
  })

  test('typing "sao paulo" without accents offers São Paulo first', async ({ page }) => {
    const options = await searchCity(page, 'sao paulo')
    await expect(options.first()).toContainText(SAO_PAULO_LABEL)
    // Case does not matter either.
    const shouting = await searchCity(page, 'SAO PAULO')
    await expect(shouting.first()).toContainText(SAO_PAULO_LABEL)
  })

  test('searching "Frankfurt" ranks eu-central-1 first', async ({ page }) => {
    await chooseFirstCity(page, 'Frankfurt', 'Frankfurt')
    await expect.poll(() => firstRanked(page)).toBe('eu-central-1')
    const stored = await storedSettings(page)
    expect(stored?.userLocation?.label).toMatch(/^Frankfurt.*, DE$/)
    await expect(page.getByTestId('latency-rank-item').first()).toContainText('eu-central-1')
  })

  test('clicking the globe in place-me mode moves the pin there; a plain click does not', async ({ page }) => {
    await pinSaoPaulo(page)
    await waitForCameraRest(page)

    const [target, elsewhere] = await clearLandPoints(page, [SAO_PAULO])
    expect(target, 'a clear land point to click on').toBeDefined()
    expect(elsewhere, 'a second clear land point').toBeDefined()

    const placeMe = page.getByRole('button', { name: 'Place me on the globe' })
    await placeMe.click()
    await expect(placeMe).toHaveAttribute('aria-pressed', 'true')
    await page.mouse.click(target!.x, target!.y)

    await expect(placeMe, 'placing ends with the click').toHaveAttribute('aria-pressed', 'false')
    await expect.poll(async () => (await storedSettings(page))?.userLocation?.origin).toBe('click')
    const placed = (await storedSettings(page))!.userLocation!
    expect(angularDistance(placed, target!), 'stored location vs the clicked point (degrees)').toBeLessThan(1)

    // The label gives the coordinates of the clicked point, and the page shows it.
    const labelled = parseCoordinates(placed.label)
    expect(labelled, `coordinates in the label "${placed.label}"`).not.toBeNull()
    expect(angularDistance(labelled!, target!)).toBeLessThan(1)
    await expect.poll(() => showsLocationLabel(page, placed.label)).toBe(true)
    expect(await showsLocationLabel(page, SAO_PAULO_LABEL)).toBe(false)
    await expect.poll(() => pinDistanceFrom(page, target!.lat, target!.lon)).toBeLessThan(PIN_TOLERANCE_PX)

    // Out of place-me mode, a click on open land leaves the location alone.
    await waitForCameraRest(page)
    const plain = await surfacePosition(page, elsewhere!.lat, elsewhere!.lon)
    expect(plain?.visible).toBe(true)
    await page.mouse.click(plain!.x, plain!.y)
    await page.waitForTimeout(500)
    expect((await storedSettings(page))?.userLocation).toEqual(placed)
    expect(await pinDistanceFrom(page, target!.lat, target!.lon)).toBeLessThan(PIN_TOLERANCE_PX)
    await expect(placeMe).toHaveAttribute('aria-pressed', 'false')
  })

  test('the location survives a reload', async ({ page }) => {
    await pinSaoPaulo(page)
    const ranking = await rankedCodes(page)

    await page.reload()
    await waitForSceneReady(page)

    await expect.poll(() => showsLocationLabel(page, SAO_PAULO_LABEL)).toBe(true)
    await expect.poll(() => firstRanked(page)).toBe('sa-east-1')
    expect(await rankedCodes(page)).toEqual(ranking)
    await expect.poll(() => pinDistanceFrom(page, SAO_PAULO.lat, SAO_PAULO.lon)).toBeLessThan(PIN_TOLERANCE_PX)
    expect((await storedSettings(page))?.userLocation?.label).toBe(SAO_PAULO_LABEL)
  })
})

test.describe('the layers on the globe', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
    await pinSaoPaulo(page)
    await setLayer(page, 'Network (schematic)', true)
    await setLayer(page, 'Latency arcs', true)
    // Nothing hovered: the pointer rests on the panel.
    await page.mouse.move(5, 5)
  })

  test('the latency arcs show on the globe and go with their toggle', async ({ page }, testInfo) => {
    await waitForStillness(page)
    const withArcs = await globeShot(page)
    await saveScreenshot(page, testInfo, 'latency-arcs')

    await setLayer(page, 'Latency arcs', false)
    await waitForStillness(page)
    const without = await globeShot(page)
    await saveScreenshot(page, testInfo, 'latency-arcs-off')

    await setLayer(page, 'Latency arcs', true)
    await waitForStillness(page)
    const again = await globeShot(page)

    await expectLayerEvidence(page, testInfo, 'latency arcs', withArcs, without, again)

    // What appears is in the arcs' band colours: São Paulo is far from most regions, so the
    // slower bands dominate, and the pin's own region is in the fastest.
    const bands = Object.fromEntries(latencyBands.map((band) => [band.id, hexToRgb(band.colour)]))
    const options = { tolerance: 40, clusterShare: 0.01 }
    const [on, off] = [await pixelStats(page, withArcs, bands, options), await pixelStats(page, without, bands, options)]
    const inBands = (stats: PixelStats) => Object.values(stats.near).reduce((sum, n) => sum + n, 0)
    console.log(`band-coloured pixels with arcs ${JSON.stringify(on.near)}, without ${JSON.stringify(off.near)}`)
    expect(inBands(on) - inBands(off), 'band-coloured pixels the arcs add').toBeGreaterThan(500)

    // For a person to look at: the globe turned (dragged) to bring the pin towards the middle.
    const box = await globeBox(page)
    const { pin } = await pinAndPoint(page, SAO_PAULO.lat, SAO_PAULO.lon)
    expect(pin?.visible).toBe(true)
    await page.mouse.move(pin!.x, pin!.y)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45, { steps: 12 })
    await page.mouse.up()
    await waitForStillness(page)
    await saveScreenshot(page, testInfo, 'latency-arcs-turned')
  })

  test('the schematic network shows on the globe, goes with its toggle and labels a region’s links', async ({
    page,
  }, testInfo) => {
    await waitForStillness(page)
    const withNetwork = await globeShot(page)
    await setLayer(page, 'Network (schematic)', false)
    await waitForStillness(page)
    const without = await globeShot(page)
    await setLayer(page, 'Network (schematic)', true)
    await waitForStillness(page)
    const again = await globeShot(page)
    await expectLayerEvidence(page, testInfo, 'network', withNetwork, without, again)

    // Select Frankfurt (the globe cuts there: reduced motion) and hover its marker.
    await showPanelTab(page, 'Regions')
    await page.locator('[data-testid="region-row"][data-code="eu-central-1"]').click()
    await waitForStillness(page)
    await saveScreenshot(page, testInfo, 'network-selected')
    // Zoomed in, Europe's short links have room for their labels (labels that collide give way).
    await zoomInAtCentre(page)
    const marker = await regionPosition(page, 'eu-central-1')
    expect(marker?.visible).toBe(true)
    await page.mouse.move(marker!.x, marker!.y)
    await waitForStillness(page)
    await saveScreenshot(page, testInfo, 'network')

    const ofFrankfurt = dataset.network.links.filter((link) => link.from === 'eu-central-1' || link.to === 'eu-central-1')
    const links = ofFrankfurt.filter((link) => link.rttMs !== null)
    expect(links.length).toBeGreaterThan(0)
    const globeText = await drawnLayerLabelText(page)
    const labelled = links.filter((link) => rttPattern(link.rttMs!).test(globeText))
    expect(labelled.length, `RTT labels of eu-central-1's links in "${globeText}"`).toBe(links.length)
    // A link without a measurement says so rather than show a number.
    if (ofFrankfurt.some((link) => link.rttMs === null)) expect(globeText).toContain('not measured')
  })

  test('the heat-map shows the measured 32 × 32 matrix in colour bands, with its source and window', async ({
    page,
  }) => {
    await showPanelTab(page, 'Network')
    const matrix = page.getByTestId('latency-matrix')
    await matrix.scrollIntoViewIfNeeded()
    const size = dataset.latency.regions.length
    expect(size).toBe(32)
    const cells = matrix.locator('td')
    await expect(cells).toHaveCount(size * size)

    const texts = await cells.allInnerTexts()
    const numeric = texts.filter((text) => /\d/.test(text))
    expect(numeric.length, 'cells with a number (the matrix has no gaps)').toBe(size * size)
    const colours = await cells.evaluateAll((all) => new Set(all.map((cell) => getComputedStyle(cell).backgroundColor)).size)
    expect(colours, 'distinct cell colours: at least the < 100, 100-180 and > 180 ms bands').toBeGreaterThanOrEqual(3)

    // The row and column headings name every measured region.
    const headings = await matrix.locator('th').allTextContents()
    for (const code of dataset.latency.regions) {
      expect(headings.filter((h) => h.includes(code)).length, `headings naming ${code}`).toBeGreaterThanOrEqual(2)
    }

    // The source line sits with the table: the source's title and the window's years.
    const source = dataset.sources.find((s) => s.id === dataset.latency.sources[0])!
    const around = page.locator('section, figure, [role="tabpanel"]').filter({ has: matrix }).last()
    await expect(around).toContainText(/cloudping/i)
    await expect(around).toContainText(source.asOf.slice(0, 4))
    await expect(around).toContainText(dataset.latency.window.from.slice(0, 4))
  })

  test('with every layer on and a region hovered the globe takes fewer than 20 draw calls', async ({ page }) => {
    // Every layer: the edge locations, both kinds of zone and a request path (a miss: three legs) as well.
    await setLayer(page, 'Edge locations', true)
    await setLayer(page, 'Local Zones', true)
    await setLayer(page, 'Wavelength Zones', true)
    await page.getByRole('radio', { name: 'Cache miss' }).check()
    await expect(page.getByTestId('request-path')).toBeVisible()
    await page.mouse.move(5, 5)
    await expect(layerToggle(page, 'Network (schematic)')).toBeChecked()
    await expect(layerToggle(page, 'Latency arcs')).toBeChecked()
    // The reach layer too, at a year of the time-lapse (the markers then hide the regions not yet open).
    await showPanelTab(page, 'Time')
    await page.getByRole('checkbox', { name: 'Reach' }).check()
    await page.getByRole('button', { name: 'Previous year' }).click()
    await expect
      .poll(() => page.evaluate(() => window.__infraglobe?.reachDrawn?.() ?? null), { timeout: 60_000, message: 'the reach surface drawn' })
      .not.toBeNull()
    await waitForStillness(page)
    const marker = await regionPosition(page, 'sa-east-1')
    expect(marker?.visible).toBe(true)
    await page.mouse.move(marker!.x, marker!.y)
    await waitForStillness(page)
    const calls = await drawCalls(page)
    console.log(`draw calls with every layer on: ${calls}`)
    expect(calls).toBeGreaterThan(0)
    expect(calls).toBeLessThan(20)
  })

  test('with reduced motion asked for, the arcs stand still: the globe renders nothing while idle', async ({
    page,
  }) => {
    const settled = await waitForStillness(page)
    await page.waitForTimeout(2_000)
    expect(await renderedFrames(page)).toBe(settled)
  })
})

/** "8.9 ms" or "9 ms": the link's measured RTT, rounded or to one decimal. */
function rttPattern(rttMs: number): RegExp {
  const forms = new Set([String(Math.round(rttMs)), rttMs.toFixed(1)])
  return new RegExp(`(^|[^\\d.])(${[...forms].map((f) => f.replace('.', '\\.')).join('|')})\\s?ms`)
}

/**
 * A layer is on the picture when switching it off changes a clear share of the globe's pixels,
 * and switching it back on restores the picture (so the change is the layer, not noise).
 */
async function expectLayerEvidence(
  page: Page,
  testInfo: { annotations: { type: string; description?: string }[] },
  layer: string,
  on: Buffer,
  off: Buffer,
  onAgain: Buffer,
): Promise<void> {
  const removed = await pixelDifference(page, on, off, { tolerance: CHANGED_TOLERANCE })
  const noise = await pixelDifference(page, on, onAgain, { tolerance: CHANGED_TOLERANCE })
  const pixels = removed.width * removed.height
  const evidence = JSON.stringify({ pixels, changedWhenOff: removed.changed, changedWhenBackOn: noise.changed })
  testInfo.annotations.push({ type: `${layer} pixel evidence`, description: evidence })
  console.log(`${layer} pixel evidence: ${evidence}`)
  expect(removed.changed / pixels, `share of the globe's pixels that ${layer} covers`).toBeGreaterThan(0.003)
  expect(noise.changed, `${layer} back on restores the picture`).toBeLessThan(removed.changed / 10)
}
