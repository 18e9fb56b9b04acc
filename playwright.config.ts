import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath, viewport } from './tests/e2e/support/chromium'

// E2E_PORT (with INFRAGLOBE_WEB_OUT) lets two runs share the machine.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  // Two browsers side by side. Software WebGL keeps a core and a half busy while it draws, but a
  // test spends most of its time waiting on a flight, a stillness or a chunk with the globe idle:
  // on a two-core machine two files at a time take the suite from 13 to about 10 minutes.
  // E2E_WORKERS=<n> sets another count (1 on a machine busy with other work).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  fullyParallel: false,
  // Software WebGL takes tens of milliseconds per frame: the first scene takes a while.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  webServer: {
    // `npm run test:e2e` builds out/web before Playwright starts this.
    command: 'node --import tsx scripts/serve-web.ts',
    env: { PORT: String(port), ...(process.env.INFRAGLOBE_WEB_OUT ? { INFRAGLOBE_WEB_OUT: process.env.INFRAGLOBE_WEB_OUT } : {}) },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'web',
      // Every spec but the desktop smoke test drives the web edition.
      testIgnore: /(^|[\\/])electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        baseURL,
        headless: true,
        viewport,
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
        trace: { mode: 'retain-on-failure', screenshots: false },
        screenshot: 'only-on-failure',
      },
    },
    {
      // The desktop app, driven through Playwright's Electron support: no browser is launched.
      name: 'electron',
      testMatch: /(^|[\\/])electron\.spec\.ts$/,
    },
  ],
})
