import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MountWhenShown, networkShown, requestPathShown, zonesShown } from '../../../../src/renderer/globe/MountWhenShown'
import { useAppStore } from '../../../../src/renderer/state/store'

const initial = useAppStore.getState()
afterEach(() => useAppStore.setState(initial, true))

function setLayers(layers: Partial<typeof initial.layers>) {
  act(() => useAppStore.setState({ layers: { ...useAppStore.getState().layers, ...layers } }))
}

describe('MountWhenShown', () => {
  it('builds nothing while its layer is off, then mounts it with the switch and keeps it mounted', () => {
    setLayers({ network: false })
    const built = vi.fn()
    function Layer() {
      built()
      return <p>network links</p>
    }
    render(
      <MountWhenShown shown={networkShown}>
        <Layer />
      </MountWhenShown>,
    )
    expect(screen.queryByText('network links')).toBeNull()
    expect(built).not.toHaveBeenCalled()

    setLayers({ network: true })
    expect(screen.getByText('network links')).toBeTruthy()

    // Off again: the layer stays mounted (it hides itself), so a second switch costs nothing.
    setLayers({ network: false })
    expect(screen.getByText('network links')).toBeTruthy()
  })

  it('mounts at once a layer that is on at start', () => {
    setLayers({ localZones: false, wavelengthZones: true })
    render(
      <MountWhenShown shown={zonesShown}>
        <p>zones</p>
      </MountWhenShown>,
    )
    expect(screen.getByText('zones')).toBeTruthy()
  })

  it('counts the request path as shown once one is asked for', () => {
    expect(requestPathShown(useAppStore.getState())).toBe(false)
    act(() => useAppStore.getState().setRequestPath('miss'))
    expect(requestPathShown(useAppStore.getState())).toBe(true)
  })
})
