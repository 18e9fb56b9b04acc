import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { isAppUrl } from './appProtocol'

/**
 * Security policies for every web page the app creates. InfraGlobe shows one
 * bundled page and never needs the network, so the rules are "deny" by
 * default: no navigation, no new windows, no webviews, no permissions, no
 * request that leaves the machine.
 */

/**
 * Schemes that never leave the machine: DevTools and in-page data. The app's
 * own files come from app://infraglobe (checked by host); file: is not
 * among them, so no page can load a file of the disk.
 */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:'])

/**
 * Whether a request may proceed. In development the renderer is served by the
 * local dev server (`ELECTRON_RENDERER_URL`), whose host is allowed for HTTP
 * and for the hot-reload WebSocket.
 */
export function isLocalRequest(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (LOCAL_SCHEMES.has(parsed.protocol) || isAppUrl(parsed)) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  const webSocket = dev.protocol === 'https:' ? 'wss:' : 'ws:'
  return (parsed.protocol === dev.protocol || parsed.protocol === webSocket) && parsed.host === dev.host
}

/** Replaces any Content-Security-Policy header, whatever its case, with ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
  return out
}

/** Locks down one web page: it stays on its own URL and opens nothing. */
export function hardenWebContents(contents: WebContents): void {
  const stayOnPage = (event: { url: string; preventDefault(): void }) => {
    if (event.url !== contents.getURL()) event.preventDefault()
  }
  contents.on('will-navigate', stayOnPage)
  contents.on('will-redirect', stayOnPage)
  // Links are not opened, not even in the system browser: the About box shows
  // the data sources' origins as text to copy.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission and every non-local request, and sets the CSP header. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isLocalRequest(details.url, devServerUrl)
    if (!allowed) console.warn(`Blocked a request that would leave the machine: ${details.url}`)
    callback({ cancel: !allowed })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) })
  })
}

export interface SecurityTargets {
  app: Pick<App, 'on'>
  session: Session
  devServerUrl?: string
}

/** Installs every policy; call on ready, before the first window is created. */
export function installSecurityPolicies({ app, session, devServerUrl }: SecurityTargets): void {
  hardenSession(session, devServerUrl)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
}
