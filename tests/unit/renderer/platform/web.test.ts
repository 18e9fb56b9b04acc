import { describe, expect, it, vi } from 'vitest'
import packageJson from '../../../../package.json'
import { createPlatform as createElectronPlatform } from '../../../../src/renderer/platform/electron'
import { createPlatform as createWebPlatform, DATASET_FILE } from '../../../../src/renderer/platform/web'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'

function stubFetch(answer: () => Promise<Response>) {
  const fetch = vi.fn((_url: string) => answer())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('web platform', () => {
  it('loads and validates the bundled dataset from its own origin', async () => {
    const dataset = makeDataset()
    const fetch = stubFetch(() => Promise.resolve(new Response(JSON.stringify(dataset))))
    const result = await createWebPlatform().loadDataset()
    expect(result).toEqual({ ok: true, file: 'assets/data/infrastructure.json', dataset, origin: 'builtin' })
    expect(fetch).toHaveBeenCalledTimes(1)
    const url = new URL(fetch.mock.calls[0]?.[0] ?? '', window.location.href)
    expect(url.origin).toBe(window.location.origin)
    expect(url.pathname).toMatch(/infrastructure.*\.json$/)
  })

  it('reports a failed fetch as a problem, without throwing', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const result = await createWebPlatform().loadDataset()
    expect(result).toEqual({
      ok: false,
      file: DATASET_FILE,
      problems: ['the file could not be read: Failed to fetch'],
      origin: 'builtin',
    })
  })

  it('reports an HTTP error status as a problem', async () => {
    stubFetch(() => Promise.resolve(new Response('not here', { status: 404, statusText: 'Not Found' })))
    const result = await createWebPlatform().loadDataset()
    expect(result).toEqual({
      ok: false,
      file: DATASET_FILE,
      problems: ['the file could not be read: the server answered HTTP 404 Not Found'],
      origin: 'builtin',
    })
  })

  it('reports text that is not JSON with where it broke', async () => {
    stubFetch(() => Promise.resolve(new Response('{\n  "schemaVersion": 1,\n  oops\n}')))
    const result = await createWebPlatform().loadDataset()
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.file).toBe(DATASET_FILE)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(/^\(root\): not valid JSON: .*line 3/)
  })

  it('reports each schema problem with its JSON path', async () => {
    const dataset = makeDataset()
    const broken = { ...dataset, regions: dataset.regions.map((r, i) => (i === 1 ? { ...r, lat: 123 } : r)) }
    stubFetch(() => Promise.resolve(new Response(JSON.stringify(broken))))
    const result = await createWebPlatform().loadDataset()
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(/^regions\[1\]\.lat: /)
  })

  it('uses the bytes the build checked as they are, and checks any other text in full', async () => {
    const dataset = makeDataset()
    // A field the schema does not hold: the validator would drop or refuse it, so keeping it shows the text was used as it is.
    const built = { ...dataset, builtBy: 'the data build' }
    const checked = JSON.stringify(built)
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(checked))), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('')
    vi.stubEnv('BUILTIN_DATASET_SHA256', digest)
    try {
      stubFetch(() => Promise.resolve(new Response(checked)))
      expect(await createWebPlatform().loadDataset()).toEqual({ ok: true, file: DATASET_FILE, dataset: built, origin: 'builtin' })
      // Other bytes than the build checked (a file changed after the build) are validated and refused.
      const changed = JSON.stringify({ ...dataset, regions: dataset.regions.map((r, i) => (i === 1 ? { ...r, lat: 123 } : r)) })
      stubFetch(() => Promise.resolve(new Response(changed)))
      const result = await createWebPlatform().loadDataset()
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problems[0]).toMatch(/^regions\[1\]\.lat: /)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('names itself the web edition with the package version, and has no menu', async () => {
    const platform = createWebPlatform()
    expect(await platform.appInfo()).toEqual({ name: 'InfraGlobe', version: packageJson.version, edition: 'web' })
    const listener = vi.fn()
    const unsubscribe = platform.onMenuCommand(listener)
    expect(typeof unsubscribe).toBe('function')
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
  })

  it('implements every function of the API', () => {
    const platform = createWebPlatform()
    const { sendMenuCommand: _send, menuListeners: _listeners, receivePresentationMessage: _receive, ...everyFunction } = fakeApi()
    expect(Object.keys(platform).sort()).toEqual(Object.keys(everyFunction).sort())
    for (const value of Object.values(platform)) expect(typeof value).toBe('function')
  })
})

describe('desktop platform', () => {
  it('uses the API the preload exposed', () => {
    const api = fakeApi()
    vi.stubGlobal('infraglobe', api)
    expect(createElectronPlatform()).toBe(api)
  })

  it('says clearly that the preload is missing instead of failing later', () => {
    expect(window.infraglobe).toBeUndefined()
    expect(() => createElectronPlatform()).toThrow(/preload script did not expose window\.infraglobe/)
  })
})
