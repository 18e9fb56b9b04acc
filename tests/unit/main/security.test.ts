import { readFileSync } from 'node:fs'
import type { App, Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(() => import('./fakeElectron'))
vi.mock('electron', () => electron.electronModule)

const { hardenSession, hardenWebContents, installSecurityPolicies, isLocalRequest } = await import(
  '../../../src/main/security'
)
const { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } = await import('../../../src/shared/csp')
const { FakeApp, FakeSession, FakeWebContents } = electron

const pageUrl = 'app://infraglobe/index.html'
const devServerUrl = 'http://localhost:5173'

function hardenedPage() {
  const contents = new FakeWebContents()
  contents.url = pageUrl
  hardenWebContents(contents as unknown as WebContents)
  return contents
}

function hardenedSession(dev?: string) {
  const session = new FakeSession()
  hardenSession(session as unknown as Session, dev)
  return session
}

/**
 * Fires a cancellable Electron event for a URL, the way Electron 45 does (the
 * URL on the event and, deprecated, as the next argument), and says whether a
 * listener prevented it.
 */
function prevented(contents: InstanceType<typeof FakeWebContents>, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  contents.fire(event, { url, preventDefault }, url)
  return preventDefault.mock.calls.length > 0
}

beforeEach(() => {
  electron.resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('hardenWebContents', () => {
  it('prevents navigation to any other page', () => {
    const contents = hardenedPage()
    expect(prevented(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(prevented(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
  })

  it('lets the page reload itself', () => {
    expect(prevented(hardenedPage(), 'will-navigate', pageUrl)).toBe(false)
  })

  it('prevents redirects to another page', () => {
    const contents = hardenedPage()
    expect(prevented(contents, 'will-redirect', 'https://example.com/')).toBe(true)
    expect(prevented(contents, 'will-redirect', pageUrl)).toBe(false)
  })

  it('denies window.open and target=_blank links, even to https pages', () => {
    const contents = hardenedPage()
    expect(contents.windowOpenHandler?.({ url: 'https://aws.amazon.com/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: pageUrl })).toEqual({ action: 'deny' })
  })

  it('prevents attaching a webview', () => {
    const preventDefault = vi.fn()
    hardenedPage().fire('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com/' })
    expect(preventDefault).toHaveBeenCalledOnce()
  })
})

describe('hardenSession', () => {
  it.each(['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission request',
    (permission) => {
      const callback = vi.fn()
      const handler = hardenedSession().permissionRequestHandler as (...args: unknown[]) => void
      handler({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    },
  )

  it('answers every permission check with no', () => {
    const check = hardenedSession().permissionCheckHandler as (...args: unknown[]) => boolean
    expect(check({}, 'geolocation', 'file://', {})).toBe(false)
    expect(check(null, 'media', devServerUrl, {})).toBe(false)
  })

  it.each([
    'https://example.com/texture.png',
    'http://tile.openstreetmap.org/0/0/0.png',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'http://localhost:5173/',
    'not a url',
    'file:///opt/InfraGlobe/out/renderer/index.html',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
  ])('cancels a request to %s', (url) => {
    expect(hardenedSession().isCancelled(url)).toBe(true)
  })

  it.each([pageUrl, 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://infraglobe/1234'])(
    'lets a local request to %s through',
    (url) => {
      expect(hardenedSession().isCancelled(url)).toBe(false)
    },
  )

  it('in development lets requests to the dev server and its hot-reload socket through, and nothing else', () => {
    const session = hardenedSession(devServerUrl)
    expect(session.isCancelled('http://localhost:5173/src/main.tsx')).toBe(false)
    expect(session.isCancelled('ws://localhost:5173/?token=abc')).toBe(false)
    expect(session.isCancelled('http://localhost:5174/')).toBe(true)
    expect(session.isCancelled('https://localhost:5173/')).toBe(true)
    expect(session.isCancelled('https://example.com/')).toBe(true)
  })

  it('sets the Content-Security-Policy header on every response, keeping the other headers', () => {
    const headers = hardenedSession().headersFor(pageUrl, { 'Content-Type': ['text/html'] })
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('replaces a weaker policy a response brings, whatever its header case', () => {
    const headers = hardenedSession().headersFor(devServerUrl, { 'content-security-policy': ["default-src *"] })
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })

  it('sets the header on a response without headers', () => {
    expect(hardenedSession().headersFor(pageUrl)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})

describe('installSecurityPolicies', () => {
  it('hardens the session and every web page created afterwards', () => {
    const app = new FakeApp()
    const session = new FakeSession()
    installSecurityPolicies({ app: app as unknown as App, session: session as unknown as Session })
    expect(session.isCancelled('https://example.com/')).toBe(true)

    const contents = new FakeWebContents()
    contents.url = pageUrl
    app.fire('web-contents-created', {}, contents)
    expect(prevented(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('isLocalRequest', () => {
  it('treats a dev server URL with a path as its origin', () => {
    expect(isLocalRequest('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy, sent as a header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('has a meta-tag form that differs only by frame-ancestors, which meta tags ignore', () => {
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  it('matches the meta tag of the renderer page', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META)
  })
})
