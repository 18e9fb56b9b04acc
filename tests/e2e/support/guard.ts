import { test as base, expect } from '@playwright/test'
import { isLocalUrl } from './offline'

/**
 * The web page under test must stay on this machine and run clean. This `test` fails a test for
 * any request that leaves localhost (the request is also aborted, so nothing is fetched), any
 * console error, any uncaught exception and any Content Security Policy violation.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ context }, use) => {
    const problems: string[] = []

    await context.route(
      (url) => !isLocalUrl(url),
      (route) => route.abort('blockedbyclient'),
    )
    context.on('request', (request) => {
      if (!isLocalUrl(request.url())) problems.push(`request left the machine: ${request.method()} ${request.url()}`)
    })
    // The browser reports CSP violations as DOM events only; turn each into a console error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ` +
            `at ${event.sourceFile}:${event.lineNumber}`,
        )
      })
    })

    await use(problems)

    expect(problems, 'the page made no request off the machine and reported no error').toEqual([])
  },

  page: async ({ page, problems }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location()
        problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
      }
    })
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.stack ?? error.message}`))
    page.on('crash', () => problems.push('the page crashed'))
    await use(page)
  },
})

export { expect }
