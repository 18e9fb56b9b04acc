import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../../../src/renderer/state/store'
import { shallow, watch } from '../../../../src/renderer/state/watch'

describe('watch', () => {
  it('calls the listener at once with the current value as value and previous, then on each change only', () => {
    const calls: [string | null, string | null][] = []
    const stop = watch(
      (state) => state.selectedCode,
      (value, previous) => calls.push([value, previous]),
    )
    expect(calls).toEqual([[null, null]])
    useAppStore.getState().hover('eu-west-1')
    expect(calls).toHaveLength(1)
    useAppStore.getState().select('eu-central-1')
    expect(calls).toEqual([
      [null, null],
      ['eu-central-1', null],
    ])
    stop()
    useAppStore.getState().select('us-east-1')
    expect(calls).toHaveLength(2)
  })

  it('with shallow equality, a selector that builds a tuple fires only when a slice changes', () => {
    let count = 0
    const stop = watch((state) => [state.selectedCode, state.hoveredCode] as const, () => count++, { equality: shallow })
    useAppStore.getState().setAutoRotateSpeed(3)
    useAppStore.getState().setPanelTab('latency')
    expect(count).toBe(1)
    useAppStore.getState().hover('eu-west-1')
    expect(count).toBe(2)
    stop()
  })
})
