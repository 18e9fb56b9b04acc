import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Frame, type Page } from '@playwright/test'
import { WEB_HEADERS } from '../../scripts/web/headers'

/**
 * The web edition's server headers, and what they are for: a page served from another local
 * port (another origin, as a hostile page on the same machine or network would be) frames the
 * app and gets nothing; the same page frames one of its own pages without trouble, so a failure
 * to frame is the headers' doing. This spec does not use the guard fixture: the refused frame is
 * reported as a console error by design.
 */

let other: Server
let otherOrigin: string

test.beforeAll(async ({ baseURL }) => {
  other = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (request.url === '/own.html') {
      response.end('<!doctype html><title>own</title><p id="own">framed fine</p>')
      return
    }
    const target = request.url === '/frame-own.html' ? '/own.html' : `${baseURL}/`
    response.end(`<!doctype html><title>framer</title><iframe name="target" src="${target}" width="800" height="600"></iframe>`)
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise<void>((resolve) => other.close(() => resolve()))
})

/** The framed document once its navigation has settled (the app, its own page, or Chromium's error page). */
async function framed(page: Page, path: string): Promise<Frame> {
  await page.goto(`${otherOrigin}${path}`)
  await page.locator('iframe[name="target"]').waitFor()
  const frame = page.frame({ name: 'target' })
  if (!frame) throw new Error('the iframe has no frame')
  await frame.waitForLoadState('load')
  return frame
}

test('every response carries the full Content-Security-Policy, X-Frame-Options, nosniff and no referrer', async ({ request }) => {
  for (const path of ['/', '/index.html', '/does-not-exist.js']) {
    const response = await request.get(path)
    const headers = response.headers()
    for (const [name, value] of Object.entries(WEB_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value)
  }
  expect(WEB_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'")
  expect(WEB_HEADERS['X-Frame-Options']).toBe('DENY')
})

test('a page on another local port can frame its own page (the control)', async ({ page }) => {
  const frame = await framed(page, '/frame-own.html')
  await expect(frame.locator('#own')).toHaveText('framed fine')
})

test('a page on another local port cannot frame the app', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (message) => {
    if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text())
  })
  const frame = await framed(page, '/')
  // Chromium replaces a refused frame with its error page: nothing of the app is there.
  await expect.poll(() => frame.url()).not.toMatch(/^http:\/\/127\.0\.0\.1/)
  expect(await frame.locator('#root').count()).toBe(0)
  expect(refusals.join('\n')).toMatch(/frame-ancestors 'none'|X-Frame-Options/)
})
