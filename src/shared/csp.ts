/**
 * The renderer's Content Security Policy. Main sends it as a response header
 * and the renderer's index.html carries it as a meta tag; both come from the
 * directives below so they cannot drift apart. Everything is bundled, so
 * nothing but the app's own origin is needed: images may also be data:/blob:
 * URLs (textures and exports made in the page).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const

/** The policy as an HTTP header (what main sets on every response). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/**
 * The same policy for a `<meta http-equiv>` tag. Browsers ignore
 * frame-ancestors there (and warn about it), so the tag leaves it out; the
 * header still sends it.
 */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors ')).join('; ')
