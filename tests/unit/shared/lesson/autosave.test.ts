import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AUTOSAVE_INTERVAL_MS, createAutosaver } from '../../../../src/shared/lesson/autosave'

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the lesson autosaver', () => {
  it('writes the first change at once and then at most once per interval, always the latest text', async () => {
    const save = vi.fn((_text: string) => Promise.resolve())
    const autosave = createAutosaver(save)
    autosave.schedule('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(save.mock.calls).toEqual([['a']])
    autosave.schedule('b')
    autosave.schedule('c')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS - 1)
    expect(save).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(save.mock.calls).toEqual([['a'], ['c']])
  })

  it('writes what is waiting at once on flush, and nothing when nothing waits', async () => {
    const save = vi.fn((_text: string) => Promise.resolve())
    const autosave = createAutosaver(save)
    autosave.schedule('a')
    await vi.advanceTimersByTimeAsync(0)
    autosave.schedule('b')
    await autosave.flush()
    await autosave.flush()
    expect(save.mock.calls).toEqual([['a'], ['b']])
  })

  it('drops what is waiting on cancel', async () => {
    const save = vi.fn((_text: string) => Promise.resolve())
    const autosave = createAutosaver(save)
    autosave.schedule('a')
    autosave.cancel()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS * 2)
    expect(save).not.toHaveBeenCalled()
  })

  it('reports a failed write and tries again at the next change', async () => {
    const onError = vi.fn()
    const save = vi.fn((_text: string) => Promise.reject(new Error('quota')))
    const autosave = createAutosaver(save, { onError })
    autosave.schedule('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(onError).toHaveBeenCalledOnce()
    autosave.schedule('b')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(save.mock.calls).toEqual([['a'], ['b']])
  })
})
