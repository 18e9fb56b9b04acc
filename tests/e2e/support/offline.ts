/**
 * What "offline" means for the tests and the benchmark: a request may go to this machine
 * (localhost, 127.0.0.1, ::1) or stay inside the page (data:, blob:), nothing else.
 */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const inPageProtocols = new Set(['data:', 'blob:', 'about:'])

export function isLocalUrl(url: string | URL): boolean {
  let parsed: URL
  try {
    parsed = typeof url === 'string' ? new URL(url) : url
  } catch {
    return false
  }
  if (inPageProtocols.has(parsed.protocol)) return true
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && localHosts.has(parsed.hostname)
}
