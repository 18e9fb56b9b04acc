import { describe, expect, it } from 'vitest'
import {
  defaultBalanced,
  defaultSingle,
  openDrill,
  placementOf,
  restoreAll,
  setLoadBalanced,
  setRegionalService,
  setSingleInstance,
  toggleFailed,
  toggleLoadBalancedAz,
} from '../../../../src/renderer/azs/drillEdits'
import type { AzSlot } from '../../../../src/shared/azs'

const azs: AzSlot[] = ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4'].map((id) => ({ key: id, label: id }))

describe('the failure drill’s edits', () => {
  it('opens with nothing placed and every AZ up', () => {
    expect(openDrill('us-east-1')).toEqual({ region: 'us-east-1', placements: [], failedAzIds: [] })
  })

  it('keeps the placements in the order (a), (b), (c) whatever order they were placed in, and replaces a pattern', () => {
    let state = setRegionalService(openDrill('us-east-1'), 's3')
    state = setLoadBalanced(state, ['use1-az3', 'use1-az1'], azs)
    state = setSingleInstance(state, 'use1-az2')
    state = setSingleInstance(state, 'use1-az4')
    expect(state.placements.map((p) => p.pattern)).toEqual(['single-instance', 'load-balanced', 'regional-service'])
    expect(placementOf(state, 'single-instance')?.az).toBe('use1-az4')
    // The load balancer's AZs follow the region's order.
    expect(placementOf(state, 'load-balanced')?.azs).toEqual(['use1-az1', 'use1-az3'])
    expect(placementOf(setRegionalService(state, null), 'regional-service')).toBeNull()
  })

  it('never makes a load-balanced deployment of fewer than two AZs', () => {
    const state = setLoadBalanced(openDrill('us-east-1'), ['use1-az1', 'use1-az2'], azs)
    expect(() => setLoadBalanced(state, ['use1-az1'], azs)).toThrow(RangeError)
    expect(toggleLoadBalancedAz(state, 'use1-az2', azs)).toBeNull()
    const three = toggleLoadBalancedAz(state, 'use1-az4', azs)
    expect(three && placementOf(three, 'load-balanced')?.azs).toEqual(['use1-az1', 'use1-az2', 'use1-az4'])
    const back = three && toggleLoadBalancedAz(three, 'use1-az1', azs)
    expect(back && placementOf(back, 'load-balanced')?.azs).toEqual(['use1-az2', 'use1-az4'])
  })

  it('fails an AZ that is up, restores a failed one, and restores every AZ keeping the placements', () => {
    const placed = setSingleInstance(openDrill('us-east-1'), 'use1-az4')
    const failed = toggleFailed(toggleFailed(placed, 'use1-az4'), 'use1-az1')
    expect(failed.failedAzIds).toEqual(['use1-az4', 'use1-az1'])
    expect(toggleFailed(failed, 'use1-az4').failedAzIds).toEqual(['use1-az1'])
    const restored = restoreAll(failed)
    expect(restored.failedAzIds).toEqual([])
    expect(restored.placements).toEqual(placed.placements)
    // The store replaces; nothing is changed in place.
    expect(placed.failedAzIds).toEqual([])
  })

  it('places a new (a) in the first AZ and a new (b) across the first two, or not at all with one AZ', () => {
    expect(defaultSingle(azs)).toBe('use1-az1')
    expect(defaultBalanced(azs)).toEqual(['use1-az1', 'use1-az2'])
    expect(defaultBalanced(azs.slice(0, 1))).toBeNull()
    expect(defaultSingle([])).toBeNull()
  })
})
