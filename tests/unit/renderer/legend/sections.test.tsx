import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { latencyBands } from '../../../../src/renderer/globe/latencyBands'
import '../../../../src/renderer/globe/markerLegend'
import { priceBins } from '../../../../src/renderer/globe/priceScale'
import { Legend } from '../../../../src/renderer/panel/Legend'
import { useAppStore } from '../../../../src/renderer/state/store'

const here = { lat: 48.86, lon: 2.35, label: 'Paris, FR', origin: 'search' } as const

describe('the legend of the layers', () => {
  it('explains the schematic network while its layer is on', () => {
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    expect(within(legend).getByText('Network link (schematic)')).toBeTruthy()
    act(() => useAppStore.getState().setLayer('network', false))
    expect(within(legend).queryByText('Network link (schematic)')).toBeNull()
  })

  it('shows the pin and the round-trip bands once there is a location and arcs to draw', () => {
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    expect(within(legend).queryByText('Your location')).toBeNull()
    expect(within(legend).queryByRole('list', { name: /Latency arcs/ })).toBeNull()

    act(() => useAppStore.getState().setUserLocation(here))
    expect(within(legend).getByText('Your location')).toBeTruthy()
    const bands = within(legend).getByRole('list', { name: 'Latency arcs: estimated round trip' })
    expect(within(bands).getAllByRole('listitem').map((li) => li.textContent)).toEqual(latencyBands.map((b) => b.label))

    act(() => useAppStore.getState().setLayer('latencyArcs', false))
    expect(within(legend).queryByRole('list', { name: /Latency arcs/ })).toBeNull()
    expect(within(legend).getByText('Your location')).toBeTruthy()
  })

  it('drops the status colours while the markers are coloured by price, so a colour means one thing', () => {
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    expect(within(legend).getByText('Available region')).toBeTruthy()
    act(() => useAppStore.getState().setMarkerColouring('price-index'))
    expect(within(legend).queryByText('Available region')).toBeNull()
    expect(within(legend).queryByText('Announced region')).toBeNull()
    expect(within(legend).getByText('Selected region')).toBeTruthy()
    for (const bin of priceBins) expect(within(legend).getByText(bin.label)).toBeTruthy()
    act(() => useAppStore.getState().setMarkerColouring('status'))
    expect(within(legend).getByText('Available region')).toBeTruthy()
  })
})
