import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { palette } from '../../src/renderer/theme/palette'
import { datasetDates } from '../../src/shared/dataset/asOf'
import { pngSize, readTextChunks } from '../../src/shared/png/textChunks'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { hexToRgb, pixelDifference, type Rgb } from './support/pixels'
import { globeBox, openApp, waitForStillness } from './support/scene'
import { loadBuiltInLesson } from './support/lesson'

const dataset = shippedDataset()

interface ExportOptions {
  size: { kind: 'multiple'; factor: number } | { kind: 'fixed'; width: number; height: number }
  transparent?: boolean
  title?: string
}

interface Exported {
  width: number
  height: number
  png: Buffer
}

type ExportProbe = {
  exportPng(options: ExportOptions): Promise<{ width: number; height: number; base64: string }>
  replaceAnnotations(annotations: unknown): void
  cameraView(): { lat: number; lon: number; distance: number } | null
}

async function exportPng(page: Page, options: ExportOptions): Promise<Exported> {
  const answer = await page.evaluate(
    (o) => (window.__infraglobe as unknown as ExportProbe).exportPng(o),
    options,
  )
  return { width: answer.width, height: answer.height, png: Buffer.from(answer.base64, 'base64') }
}

function keep(testInfo: TestInfo, name: string, png: Buffer): string {
  const dir = join(testInfo.project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  writeFileSync(path, png)
  return path
}

interface Region {
  x: number
  y: number
  width: number
  height: number
}

interface Look {
  width: number
  height: number
  lumaStdDev: number
  /** Pixels within 40 (RGB distance) of each colour, inside `region`. */
  near: Record<string, number>
  /** RGBA of single pixels asked for. */
  pixels: [number, number, number, number][]
}

/** Decodes the PNG in the page (the browser has the decoder) and measures what the tests ask. */
async function look(page: Page, png: Buffer, region: Region, colours: Record<string, Rgb>, points: { x: number; y: number }[]): Promise<Look> {
  return page.evaluate(
    async ({ base64, region, colours, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), { premultiplyAlpha: 'none' })
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D context')
      context.drawImage(bitmap, 0, 0)
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let sum = 0
      let squares = 0
      for (let i = 0; i < data.length; i += 4) {
        const luma = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
        sum += luma
        squares += luma * luma
      }
      const n = width * height
      const near: Record<string, number> = {}
      for (const [name, c] of Object.entries(colours)) {
        let count = 0
        for (let y = region.y; y < region.y + region.height; y++) {
          for (let x = region.x; x < region.x + region.width; x++) {
            const i = (y * width + x) * 4
            const dr = data[i]! - c.r
            const dg = data[i + 1]! - c.g
            const db = data[i + 2]! - c.b
            if (dr * dr + dg * dg + db * db <= 1600) count++
          }
        }
        near[name] = count
      }
      const pixels = points.map(({ x, y }) => {
        const i = (Math.round(y) * width + Math.round(x)) * 4
        return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!] as [number, number, number, number]
      })
      return { width, height, lumaStdDev: Math.sqrt(Math.max(0, squares / n - (sum / n) ** 2)), near, pixels }
    },
    { base64: png.toString('base64'), region, colours, points },
  )
}

/** The region under a window of `radius` px round a point, as a Region. */
function around(point: { x: number; y: number }, radius: number): Region {
  return { x: Math.round(point.x - radius), y: Math.round(point.y - radius), width: 2 * radius, height: 2 * radius }
}

async function openStill(page: Page): Promise<void> {
  await openApp(page)
  await waitForStillness(page)
}

test.describe('PNG export', () => {
  test('an export has exactly the requested size, a picture, the legend, the annotation at its anchor and the metadata', async ({
    page,
  }, testInfo) => {
    await openStill(page)
    const view = await page.evaluate(() => (window.__infraglobe as unknown as ExportProbe).cameraView())
    expect(view, 'the probe reports the camera view').not.toBeNull()
    const plain = await exportPng(page, { size: { kind: 'fixed', width: 1920, height: 1080 } })

    // A pin at the point under the camera: the export camera keeps the view's centre at the image's centre.
    await page.evaluate(
      ({ lat, lon }) =>
        (window.__infraglobe as unknown as ExportProbe).replaceAnnotations([
          { id: 'e2e-pin', type: 'pin', colour: 'yellow', size: 'large', anchor: { kind: 'geo', lat, lon }, text: 'Here' },
        ]),
      { lat: view!.lat, lon: view!.lon },
    )
    await waitForStillness(page)
    const annotated = await exportPng(page, { size: { kind: 'fixed', width: 1920, height: 1080 }, title: 'Export check' })
    keep(testInfo, 'export-1920x1080', annotated.png)

    expect([annotated.width, annotated.height]).toEqual([1920, 1080])
    expect(pngSize(annotated.png)).toEqual({ width: 1920, height: 1080 })

    const centre = { x: 960, y: 540 }
    const legendArea = { x: 0, y: 1080 - 300, width: 560, height: 300 }
    const seen = await look(
      page,
      annotated.png,
      legendArea,
      {
        available: hexToRgb(palette.regionAvailable),
        announced: hexToRgb(palette.regionAnnounced),
        text: hexToRgb(palette.label),
      },
      [{ x: 2, y: 540 }, centre],
    )
    expect(seen.width).toBe(1920)
    expect(seen.height).toBe(1080)
    expect(seen.lumaStdDev, 'not a blank image').toBeGreaterThan(10)
    // The legend's disc and ring swatches and its text, bottom left, where the globe does not reach.
    expect(seen.near.available, 'the available-region swatch').toBeGreaterThan(80)
    expect(seen.near.announced, 'the announced-region swatch').toBeGreaterThan(40)
    expect(seen.near.text, 'the legend text').toBeGreaterThan(200)
    // Opaque: the edge is the globe's background colour exactly as on screen.
    const background = hexToRgb(palette.background)
    const [r, g, b, a] = seen.pixels[0]!
    expect(Math.abs(r - background.r) + Math.abs(g - background.g) + Math.abs(b - background.b)).toBeLessThanOrEqual(3)
    expect(a).toBe(255)

    // The annotation: pixels round its anchor changed, and only there.
    const atAnchor = await differenceIn(page, plain.png, annotated.png, around(centre, 30))
    expect(atAnchor, 'the pin drawn at its anchor').toBeGreaterThan(60)
    const farCorner = await differenceIn(page, plain.png, annotated.png, { x: 1500, y: 300, width: 200, height: 200 })
    expect(farCorner, 'nothing else moved').toBeLessThan(20)

    const text = Object.fromEntries(readTextChunks(annotated.png).map((entry) => [entry.keyword, entry.text]))
    expect(text.Title).toBe('Export check')
    // Each drawn layer with its own date, never one date for all; nothing credited that is not drawn (no location: no latency).
    const regionsDate = datasetDates(dataset).layers.find((l) => l.key === 'regions')!.asOf
    expect(text['Data as of']).toMatch(new RegExp(`^As of: Regions ${regionsDate} · `))
    expect(text['Data as of']).toContain('Land and borders')
    expect(text['Data as of']).not.toContain('latency')
    expect(text.Source).toContain('Natural Earth')
    expect(text.Source).not.toContain('RIPE')
    expect(text.Software).toBe('InfraGlobe')
  })

  test('an arrow keeps its shape in a 16:9 export: its ends lie where the view maps into the image', async ({ page }, testInfo) => {
    await openStill(page)
    const view = await page.evaluate(() => (window.__infraglobe as unknown as ExportProbe).cameraView())
    const box = await globeBox(page)
    const plain = await exportPng(page, { size: { kind: 'fixed', width: 1920, height: 1080 }, title: '' })
    // From empty space on the left (a screen anchor) to the place at the view's centre, level across the view.
    await page.evaluate(
      ({ lat, lon }) =>
        (window.__infraglobe as unknown as ExportProbe).replaceAnnotations([
          {
            id: 'e2e-arrow',
            type: 'arrow',
            colour: 'yellow',
            size: 'large',
            from: { kind: 'screen', x: 0.04, y: 0.5 },
            to: { kind: 'geo', lat, lon },
            text: '',
          },
        ]),
      { lat: view!.lat, lon: view!.lon },
    )
    await waitForStillness(page)
    const drawn = await page.getByTestId('annotation-overlay').locator('[data-annotation-id="e2e-arrow"]').boundingBox()
    expect(drawn, 'the arrow on screen').not.toBeNull()
    const arrowed = await exportPng(page, { size: { kind: 'fixed', width: 1920, height: 1080 }, title: '' })
    keep(testInfo, 'export-arrow-1920x1080', arrowed.png)

    // The view fitted whole into the image: scaled by the smaller ratio, centred.
    const scale = Math.min(1920 / box.width, 1080 / box.height)
    const toImage = (x: number, y: number) => ({ x: (1920 - box.width * scale) / 2 + x * scale, y: (1080 - box.height * scale) / 2 + y * scale })
    const tail = toImage(0.04 * box.width, 0.5 * box.height)
    const tip = toImage(box.width / 2, box.height / 2)
    const changed = await changedBox(page, plain.png, arrowed.png)
    expect(changed, 'the arrow is drawn').not.toBeNull()
    // Its ends, within the round cap and halo (a few px) of where the view's ends map to.
    expect(Math.abs(changed!.left - tail.x), `tail at ${changed!.left}, expected ${tail.x}`).toBeLessThan(10)
    expect(Math.abs(changed!.right - tip.x), `tip at ${changed!.right}, expected ${tip.x}`).toBeLessThan(10)
    expect(Math.abs((changed!.top + changed!.bottom) / 2 - tip.y)).toBeLessThan(6)
    // Its shape: as long and as level as on screen, scaled.
    expect((changed!.right - changed!.left) / (drawn!.width * scale)).toBeGreaterThan(0.95)
    expect((changed!.right - changed!.left) / (drawn!.width * scale)).toBeLessThan(1.05)
  })

  test('exporting leaves the view on screen as it was', async ({ page }, testInfo) => {
    await openStill(page)
    const box = await globeBox(page)
    const before = await page.screenshot({ clip: box })
    await exportPng(page, { size: { kind: 'multiple', factor: 2 } })
    await waitForStillness(page)
    const after = await page.screenshot({ clip: box })
    keep(testInfo, 'view-before-export', before)
    keep(testInfo, 'view-after-export', after)
    const difference = await pixelDifference(page, before, after, { tolerance: 24 })
    expect(difference.changed).toBeLessThan(difference.width * difference.height * 0.002)
  })

  test('a transparent export is clear around the globe and opaque on it', async ({ page }, testInfo) => {
    await openStill(page)
    const image = await exportPng(page, { size: { kind: 'multiple', factor: 1 }, transparent: true })
    keep(testInfo, 'export-transparent-1x', image.png)
    const seen = await look(page, image.png, { x: 0, y: 0, width: 1, height: 1 }, {}, [
      { x: 1, y: image.height / 2 },
      { x: image.width / 2, y: image.height / 2 },
    ])
    expect(seen.pixels[0]![3], 'alpha beside the globe').toBe(0)
    expect(seen.pixels[1]![3], 'alpha at the globe centre').toBe(255)
  })

  test('the dialog saves the PNG as a download in the web edition', async ({ page }, testInfo) => {
    await openStill(page)
    await page.getByRole('button', { name: 'Export PNG…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export image' })
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('1920 × 1080 (Full HD)').check()
    await dialog.getByLabel('Title on the image').fill('Regions of AWS')
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save PNG…' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.png$/)
    const path = keep(testInfo, 'export-dialog-download', readFileSync((await download.path())!))
    const png = readFileSync(path)
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 })
    expect(readTextChunks(png).find((entry) => entry.keyword === 'Title')?.text).toBe('Regions of AWS')
    await expect(dialog.getByTestId('export-status')).toContainText('Saved')
  })

  test('exporting every scene of the built-in lesson saves one numbered PNG per scene and gives the view back', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000)
    await openStill(page)
    await page.getByRole('tab', { name: 'Lesson' }).click()
    await loadBuiltInLesson(page)
    const count = await page.getByTestId('scene-item').count()
    expect(count, 'scenes in the built-in lesson').toBeGreaterThan(5)
    const before = await page.evaluate(() => (window.__infraglobe as unknown as ExportProbe).cameraView())

    await page.getByRole('button', { name: 'Export PNG…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export image' })
    await dialog.getByLabel('1× the view').check()
    const downloads: string[] = []
    const first: Buffer[] = []
    page.on('download', (download) => {
      downloads.push(download.suggestedFilename())
      if (first.length === 0) first.push(Buffer.alloc(0))
      void download.path().then((path) => {
        if (path && downloads.length === 1) first[0] = readFileSync(path)
      })
    })
    await dialog.getByRole('button', { name: 'Export all scenes…' }).click()
    await expect(dialog.getByTestId('export-status')).toContainText(`Saved ${count} images`, { timeout: 200_000 })
    await expect.poll(() => downloads.length).toBe(count)
    // Every name starts with the series' name (the lesson and the time), so a later series never replaces this one.
    const series = /^([\p{L}\p{N}-]+-\d{4}-\d{2}-\d{2}-\d{4})-01-[a-z0-9-]+\.png$/u.exec(downloads[0] ?? '')?.[1]
    expect(series, `the name of the first download, ${downloads[0]}`).toBeDefined()
    expect(downloads[count - 1]).toMatch(new RegExp(`^${series}-${String(count).padStart(2, '0')}-[a-z0-9-]+\\.png$`))
    expect(downloads.every((name) => name.startsWith(`${series}-`))).toBe(true)
    await expect.poll(() => first[0]?.length ?? 0).toBeGreaterThan(0)
    keep(testInfo, 'export-scene-01', first[0]!)
    expect(readTextChunks(first[0]!).find((entry) => entry.keyword === 'Title')?.text).toBe('AWS Regions around the world')
    // The scene's caption goes with its image: drawn as a band, and kept as the image's description.
    expect(readTextChunks(first[0]!).find((entry) => entry.keyword === 'Description')?.text).toMatch(/^Each dot is an AWS Region/)

    const after = await page.evaluate(() => (window.__infraglobe as unknown as ExportProbe).cameraView())
    // The view the user had before the export (the camera is put back, up to floating-point rounding).
    expect(after).not.toBeNull()
    expect(after!.lat).toBeCloseTo(before!.lat, 6)
    expect(after!.lon).toBeCloseTo(before!.lon, 6)
    expect(after!.distance).toBeCloseTo(before!.distance, 6)
  })
})

async function differenceIn(page: Page, first: Buffer, second: Buffer, region: Region): Promise<number> {
  return page.evaluate(
    async ({ a, b, region }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2D context')
        context.drawImage(bitmap, 0, 0)
        return context.getImageData(region.x, region.y, region.width, region.height).data
      }
      const [x, y] = [await decode(a), await decode(b)]
      let changed = 0
      for (let i = 0; i < x.length; i += 4) {
        const d = Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!)
        if (d > 60) changed++
      }
      return changed
    },
    { a: first.toString('base64'), b: second.toString('base64'), region },
  )
}

/** The box round every pixel that differs between two images of one size; null when none does. */
async function changedBox(page: Page, first: Buffer, second: Buffer): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2D context')
        context.drawImage(bitmap, 0, 0)
        return context.getImageData(0, 0, bitmap.width, bitmap.height)
      }
      const [x, y] = [await decode(a), await decode(b)]
      let box: { left: number; top: number; right: number; bottom: number } | null = null
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!)
        if (d <= 60) continue
        const px = (i / 4) % x.width
        const py = Math.floor(i / 4 / x.width)
        box = box
          ? { left: Math.min(box.left, px), top: Math.min(box.top, py), right: Math.max(box.right, px + 1), bottom: Math.max(box.bottom, py + 1) }
          : { left: px, top: py, right: px + 1, bottom: py + 1 }
      }
      return box
    },
    { a: first.toString('base64'), b: second.toString('base64') },
  )
}
