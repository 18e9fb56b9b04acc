import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { useIdleAfterFirstFrame } from '../../../../src/renderer/loading/afterFirstFrame'

let withdraw: () => void = () => {}
afterEach(() => withdraw())

/** Long enough for the macrotask after the first frame and the idle callback (or its stand-in). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 1_100)))

describe('useIdleAfterFirstFrame', () => {
  it('stays false while no globe is mounted, and until the globe has drawn its first frame', async () => {
    const { result } = renderHook(() => useIdleAfterFirstFrame())
    await settle()
    expect(result.current).toBe(false)
    const runtime = new GlobeRuntime()
    act(() => {
      withdraw = publishGlobe(runtime)
    })
    await settle()
    expect(result.current).toBe(false)
    // No regions to show: the first rendered frame counts as complete.
    runtime.frameRendered()
    await settle()
    expect(result.current).toBe(true)
  })

  it('stays true for components mounted later', () => {
    const { result } = renderHook(() => useIdleAfterFirstFrame())
    expect(result.current).toBe(true)
  })
})
