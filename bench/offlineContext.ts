import type { Browser, BrowserContext, Page } from 'playwright-core'
import { isLocalUrl } from '../tests/e2e/support/offline'
import { viewport } from '../tests/e2e/support/chromium'

export interface OfflineContext {
  context: BrowserContext
  /** Every request to anywhere but the local server, refused and listed here. */
  blockedRequests: string[]
}

/**
 * A browser context as every bench page gets it: the tests' window size, UTC
 * (which names no city, so InfraGlobe guesses no location on any machine),
 * the given stored settings, and no network beyond the local server.
 */
export async function openOfflineContext(
  browser: Browser,
  options: { localStorage?: Record<string, string>; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport, timezoneId: 'UTC', reducedMotion: options.reducedMotion ?? 'no-preference' })
  if (options.localStorage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value)
    }, options.localStorage)
  }
  const blockedRequests: string[] = []
  await context.route(
    (target) => !isLocalUrl(target),
    (route) => {
      blockedRequests.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  return { context, blockedRequests }
}

/** The page's uncaught errors (and, when asked, its console errors), collected as they happen. */
export function collectPageErrors(page: Page, options: { consoleErrors?: boolean } = {}): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  if (options.consoleErrors) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
  }
  return errors
}
