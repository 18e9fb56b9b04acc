/**
 * Screenshots of the globe's labels at rest: `npx tsx bench/labelShots.ts <outDir> <pngDir> [prefix] [arcs]`,
 * at 1280×720 and 1920×1080, dark and light theme, plus a crop round Frankfurt (`[arcs]` last: the arcs scene).
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { benchSettings, regionsOnlySettings, SETTINGS_KEY } from './arcsScene'
import { launch } from './measure'
import { serveStatic } from './serve'

const outDir = resolve(process.argv[2] ?? 'out/web')
const pngDir = resolve(process.argv[3] ?? 'test-results/labels')
const prefix = process.argv[4] ?? 'labels'
// `arcs` as the fifth argument: the arcs scene (a pin in São Paulo, the network, RTT notes).
const base = process.argv[5] === 'arcs' ? benchSettings : regionsOnlySettings
mkdirSync(pngDir, { recursive: true })
const served = await serveStatic(outDir, process.cwd())
const browser = await launch()
try {
  for (const theme of ['dark', 'light'] as const) {
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      const context = await browser.newContext({ viewport: { width, height }, timezoneId: 'UTC' })
      await context.addInitScript((entry) => window.localStorage.setItem(entry[0], entry[1]), [SETTINGS_KEY, JSON.stringify({ ...base, theme })] as const)
      const page = await context.newPage()
      await page.goto(served.url)
      await page.waitForFunction(() => document.documentElement.dataset.sceneReady === 'true', undefined, { timeout: 90_000 })
      await page.waitForTimeout(4000)
      const file = join(pngDir, `${prefix}-${theme}-${width}.png`)
      await page.screenshot({ path: file })
      const box = await page.evaluate(() => window.__infraglobe?.regionScreenPosition('eu-central-1'))
      if (box) await page.screenshot({ path: join(pngDir, `${prefix}-${theme}-${width}-crop.png`), clip: { x: Math.max(0, box.x - 250), y: Math.max(0, box.y - 150), width: 500, height: 300 } })
      console.log(file)
      await context.close()
    }
  }
} finally {
  await browser.close()
  await served.close()
}
