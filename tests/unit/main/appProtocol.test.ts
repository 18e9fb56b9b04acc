import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_INDEX_URL, createAppProtocolHandler, isAppUrl, resolveAppPath } from '../../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

const root = resolve('/opt/InfraGlobe/out/renderer')

describe('resolveAppPath', () => {
  it('maps the app origin onto the renderer folder, the bare origin onto index.html', () => {
    expect(resolveAppPath(APP_INDEX_URL, root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://infraglobe/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://infraglobe/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'))
  })

  it.each([
    'app://infraglobe/../main/index.js',
    'app://infraglobe/%2e%2e/%2e%2e/etc/passwd',
    'app://infraglobe/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://infraglobe/assets%5c..%5c..%5cmain%5cindex.js',
    'app://infraglobe/assets/%00index.js',
    'app://infraglobe/%E0%A4%A',
  ])('never leaves the renderer folder: %s', (url) => {
    // The URL parser folds `..` into the folder itself; what is left of a way out is refused.
    const file = resolveAppPath(url, root)
    expect(file === null || file.startsWith(join(root, '/'))).toBe(true)
  })

  it.each([
    'app://infraglobe/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://infraglobe/assets%5c..%5c..%5cmain%5cindex.js',
    'app://infraglobe/assets/%00index.js',
    'app://infraglobe/%E0%A4%A',
  ])('refuses an encoded separator, a NUL or a broken escape outright: %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull()
  })

  it.each(['app://elsewhere/index.html', 'file:///opt/InfraGlobe/out/renderer/index.html', 'https://infraglobe/index.html', 'not a url'])(
    'refuses a URL that is not of the app origin: %s',
    (url) => {
      expect(resolveAppPath(url, root)).toBeNull()
    },
  )

  it('recognises exactly the app origin', () => {
    expect(isAppUrl(new URL('app://infraglobe/x'))).toBe(true)
    expect(isAppUrl(new URL('app://infraglobe.example/x'))).toBe(false)
    expect(isAppUrl(new URL('file:///x'))).toBe(false)
  })
})

describe('the app:// handler', () => {
  const files: Record<string, string> = {
    [join(root, 'index.html')]: '<!doctype html><div id="root"></div>',
    [join(root, 'assets', 'index.js')]: 'console.log(1)',
  }
  const readFile = vi.fn((file: string) =>
    file in files ? Promise.resolve(new TextEncoder().encode(files[file])) : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
  )
  const handler = createAppProtocolHandler({ root, readFile })

  it('serves a file of the folder with its type, the Content Security Policy and nosniff', async () => {
    const page = await handler(new Request(APP_INDEX_URL))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('id="root"')
    expect((await handler(new Request('app://infraglobe/assets/index.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 for a missing file and for a way out of the folder, without reading outside it', async () => {
    readFile.mockClear()
    expect((await handler(new Request('app://infraglobe/missing.js'))).status).toBe(404)
    expect((await handler(new Request('app://infraglobe/assets/..%2f..%2f..%2fmain%2findex.js'))).status).toBe(404)
    for (const [file] of readFile.mock.calls) expect(file.startsWith(root)).toBe(true)
  })

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await handler(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405)
    expect((await handler(new Request(APP_INDEX_URL, { method: 'HEAD' }))).status).toBe(200)
  })
})
