import { describe, expect, it } from 'vitest'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('GlobeRuntime pending work', () => {
  it('counts each piece of work from the moment it is tracked until it settles, failed or not', async () => {
    const runtime = new GlobeRuntime()
    expect(runtime.pendingWork).toBe(0)
    const land = deferred<string>()
    const layer = deferred<string>()
    const tracked = runtime.track(land.promise)
    void runtime.track(layer.promise).catch(() => {})
    expect(runtime.pendingWork).toBe(2)

    land.resolve('drawn')
    await expect(tracked).resolves.toBe('drawn')
    expect(runtime.pendingWork).toBe(1)

    layer.reject(new Error('not loaded'))
    await layer.promise.catch(() => {})
    await Promise.resolve()
    expect(runtime.pendingWork).toBe(0)
  })
})
