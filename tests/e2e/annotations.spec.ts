import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { globeBox, openApp, saveScreenshot, surfacePosition, waitForStillness, type ScreenPoint } from './support/scene'

const ZURICH = { lat: 47.37, lon: 8.54 }
/** Latin with an accent, CJK and Arabic in one line. */
const TEXT = 'Zürich 東京 القاهرة'

/** How far (CSS px) the callout's anchor dot may sit from where the probe projects its place. */
const ANCHOR_TOLERANCE_PX = 3

// Reduced motion: the globe goes still between two pictures.
test.use({ reducedMotion: 'reduce' })
// Each test waits out camera moves in software WebGL, on a machine that may be busy.
test.describe.configure({ timeout: 240_000 })

test.beforeEach(async ({ page }) => {
  await openApp(page)
  await waitForStillness(page)
})

function annotations(page: Page): Locator {
  return page.getByTestId('annotation-overlay').locator('[data-annotation-id]')
}

/** The centre of the callout's anchor dot (its coloured disc), in viewport CSS px; null when it is not shown. */
async function dotCentre(annotation: Locator): Promise<{ x: number; y: number } | null> {
  const dot = annotation.locator('circle.annotation__ink.annotation__dot')
  if (!(await dot.isVisible())) return null
  const box = await dot.boundingBox()
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null
}

async function visiblePlace(page: Page, place: { lat: number; lon: number }): Promise<ScreenPoint> {
  const point = await surfacePosition(page, place.lat, place.lon)
  expect(point?.visible, 'the place is on the visible side of the globe').toBe(true)
  return point!
}

async function expectAt(annotation: Locator, point: ScreenPoint): Promise<void> {
  const centre = await dotCentre(annotation)
  expect(centre, 'the callout is shown').not.toBeNull()
  expect(Math.hypot(centre!.x - point.x, centre!.y - point.y)).toBeLessThan(ANCHOR_TOLERANCE_PX)
}

async function dragGlobe(page: Page, dx: number): Promise<void> {
  const box = await globeBox(page)
  const x = box.x + box.width * 0.3
  const y = box.y + box.height * 0.75
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let step = 1; step <= 8; step += 1) await page.mouse.move(x + (dx * step) / 8, y, { steps: 2 })
  await page.mouse.up()
  await waitForStillness(page)
}

test('a callout in any script sits on its place, follows the globe, undoes, redoes and hides behind the globe', async ({
  page,
}, testInfo) => {
  const start = await visiblePlace(page, ZURICH)
  await page.getByRole('button', { name: 'Callout', exact: true }).click()
  await page.mouse.click(start.x, start.y)
  const editor = page.getByTestId('annotation-editor')
  await expect(editor).toBeFocused()
  await page.keyboard.type(TEXT)
  await page.keyboard.press('Enter')
  await expect(editor).toHaveCount(0)

  const callout = annotations(page)
  await expect(callout).toHaveCount(1)
  await expect(callout.locator('text.annotation__ink')).toHaveText(TEXT)
  await expectAt(callout, await visiblePlace(page, ZURICH))
  await saveScreenshot(page, testInfo, 'annotation-callout')
  await page.getByTestId('annotation-overlay').screenshot({ path: testInfo.outputPath('screenshots', 'annotation-callout-close.png') })

  // Turning the globe moves the callout with its place.
  await dragGlobe(page, 160)
  const turned = await visiblePlace(page, ZURICH)
  expect(Math.hypot(turned.x - start.x, turned.y - start.y), 'the drag turned the globe').toBeGreaterThan(40)
  await expectAt(callout, turned)
  await saveScreenshot(page, testInfo, 'annotation-callout-turned')

  // Undo takes the callout away, redo brings it back (the focus is not in a text field).
  await page.getByTestId('globe').focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(annotations(page)).toHaveCount(0)
  await page.keyboard.press('Shift+ControlOrMeta+z')
  await expect(annotations(page)).toHaveCount(1)
  await expect(annotations(page).locator('text.annotation__ink')).toHaveText(TEXT)
  await expectAt(annotations(page), turned)

  // Flying to Sydney puts Zürich on the far side: the callout hides.
  await page.locator('[data-testid="region-row"][data-code="ap-southeast-2"]').click()
  await expect.poll(async () => (await surfacePosition(page, ZURICH.lat, ZURICH.lon))?.visible, { timeout: 30_000 }).toBe(false)
  await waitForStillness(page)
  await expect(callout).toBeHidden()
  await saveScreenshot(page, testInfo, 'annotation-callout-behind')
})

test('a title stays fixed on the screen while the globe turns', async ({ page }, testInfo) => {
  const box = await globeBox(page)
  await page.getByRole('button', { name: 'Title', exact: true }).click()
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.2)
  await page.keyboard.type('AWS Regions — 世界')
  await page.keyboard.press('Enter')
  const title = annotations(page)
  await expect(title).toHaveCount(1)
  const text = title.locator('text.annotation__ink')
  const before = await text.boundingBox()
  expect(before).not.toBeNull()
  expect(Math.abs(before!.x + before!.width / 2 - (box.x + box.width / 2))).toBeLessThan(3)

  await dragGlobe(page, 200)
  const after = await text.boundingBox()
  expect(after).toEqual(before)
  await saveScreenshot(page, testInfo, 'annotation-title')
})

test('a pin and an arrow are placed, restyled, dragged as one undo step and deleted', async ({ page }, testInfo) => {
  const zurich = await visiblePlace(page, ZURICH)
  await page.getByRole('button', { name: 'Pin', exact: true }).click()
  await page.mouse.click(zurich.x, zurich.y)
  await page.keyboard.type('Pin')
  await page.keyboard.press('Enter')

  const box = await globeBox(page)
  await page.getByRole('button', { name: 'Arrow', exact: true }).click()
  await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.2)
  await page.mouse.click(zurich.x - 30, zurich.y - 50)
  await page.keyboard.press('Enter')
  await expect(annotations(page)).toHaveCount(2)

  // The arrow is selected after it is written: restyle it.
  const arrow = annotations(page).nth(1)
  await page.getByRole('button', { name: /^Colour and size/ }).click()
  await page.getByRole('button', { name: 'cyan' }).click()
  await page.getByRole('button', { name: 'large' }).click()
  await page.keyboard.press('Escape')
  await expect(arrow.locator('polygon.annotation__ink')).toHaveAttribute('fill', '#4fe3ff')
  await saveScreenshot(page, testInfo, 'annotation-pin-arrow')

  // Drag the pin: many pointer moves, one undo step.
  const pin = annotations(page).first()
  const head = await pin.locator('circle.annotation__ink').boundingBox()
  expect(head).not.toBeNull()
  const grab = { x: head!.x + head!.width / 2, y: head!.y + head!.height / 2 }
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(grab.x + step * 6, grab.y + step * 3)
  await page.mouse.up()
  const moved = await pin.locator('circle.annotation__ink').boundingBox()
  expect(moved!.x - head!.x).toBeGreaterThan(40)
  await page.getByRole('button', { name: 'Undo' }).click()
  const back = await pin.locator('circle.annotation__ink').boundingBox()
  expect(Math.abs(back!.x - head!.x)).toBeLessThan(1.5)

  // Select the pin and delete it with the Delete key.
  await page.mouse.click(grab.x, grab.y)
  await page.keyboard.press('Delete')
  await expect(annotations(page)).toHaveCount(1)
})

test('double-click edits, Escape keeps the arrow, and a long callout wraps on its plate within the globe', async ({ page }, testInfo) => {
  const zurich = await visiblePlace(page, ZURICH)
  const box = await globeBox(page)

  // An arrow from empty space to Zürich; Escape in its label editor keeps the arrow, unlabelled.
  await page.getByRole('button', { name: 'Arrow', exact: true }).click()
  await page.mouse.click(box.x + box.width * 0.12, box.y + box.height * 0.8)
  await page.mouse.click(zurich.x, zurich.y)
  await expect(page.getByTestId('annotation-editor')).toBeFocused()
  await page.keyboard.type('half a label')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0)
  await expect(annotations(page)).toHaveCount(1)

  // A double-click on the arrow opens its editor (the presses before it must not swallow it).
  const shaft = await annotations(page).first().locator('line.annotation__ink').boundingBox()
  expect(shaft).not.toBeNull()
  await page.mouse.dblclick(shaft!.x + shaft!.width / 2, shaft!.y + shaft!.height / 2)
  const editor = page.getByTestId('annotation-editor')
  await expect(editor).toBeFocused()
  await page.keyboard.type('Into Europe')
  await page.keyboard.press('Enter')
  await expect(annotations(page).first().locator('text.annotation__ink')).toHaveText('Into Europe')
  // Escape after a double-click cancels that edit only.
  await page.mouse.dblclick(shaft!.x + shaft!.width / 2, shaft!.y + shaft!.height / 2)
  await expect(editor).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Gone?')
  await page.keyboard.press('Escape')
  await expect(annotations(page)).toHaveCount(1)
  await expect(annotations(page).first().locator('text.annotation__ink')).toHaveText('Into Europe')

  // A long callout near the right of the globe wraps into lines, its plate inside the globe's view.
  await page.getByRole('button', { name: 'Callout', exact: true }).click()
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.55)
  await page.keyboard.type('Frankfurt keeps data in the European Union unless you move it yourself; 東京リージョンとは違います')
  await page.keyboard.press('Enter')
  const callout = annotations(page).nth(1)
  const lines = callout.locator('text.annotation__ink')
  expect(await lines.count(), 'the callout wraps').toBeGreaterThan(1)
  const plate = await callout.locator('rect.annotation__plate').boundingBox()
  expect(plate).not.toBeNull()
  expect(plate!.x).toBeGreaterThanOrEqual(box.x)
  expect(plate!.x + plate!.width).toBeLessThanOrEqual(box.x + box.width)
  expect(plate!.y + plate!.height).toBeLessThanOrEqual(box.y + box.height)
  await saveScreenshot(page, testInfo, 'annotation-editing')
})
