import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useCompareNotice } from '../../../../src/renderer/compare/compareSelection'
import { RegionTable } from '../../../../src/renderer/panel/RegionTable'
import type { RegionEmphasis } from '../../../../src/renderer/state/selectors'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makePricedDataset } from '../../fixtures/renderer/compare'

// The chooser computes the emphasis; the table only shows it.
const emphasis = vi.hoisted(() => ({ current: { dimmed: new Set<string>(), top: [] as string[] } as RegionEmphasis }))
vi.mock('../../../../src/renderer/state/selectors/emphasis', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src/renderer/state/selectors/emphasis')>()),
  selectRegionEmphasis: () => emphasis.current,
}))

function rowCodes(): string[] {
  return screen.getAllByTestId('region-row').map((row) => row.dataset.code ?? '')
}

function row(code: string): HTMLElement {
  const found = screen.getAllByTestId('region-row').find((r) => r.dataset.code === code)
  if (!found) throw new Error(`no row for ${code}`)
  return found
}

function priceCell(code: string): string {
  const headers = within(screen.getByTestId('region-table')).getAllByRole('columnheader')
  const index = headers.findIndex((th) => th.textContent?.startsWith('Price index'))
  return row(code).querySelectorAll('td')[index]?.textContent ?? ''
}

function sortByPrice() {
  fireEvent.click(within(screen.getByTestId('region-table')).getByRole('button', { name: /^Price index/ }))
}

beforeEach(() => {
  emphasis.current = { dimmed: new Set(), top: [] }
  useCompareNotice.setState({ notice: null })
  useAppStore.getState().setDataset(makePricedDataset())
})

describe('the price index column', () => {
  it('shows each region against us-east-1, and "unknown" where too few types or no USD prices compare', () => {
    render(<RegionTable />)
    expect(priceCell('us-east-1')).toBe('1.00×')
    expect(priceCell('eu-central-1')).toBe('1.20×')
    expect(priceCell('sa-east-1')).toBe('1.50×')
    expect(priceCell('mx-central-1')).toBe('unknown')
    expect(priceCell('cn-north-1')).toBe('unknown')
    const header = within(screen.getByTestId('region-table')).getByRole('button', { name: /^Price index/ })
    expect(header.title).toMatch(/geometric mean/)
  })

  it('sorts cheapest first, then dearest first, with unknown last both ways', () => {
    render(<RegionTable />)
    sortByPrice()
    expect(rowCodes()).toEqual(['us-east-1', 'eu-central-1', 'sa-east-1', 'cn-north-1', 'me-west-1', 'mx-central-1'])
    sortByPrice()
    expect(rowCodes()).toEqual(['sa-east-1', 'eu-central-1', 'us-east-1', 'cn-north-1', 'me-west-1', 'mx-central-1'])
  })
})

describe('dimmed rows', () => {
  it('marks regions outside the constraints, visually and in words', () => {
    emphasis.current = { dimmed: new Set(['sa-east-1', 'cn-north-1']), top: [] }
    render(<RegionTable />)
    const dimmed = screen.getAllByTestId('region-row').filter((r) => r.dataset.dimmed === 'true')
    expect(dimmed.map((r) => r.dataset.code).sort()).toEqual(['cn-north-1', 'sa-east-1'])
    expect(within(row('sa-east-1')).getByText('(outside your constraints)', { exact: false })).toBeTruthy()
    expect(within(row('eu-central-1')).queryByText(/outside your constraints/)).toBeNull()
    // Dimmed rows stay in the table and can still be selected.
    fireEvent.click(within(row('sa-east-1')).getByText('Brazil'))
    expect(useAppStore.getState().selectedCode).toBe('sa-east-1')
  })

  it("shows the chooser's rank beside its top three", () => {
    emphasis.current = { dimmed: new Set(), top: ['eu-central-1', 'us-east-1', 'sa-east-1'] }
    render(<RegionTable />)
    expect(within(row('eu-central-1')).getByText('#1', { exact: false })).toBeTruthy()
    expect(within(row('sa-east-1')).getByText('#3', { exact: false })).toBeTruthy()
    expect(within(row('cn-north-1')).queryByText(/#\d/)).toBeNull()
  })
})

describe('picking regions to compare', () => {
  it('ticks a region into the comparison without selecting it', () => {
    render(<RegionTable />)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare eu-central-1' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare us-east-1' }))
    const state = useAppStore.getState()
    expect(state.compareCodes).toEqual(['eu-central-1', 'us-east-1'])
    expect(state.selectedCode).toBeNull()
    expect(row('eu-central-1').dataset.compared).toBe('true')
    expect(screen.getByRole('button', { name: 'Compare 2 regions' })).toBeTruthy()

    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare eu-central-1' }))
    expect(useAppStore.getState().compareCodes).toEqual(['us-east-1'])
  })

  it('lets Space tick the checkbox rather than select the row', () => {
    render(<RegionTable />)
    const box = screen.getByRole('checkbox', { name: 'Compare sa-east-1' })
    box.focus()
    fireEvent.keyDown(box, { key: ' ' })
    expect(useAppStore.getState().selectedCode).toBeNull()
  })

  it('puts only the focused row\'s checkbox in the tab order', () => {
    render(<RegionTable />)
    const tabbable = screen.getAllByRole('checkbox', { name: /^Compare / }).filter((box) => box.tabIndex === 0)
    expect(tabbable.map((box) => box.getAttribute('aria-label'))).toEqual(['Compare cn-north-1'])
  })

  it('lets the oldest pick give way to a fifth, and says which', () => {
    render(<RegionTable />)
    for (const code of ['us-east-1', 'eu-central-1', 'sa-east-1', 'mx-central-1', 'cn-north-1']) {
      fireEvent.click(screen.getByRole('checkbox', { name: `Compare ${code}` }))
    }
    expect(useAppStore.getState().compareCodes).toEqual(['eu-central-1', 'sa-east-1', 'mx-central-1', 'cn-north-1'])
    expect((screen.getByRole('checkbox', { name: 'Compare us-east-1' }) as HTMLInputElement).checked).toBe(false)
    expect(screen.getByRole('status').textContent).toBe('At most 4 regions are compared: us-east-1 gave way to cn-north-1.')
  })

  it('opens the Compare tab and clears the picks from the bar above the table', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'sa-east-1']))
    render(<RegionTable />)
    fireEvent.click(screen.getByRole('button', { name: 'Compare 2 regions' }))
    expect(useAppStore.getState().panelTab).toBe('compare')
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(useAppStore.getState().compareCodes).toEqual([])
  })
})

describe('the marker colouring toggle', () => {
  it('switches the markers between status and price index', () => {
    render(<RegionTable />)
    const toggle = screen.getByRole('checkbox', { name: 'Colour markers by price index' })
    fireEvent.click(toggle)
    expect(useAppStore.getState().markerColouring).toBe('price-index')
    fireEvent.click(toggle)
    expect(useAppStore.getState().markerColouring).toBe('status')
  })
})
