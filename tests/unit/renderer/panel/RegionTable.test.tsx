import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RegionTable } from '../../../../src/renderer/panel/RegionTable'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'

function rowCodes(): string[] {
  return screen.getAllByTestId('region-row').map((row) => row.dataset.code ?? '')
}

function row(code: string): HTMLElement {
  const found = screen.getAllByTestId('region-row').find((r) => r.dataset.code === code)
  if (!found) throw new Error(`no row for ${code}`)
  return found
}

/** The cell of a region's row under the column headed `label`. */
function cell(code: string, label: string): HTMLElement {
  const headers = within(screen.getByTestId('region-table')).getAllByRole('columnheader')
  const index = headers.findIndex((th) => th.textContent?.replace(/[▲▼]/g, '').trim() === label)
  const found = row(code).querySelectorAll('td')[index]
  if (index < 0 || !found) throw new Error(`no ${label} cell for ${code}`)
  return found
}

function sortBy(label: string) {
  fireEvent.click(within(screen.getByTestId('region-table')).getByRole('button', { name: new RegExp(`^${label}`) }))
}

function header(label: string): HTMLElement {
  const button = within(screen.getByTestId('region-table')).getByRole('button', { name: new RegExp(`^${label}`) })
  const th = button.closest('th')
  if (!th) throw new Error(`no header for ${label}`)
  return th
}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

describe('RegionTable', () => {
  it('lists every region, sorted by code, with the columns the panel promises', () => {
    render(<RegionTable />)
    expect(rowCodes()).toEqual(['cn-north-1', 'eu-central-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'us-east-1'])
    const headers = within(screen.getByTestId('region-table'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼]/g, '').trim())
    expect(headers).toEqual(['Code', 'Name', 'Country', 'Launched', 'AZs', 'Price index', 'Status'])
    expect(header('Code').getAttribute('aria-sort')).toBe('ascending')
    expect(screen.getByText('6 of 6 regions')).toBeTruthy()
  })

  // Six regions; ties fall back to the code, unknown values (me-west-1's launch
  // year, cn-north-1's AZ count) stay last in both directions.
  it.each([
    ['Code', ['cn-north-1', 'eu-central-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'us-east-1'], ['us-east-1', 'sa-east-1', 'mx-central-1', 'me-west-1', 'eu-central-1', 'cn-north-1']],
    ['Name', ['cn-north-1', 'eu-central-1', 'mx-central-1', 'me-west-1', 'sa-east-1', 'us-east-1'], ['us-east-1', 'sa-east-1', 'me-west-1', 'mx-central-1', 'eu-central-1', 'cn-north-1']],
    ['Country', ['sa-east-1', 'cn-north-1', 'eu-central-1', 'mx-central-1', 'me-west-1', 'us-east-1'], ['us-east-1', 'me-west-1', 'mx-central-1', 'eu-central-1', 'cn-north-1', 'sa-east-1']],
    ['Launched', ['us-east-1', 'sa-east-1', 'cn-north-1', 'eu-central-1', 'mx-central-1', 'me-west-1'], ['mx-central-1', 'cn-north-1', 'eu-central-1', 'sa-east-1', 'us-east-1', 'me-west-1']],
    ['AZs', ['eu-central-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'us-east-1', 'cn-north-1'], ['us-east-1', 'eu-central-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'cn-north-1']],
    ['Status', ['me-west-1', 'cn-north-1', 'eu-central-1', 'mx-central-1', 'sa-east-1', 'us-east-1'], ['cn-north-1', 'eu-central-1', 'mx-central-1', 'sa-east-1', 'us-east-1', 'me-west-1']],
  ])('sorts by %s ascending, then descending on a second click', (label, ascending, descending) => {
    render(<RegionTable />)
    // Code is the initial order: a first click would flip it, so start from another column.
    if (label === 'Code') sortBy('Name')
    sortBy(label)
    expect(header(label).getAttribute('aria-sort')).toBe('ascending')
    expect(rowCodes()).toEqual(ascending)

    sortBy(label)
    expect(header(label).getAttribute('aria-sort')).toBe('descending')
    expect(rowCodes()).toEqual(descending)
    const sorted = screen.getAllByRole('columnheader').filter((th) => th.getAttribute('aria-sort') !== 'none')
    expect(sorted).toEqual([header(label)])
  })

  it('filters by code, name, city and country, ignoring case and accents', () => {
    render(<RegionTable />)
    const filter = screen.getByRole('searchbox', { name: 'Filter regions' })

    fireEvent.change(filter, { target: { value: 'sao' } })
    expect(rowCodes()).toEqual(['sa-east-1'])
    expect(screen.getByText('1 of 6 regions')).toBeTruthy()

    fireEvent.change(filter, { target: { value: 'SÃO PAULO' } })
    expect(rowCodes()).toEqual(['sa-east-1'])

    fireEvent.change(filter, { target: { value: 'ashburn' } }) // city only, not in the name
    expect(rowCodes()).toEqual(['us-east-1'])

    fireEvent.change(filter, { target: { value: 'germany' } })
    expect(rowCodes()).toEqual(['eu-central-1'])

    fireEvent.change(filter, { target: { value: 'EU-' } })
    expect(rowCodes()).toEqual(['eu-central-1'])

    fireEvent.change(filter, { target: { value: 'queretaro' } })
    expect(rowCodes()).toEqual(['mx-central-1'])
  })

  it('says so when the filter matches nothing', () => {
    render(<RegionTable />)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter regions' }), { target: { value: 'atlantis' } })
    expect(screen.queryAllByTestId('region-row')).toHaveLength(0)
    expect(screen.getByText('0 of 6 regions')).toBeTruthy()
    expect(screen.getByText(/No region matches “atlantis”/)).toBeTruthy()
  })

  it('marks announced regions in words, not only in colour', () => {
    render(<RegionTable />)
    const visible = (element: HTMLElement) => !element.closest('.visually-hidden')
    // Announced: spelled out where it shows, and in the status cell for screen readers.
    const announced = within(row('me-west-1')).getAllByText('announced')
    expect(announced.filter(visible)).toHaveLength(1)
    expect(announced.filter((e) => !visible(e))).toHaveLength(1)
    // Available is the common case: a disc, with the word for screen readers only.
    expect(visible(within(row('eu-central-1')).getByText('available'))).toBe(false)
    expect(within(row('eu-central-1')).queryByText('announced')).toBeNull()
    expect(cell('me-west-1', 'Launched').textContent).toBe('unknown')
  })

  it('moves focus with the arrow keys, Home and End, keeping a single tab stop', () => {
    render(<RegionTable />)
    const tabStops = () => screen.getAllByTestId('region-row').filter((r) => r.tabIndex === 0)
    expect(tabStops().map((r) => r.dataset.code)).toEqual(['cn-north-1'])

    row('cn-north-1').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(row('eu-central-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(row('me-west-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(row('eu-central-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' })
    expect(document.activeElement).toBe(row('us-east-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(row('us-east-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' })
    expect(document.activeElement).toBe(row('cn-north-1'))
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(row('cn-north-1'))

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    expect(tabStops().map((r) => r.dataset.code)).toEqual(['eu-central-1'])
    // Moving focus is not selecting.
    expect(useAppStore.getState().selectedCode).toBeNull()
  })

  it('selects the focused row with Enter or Space and asks the globe to fly there', () => {
    render(<RegionTable />)
    row('cn-north-1').focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' })

    let state = useAppStore.getState()
    expect(state.selectedCode).toBe('eu-central-1')
    expect(state.flyTo).toEqual({ code: 'eu-central-1', seq: 1 })
    expect(row('eu-central-1').getAttribute('aria-selected')).toBe('true')
    expect(row('cn-north-1').getAttribute('aria-selected')).toBe('false')

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    fireEvent.keyDown(document.activeElement as Element, { key: ' ' })
    state = useAppStore.getState()
    expect(state.selectedCode).toBe('me-west-1')
    expect(state.flyTo).toEqual({ code: 'me-west-1', seq: 2 })
  })

  it('selects a clicked row and asks the globe to fly there', () => {
    render(<RegionTable />)
    fireEvent.click(within(row('sa-east-1')).getByText('Brazil'))
    expect(useAppStore.getState().selectedCode).toBe('sa-east-1')
    expect(useAppStore.getState().flyTo?.code).toBe('sa-east-1')
  })

  it('follows a selection made on the globe: marks and scrolls to the row without taking focus', () => {
    const scrolled: { code: string | undefined; options: unknown }[] = []
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options) {
      scrolled.push({ code: (this as HTMLElement).dataset.code, options })
    })
    render(
      <>
        <button type="button">on the globe</button>
        <RegionTable />
      </>,
    )
    const outside = screen.getByRole('button', { name: 'on the globe' })
    outside.focus()

    act(() => useAppStore.getState().select('us-east-1'))

    expect(row('us-east-1').getAttribute('aria-selected')).toBe('true')
    expect(screen.getAllByTestId('region-row').filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(1)
    expect(scrolled).toEqual([{ code: 'us-east-1', options: { block: 'nearest' } }])
    expect(document.activeElement).toBe(outside)
    // The next Tab into the table lands on the selected row.
    expect(row('us-east-1').tabIndex).toBe(0)
    expect(row('cn-north-1').tabIndex).toBe(-1)

    act(() => useAppStore.getState().select(null))
    expect(screen.getAllByTestId('region-row').every((r) => r.getAttribute('aria-selected') === 'false')).toBe(true)
  })

  it('moves from the filter to the rows with ArrowDown', () => {
    render(<RegionTable />)
    const filter = screen.getByRole('searchbox', { name: 'Filter regions' })
    fireEvent.change(filter, { target: { value: 'a' } })
    filter.focus()
    fireEvent.keyDown(filter, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(screen.getAllByTestId('region-row')[0])
  })
})
