import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { KeptBuffer } from '../../../../src/renderer/export/keptBuffer'

interface Buffer {
  id: number
  size: number
}

function setUp(keepMs = 1_000) {
  let made = 0
  const released: number[] = []
  const kept = new KeptBuffer<Buffer>((buffer) => released.push(buffer.id), keepMs)
  const make = (size: number) => () => ({ id: ++made, size })
  return { kept, released, make, made: () => made }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('a buffer kept from one export to the next', () => {
  it('lends the same buffer again for the same key, without making or releasing one', () => {
    const { kept, released, make, made } = setUp()
    const first = kept.lease([4096], make(4096))
    first.done()
    vi.advanceTimersByTime(999)
    const second = kept.lease([4096], make(4096))
    expect(second.value).toBe(first.value)
    expect(made()).toBe(1)
    expect(released).toEqual([])
  })

  it('releases the kept buffer and keeps a new one when the key changes', () => {
    const { kept, released, make } = setUp()
    kept.lease([4096], make(4096)).done()
    const other = kept.lease([1024], make(1024))
    expect(other.value).toEqual({ id: 2, size: 1024 })
    expect(released).toEqual([1])
    other.done()
    expect(kept.lease([1024], make(1024)).value).toBe(other.value)
  })

  it('releases the buffer once it has not been asked for during the keeping time, and never while it is lent', () => {
    const { kept, released, make } = setUp()
    const lease = kept.lease([4096], make(4096))
    vi.advanceTimersByTime(5_000)
    expect(released).toEqual([])
    lease.done()
    vi.advanceTimersByTime(999)
    expect(released).toEqual([])
    vi.advanceTimersByTime(1)
    expect(released).toEqual([1])
    // The next lease makes a buffer again.
    expect(kept.lease([4096], make(4096)).value.id).toBe(2)
  })

  it('gives a lease asked for while the buffer is lent out a buffer of its own, released when it is handed back', () => {
    const { kept, released, make } = setUp()
    const first = kept.lease([4096], make(4096))
    const second = kept.lease([4096], make(4096))
    expect(second.value).not.toBe(first.value)
    second.done()
    expect(released).toEqual([2])
    first.done()
    expect(kept.lease([4096], make(4096)).value).toBe(first.value)
  })

  it('counts a lease handed back twice once', () => {
    const { kept, released, make } = setUp()
    const first = kept.lease([4096], make(4096))
    first.done()
    const again = kept.lease([4096], make(4096))
    first.done()
    // Still lent out through `again`: a third lease gets a buffer of its own.
    expect(kept.lease([4096], make(4096)).value).not.toBe(again.value)
    vi.advanceTimersByTime(10_000)
    expect(released).toEqual([])
  })

  it('compares keys item by item, objects by identity', () => {
    const { kept, make, made } = setUp()
    const renderer = {}
    kept.lease([renderer, 4096], make(4096)).done()
    kept.lease([renderer, 4096], make(4096)).done()
    expect(made()).toBe(1)
    kept.lease([{}, 4096], make(4096)).done()
    expect(made()).toBe(2)
  })
})
