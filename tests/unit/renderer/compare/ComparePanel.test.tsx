import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ComparePanel } from '../../../../src/renderer/compare/ComparePanel'
import { RegionFacts } from '../../../../src/renderer/panel/RegionFacts'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makePricedDataset } from '../../fixtures/renderer/compare'

beforeEach(() => {
  useAppStore.getState().setDataset(makePricedDataset())
})

function rowCells(rowId: string): HTMLElement[] {
  const row = screen.getByTestId('compare-table').querySelector(`tr[data-row="${rowId}"]`)
  if (!row) throw new Error(`no row ${rowId}`)
  return Array.from(row.querySelectorAll('td'))
}

/** The region column headers, left to right (the factor groups head their rows with colgroup headers). */
function regionColumns(): (string | undefined)[] {
  return Array.from(screen.getByTestId('compare-table').querySelectorAll('thead th')).map((th) => (th as HTMLElement).dataset.code)
}

describe('ComparePanel', () => {
  it('explains the three ways to pick regions while none is picked', () => {
    render(<ComparePanel />)
    const panel = screen.getByTestId('compare')
    expect(within(panel).getByRole('heading', { name: 'Compare regions side by side' })).toBeTruthy()
    expect(panel.textContent).toMatch(/Compare boxes in the Regions table/)
    expect(panel.textContent).toMatch(/Ctrl-click/)
    expect(panel.textContent).toMatch(/Compare the top three/)
    fireEvent.click(within(panel).getByRole('button', { name: 'Regions table' }))
    expect(useAppStore.getState().panelTab).toBe('regions')
  })

  it('shows the regions as columns, factor groups as rows, and both EC2 price sheets with their dates', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'eu-central-1']))
    render(<ComparePanel />)
    const table = screen.getByTestId('compare-table')
    expect(regionColumns()).toEqual(['us-east-1', 'eu-central-1'])
    const groups = Array.from(table.querySelectorAll('tbody')).map((tbody) => tbody.dataset.group)
    expect(groups).toEqual(['compliance', 'proximity', 'features', 'prices'])

    const sheets = screen.getAllByTestId('compare-ec2-sheet')
    expect(sheets.map((th) => [th.dataset.code, th.textContent])).toEqual([
      ['us-east-1', 'us-east-1USD · as of 2026-07-20'],
      ['eu-central-1', 'eu-central-1USD · as of 2026-07-20, 2025-04-04'],
    ])
    const ec2 = screen.getByTestId('compare-ec2')
    expect(within(ec2).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['t3.micro', 'm5.large', 'c7g.large'])
  })

  it('marks the best and the differing cells in words, not only in colour', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'eu-central-1']))
    render(<ComparePanel />)
    const [us, eu] = rowCells('price-index')
    expect(us?.dataset.best).toBe('true')
    expect(within(us!).getByText('best (cheapest)', { exact: false })).toBeTruthy()
    expect(eu?.dataset.best).toBeUndefined()
    // Two countries: both differ, which the row says once.
    const countryRow = screen.getByTestId('compare-table').querySelector('tr[data-row="country"]')
    expect(countryRow?.textContent).toMatch(/all differ/)
    expect(rowCells('country').some((td) => td.dataset.differs === 'true')).toBe(false)
    const partition = screen.getByTestId('compare-table').querySelector('tr[data-row="partition"]')
    expect(partition?.getAttribute('data-same')).toBe('true')
    expect(partition?.textContent).toMatch(/same for all/)
  })

  it('asks for a location before comparing round trips, and compares them once there is one', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'eu-central-1']))
    render(<ComparePanel />)
    fireEvent.click(screen.getByRole('button', { name: 'Set your location' }))
    expect(useAppStore.getState().panelTab).toBe('latency')
    act(() => useAppStore.getState().setUserLocation({ lat: 50.1, lon: 8.7, label: 'Frankfurt, DE', origin: 'search' }))
    const [us, eu] = rowCells('rtt')
    expect(eu?.dataset.best).toBe('true')
    expect(us?.textContent).toMatch(/ms/)
  })

  it('marks the odd one out among three', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'eu-central-1', 'sa-east-1']))
    render(<ComparePanel />)
    // Offered services: us-east-1 has 4, the other two 3 each.
    const [us, eu, sa] = rowCells('service-count')
    expect(us?.dataset.differs).toBe('true')
    expect(within(us!).getByText('differs from the others', { exact: false })).toBeTruthy()
    expect([eu?.dataset.differs, sa?.dataset.differs]).toEqual([undefined, undefined])
  })

  it('removes a region from its column header', () => {
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'eu-central-1', 'sa-east-1']))
    render(<ComparePanel />)
    fireEvent.click(screen.getByRole('button', { name: 'Remove eu-central-1 from comparison' }))
    expect(useAppStore.getState().compareCodes).toEqual(['us-east-1', 'sa-east-1'])
    expect(regionColumns()).toEqual(['us-east-1', 'sa-east-1'])
  })

  it('asks for another region while only one is picked', () => {
    act(() => useAppStore.getState().setCompareCodes(['sa-east-1']))
    render(<ComparePanel />)
    expect(screen.getByText(/Pick one to 3 more/)).toBeTruthy()
  })
})

describe('the facts panel', () => {
  it('adds the selected region to the comparison and takes it out again', () => {
    act(() => useAppStore.getState().select('sa-east-1'))
    render(<RegionFacts />)
    fireEvent.click(screen.getByRole('button', { name: 'Add to comparison' }))
    expect(useAppStore.getState().compareCodes).toEqual(['sa-east-1'])
    fireEvent.click(screen.getByRole('button', { name: 'Remove from comparison' }))
    expect(useAppStore.getState().compareCodes).toEqual([])
  })
})
