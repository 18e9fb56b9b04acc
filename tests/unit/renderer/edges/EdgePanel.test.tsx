import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EdgePanel } from '../../../../src/renderer/edges/EdgePanel'
import { useAppStore } from '../../../../src/renderer/state/store'
import { shippedDataset } from '../../fixtures/renderer/shippedDataset'

const NAIROBI = { lat: -1.2833, lon: 36.8167, label: 'Nairobi, KE', origin: 'search' as const }

function renderPanel(selected: string | null) {
  const store = useAppStore.getState()
  store.setDataset(shippedDataset())
  store.setUserLocation(NAIROBI)
  store.select(selected)
  return render(<EdgePanel />)
}

describe('EdgePanel', () => {
  it('says what the layer is and is not, with AWS’s figures and their source', () => {
    renderPanel(null)
    const panel = screen.getByTestId('edge-panel')
    expect(panel.textContent).toContain('cities, not every point of presence')
    expect(screen.getByTestId('edge-figures').textContent).toMatch(/points of presence.*Source: https:\/\//)
    expect(screen.getByTestId('rec-tally').textContent).toMatch(/^\d+ regional edge caches shown of \d+ AWS states/)
  })

  it('from Nairobi: the nearest edge location is in Nairobi, with a lower estimate than af-south-1', () => {
    renderPanel('af-south-1')
    const edge = screen.getByTestId('nearest-edge')
    expect(edge.getAttribute('data-city')).toBe('Nairobi')
    expect(edge.textContent).toContain('Nairobi, Kenya (NBO)')
    const capeTown = screen.getByTestId('edge-panel').querySelector('[data-code="af-south-1"]')
    expect(capeTown).not.toBeNull()
    expect(Number(edge.getAttribute('data-rtt'))).toBeLessThan(Number(capeTown?.getAttribute('data-rtt')))
    // Each figure carries its band: "19 ms (12–30)".
    expect(edge.textContent).toMatch(/\d+ ms \(\d+–\d+\)/)
  })

  it('draws a hit as one leg and a miss on through a regional edge cache to the origin region', () => {
    renderPanel('af-south-1')
    expect(screen.queryByTestId('request-path')).toBeNull()
    act(() => fireEvent.click(screen.getByLabelText('Cache hit')))
    expect(useAppStore.getState().requestPath).toBe('hit')
    expect(screen.getByTestId('request-path').querySelectorAll('li')).toHaveLength(1)
    act(() => fireEvent.click(screen.getByLabelText('Cache miss')))
    expect(useAppStore.getState().requestPath).toBe('miss')
    const legs = [...screen.getByTestId('request-path').querySelectorAll('li')].map((li) => li.textContent ?? '')
    expect(legs).toHaveLength(3)
    expect(legs[0]).toMatch(/^you → Nairobi.*\(edge location\)/)
    expect(legs[1]).toContain('(regional edge cache)')
    expect(legs[2]).toMatch(/af-south-1.*\(origin region\)/)
    act(() => fireEvent.click(screen.getByLabelText('None')))
    expect(screen.queryByTestId('request-path')).toBeNull()
  })

  it('asks for a location before it ranks anything', () => {
    useAppStore.getState().setDataset(shippedDataset())
    render(<EdgePanel />)
    expect(screen.queryByTestId('nearest-edge')).toBeNull()
    expect(screen.getByTestId('edge-panel').textContent).toContain('Set your location')
  })
})
