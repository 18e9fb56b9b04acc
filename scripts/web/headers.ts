import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'

/**
 * The headers the web edition's server sends with every response. The page
 * carries its Content Security Policy as a meta tag too, but browsers ignore
 * frame-ancestors there: only this header keeps another site (or another
 * local port) from framing the app to trick clicks out of a user. The older
 * X-Frame-Options says the same to browsers that predate frame-ancestors;
 * nosniff stops a file being run as another type than it is served as; and
 * no referrer leaves the page with any request.
 */
export const WEB_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}
