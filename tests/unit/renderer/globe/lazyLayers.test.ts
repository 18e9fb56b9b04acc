import { describe, expect, it, vi } from 'vitest'
import { preloadShownLayers } from '../../../../src/renderer/globe/lazyLayers'
import { useAppStore } from '../../../../src/renderer/state/store'

describe('preloadShownLayers', () => {
  it('fetches nothing when no optional layer shows, and resolves at once', async () => {
    const state = useAppStore.getState()
    const off = { ...state, layers: { ...state.layers, network: false, latencyArcs: false, reach: false, edges: false, localZones: false, wavelengthZones: false } }
    const errors = vi.spyOn(console, 'error')
    await expect(preloadShownLayers(off)).resolves.toBeUndefined()
    expect(errors).not.toHaveBeenCalled()
  })

  it('resolves once the code of every layer the settings show is here', async () => {
    const state = useAppStore.getState()
    const on = { ...state, layers: { ...state.layers, network: true, latencyArcs: true, edges: true } }
    const errors = vi.spyOn(console, 'error')
    await expect(preloadShownLayers(on)).resolves.toBeUndefined()
    // Here means loaded: a layer whose code failed to load is logged, and the preload resolves all the same.
    expect(errors).not.toHaveBeenCalled()
    // A second preload finds the code already here.
    await expect(preloadShownLayers(on)).resolves.toBeUndefined()
  })
})
