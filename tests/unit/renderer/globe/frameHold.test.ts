import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CATCH_UP_DELAY_MS, FrameHold } from '../../../../src/renderer/globe/frameHold'

/** A hold whose requests for a frame are recorded. */
function watchedHold() {
  const hold = new FrameHold()
  const requestFrame = vi.fn()
  hold.requestFrame = requestFrame
  return { hold, requestFrame }
}

describe('FrameHold', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets every frame draw while nothing holds', () => {
    const { hold, requestFrame } = watchedHold()
    expect(hold.skipFrame()).toBe(false)
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS * 2)
    expect(requestFrame).not.toHaveBeenCalled()
  })

  it('skips frames while held and draws the skipped one after a pause once released', () => {
    const { hold, requestFrame } = watchedHold()
    const release = hold.hold()
    expect(hold.held).toBe(true)
    expect(hold.skipFrame()).toBe(true)
    release()
    expect(hold.held).toBe(false)
    expect(hold.skipFrame()).toBe(false)
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS - 1)
    expect(requestFrame).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(requestFrame).toHaveBeenCalledTimes(1)
  })

  it('asks for no frame after a hold in which none was skipped', () => {
    const { hold, requestFrame } = watchedHold()
    hold.hold()()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS * 2)
    expect(requestFrame).not.toHaveBeenCalled()
  })

  it('holds until the last of several holds ends, and a release called twice counts once', () => {
    const hold = new FrameHold()
    const first = hold.hold()
    const second = hold.hold()
    first()
    first()
    expect(hold.held).toBe(true)
    expect(hold.skipFrame()).toBe(true)
    second()
    expect(hold.held).toBe(false)
  })

  it('puts the catch-up frame off while exports follow one another', () => {
    const { hold, requestFrame } = watchedHold()
    const first = hold.hold()
    hold.skipFrame()
    first()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS / 2)
    const second = hold.hold()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS * 2)
    expect(requestFrame).not.toHaveBeenCalled()
    second()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS)
    expect(requestFrame).toHaveBeenCalledTimes(1)
  })

  it('needs no catch-up once a frame was drawn after the hold', () => {
    const { hold, requestFrame } = watchedHold()
    const release = hold.hold()
    hold.skipFrame()
    release()
    hold.frameDrawn()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS * 2)
    expect(requestFrame).not.toHaveBeenCalled()
  })

  it('asks for nothing after it is disposed', () => {
    const { hold, requestFrame } = watchedHold()
    const release = hold.hold()
    hold.skipFrame()
    release()
    hold.dispose()
    vi.advanceTimersByTime(CATCH_UP_DELAY_MS * 2)
    expect(requestFrame).not.toHaveBeenCalled()
  })

  it('keeps a hold across a remount of the frame loop: its holder still releases it once', () => {
    const hold = new FrameHold()
    const release = hold.hold()
    hold.dispose()
    expect(hold.skipFrame()).toBe(true)
    release()
    expect(hold.held).toBe(false)
    const next = hold.hold()
    expect(hold.held).toBe(true)
    next()
    expect(hold.held).toBe(false)
  })
})
