import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { palette } from '../../../../src/renderer/theme/palette'
import { DataFooter } from '../../../../src/renderer/panel/DataFooter'
import { Legend } from '../../../../src/renderer/panel/Legend'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'

/** jsdom normalises colours to rgb(); the palette is hex. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

describe('Legend', () => {
  it('draws available regions as discs and announced ones as rings, in the globe palette', () => {
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    const swatch = (label: string) => {
      const item = within(legend).getByText(label)
      const mark = item.querySelector('.legend__swatch')
      if (!(mark instanceof HTMLElement)) throw new Error(`no swatch for ${label}`)
      return mark
    }
    expect(swatch('Available region').className).toContain('legend__disc')
    expect(swatch('Available region').style.backgroundColor).toBe(rgb(palette.regionAvailable))
    expect(swatch('Announced region').className).toContain('legend__ring')
    expect(swatch('Announced region').style.borderColor).toBe(rgb(palette.regionAnnounced))
    // Selected: the region's disc inside a ring of the selection colour.
    expect(swatch('Selected region').style.backgroundColor).toBe(rgb(palette.regionAvailable))
    const ring = swatch('Selected region').style.boxShadow
    expect(ring.includes(palette.regionSelected) || ring.includes(rgb(palette.regionSelected))).toBe(true)
    expect(swatch('Country borders').style.backgroundColor).toBe(rgb(palette.border))
  })
})

describe('DataFooter', () => {
  it('gives the newest and oldest data dates and the region count, and opens About', () => {
    useAppStore.getState().setDataset(makeDataset())
    render(
      <PlatformProvider api={fakeApi()}>
        <DataFooter />
      </PlatformProvider>,
    )
    const footer = screen.getByTestId('data-footer')
    expect(footer.querySelector('p')?.textContent).toBe(
      'Newest data 2026-11-27 (Legal frames), oldest 2025-04-04 (EC2 prices in USD, sheet of 2025-04-04) · 6 regions · ' +
        'built-in dataset · sources in About',
    )
    expect(within(footer).getByRole('button', { name: 'Open dataset…' })).toBeTruthy()
    fireEvent.click(within(footer).getByRole('button', { name: 'About' }))
    expect(useAppStore.getState().aboutOpen).toBe(true)
  })
})
