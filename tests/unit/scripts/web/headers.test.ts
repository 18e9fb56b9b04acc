import { describe, expect, it } from 'vitest'
import { WEB_HEADERS } from '../../../../scripts/web/headers'
import { CONTENT_SECURITY_POLICY } from '../../../../src/shared/csp'

describe('the web edition server headers', () => {
  it('send the same Content Security Policy as the desktop app, frame-ancestors included', () => {
    expect(WEB_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual(
      expect.arrayContaining(["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]),
    )
  })

  it('forbid framing, sniffing and referrers', () => {
    expect(WEB_HEADERS).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
  })
})
