import * as nodeFs from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

/**
 * The app's own pages come from a privileged `app://` scheme instead of
 * `file://`: `app://infraglobe/<path>` serves a file of the built renderer
 * folder and nothing else. A path that leaves the folder (`..`, encoded
 * separators, a NUL) is refused before the disk is touched, so no page can
 * read another file of the machine; the window trusts exactly this origin.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'infraglobe'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * How the scheme is registered before the app is ready: standard (relative
 * URLs and an origin like https), secure (a secure context, as the page's
 * APIs require), and fetchable (the page fetches its own bundled files).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/** Whether a URL is of the app's own origin. */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
}

/**
 * The file an app:// URL names inside `root`, or null when the URL is not
 * ours or its path would leave the folder. The URL parser already folds `..`
 * segments; what is left is checked again after decoding.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!isAppUrl(parsed)) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  // An encoded separator or NUL could only be meant to escape the folder or confuse the file system.
  if (path.includes('\0') || path.includes('\\') || /%2f|%5c/i.test(parsed.pathname)) return null
  if (path.split('/').some((segment) => segment === '..')) return null
  const base = resolve(root)
  const file = resolve(base, `.${path === '/' ? '/index.html' : path}`)
  return file.startsWith(base + sep) ? file : null
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string
  readFile?: (file: string) => Promise<Uint8Array>
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })
}

/** The handler for protocol.handle('app', …): a file of the folder with our headers, or an error status. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((file: string) => nodeFs.readFile(file))
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed')
    const file = resolveAppPath(request.url, options.root)
    if (file === null) return refuse(404, 'Not found')
    let body: Uint8Array
    try {
      body = await readFile(file)
    } catch {
      return refuse(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
}
