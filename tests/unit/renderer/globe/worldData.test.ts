import atlas from 'world-atlas/countries-50m.json'
import { afterEach, describe, expect, it, vi } from 'vitest'

const atlasText = JSON.stringify(atlas)

async function freshModule() {
  vi.resetModules()
  return import('../../../../src/renderer/globe/worldData')
}

describe('loadWorldShapes', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('fetches the atlas once for callers in the same moment, then lets the shapes go', async () => {
    vi.useFakeTimers()
    const fetchMock = vi.fn(async () => new Response(atlasText, { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const { loadWorldShapes } = await freshModule()
    const [a, b] = await Promise.all([loadWorldShapes(), loadWorldShapes()])
    expect(a).toBe(b)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(a.coastlines.type).toBe('MultiLineString')
    expect(a.borders.coordinates.length).toBeGreaterThan(100)
    await vi.advanceTimersByTimeAsync(5_000)
    const later = await loadWorldShapes()
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(later).not.toBe(a)
  })

  it('keeps nothing once delivered: a caller after the shapes arrived loads them again', async () => {
    const fetchMock = vi.fn(async () => new Response(atlasText, { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const { loadWorldShapes } = await freshModule()
    const first = await loadWorldShapes()
    const second = await loadWorldShapes()
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(second).not.toBe(first)
    expect(second.land.type).toBe(first.land.type)
  })

  it('rejects with the HTTP status and tries again on the next call', async () => {
    const fetchMock = vi.fn(async () => new Response('', { status: 404 }))
    vi.stubGlobal('fetch', fetchMock)
    const { loadWorldShapes } = await freshModule()
    await expect(loadWorldShapes()).rejects.toThrow('HTTP 404')
    await expect(loadWorldShapes()).rejects.toThrow('HTTP 404')
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })
})
