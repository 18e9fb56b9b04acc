import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { SidePanel as Panel } from '../../../../src/renderer/panel/SidePanel'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { useAppStore } from '../../../../src/renderer/state/store'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'

/** The panel as the app mounts it: the lesson view reaches the platform. */
function SidePanel() {
  return (
    <PlatformProvider api={fakeApi()}>
      <Panel />
    </PlatformProvider>
  )
}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

const tab = (name: string) => screen.getByRole('tab', { name })

describe('SidePanel', () => {
  it('opens on the regions, with the facts and the table', () => {
    render(<SidePanel />)
    expect(tab('Regions').getAttribute('aria-selected')).toBe('true')
    const panel = screen.getByRole('tabpanel', { name: 'Regions' })
    expect(within(panel).getByTestId('region-facts')).toBeTruthy()
    expect(within(panel).getByTestId('region-table')).toBeTruthy()
    expect(screen.queryByRole('tabpanel', { name: 'Latency' })).toBeNull()
  })

  it('shows the location, the layers and the ranking under Latency, and hides the regions', async () => {
    render(<SidePanel />)
    fireEvent.click(tab('Latency'))
    expect(tab('Latency').getAttribute('aria-selected')).toBe('true')
    expect(tab('Regions').getAttribute('aria-selected')).toBe('false')
    const panel = screen.getByRole('tabpanel', { name: 'Latency' })
    // The view's code is fetched when its tab first opens.
    expect(await within(panel).findByRole('combobox', { name: 'Search a city' })).toBeTruthy()
    expect(within(panel).getByRole('checkbox', { name: 'Latency arcs' })).toBeTruthy()
    expect(within(panel).getByTestId('latency-ranking')).toBeTruthy()
    expect(screen.queryByRole('tabpanel', { name: 'Regions' })).toBeNull()
  })

  it('shows the network rule and the heat map under Network', async () => {
    render(<SidePanel />)
    fireEvent.click(tab('Network'))
    const panel = screen.getByRole('tabpanel', { name: 'Network' })
    expect(await within(panel).findByTestId('latency-matrix')).toBeTruthy()
    expect(panel.textContent).toContain(makeDataset().network.rule)
  })

  it('keeps one tab stop and moves between tabs with the arrow keys, Home and End', () => {
    render(<SidePanel />)
    const stops = () => screen.getAllByRole('tab').map((t) => t.tabIndex)
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Regions',
      'Choose',
      'Compare',
      'Latency',
      'Network',
      'Time',
      'Lesson',
    ])
    expect(stops()).toEqual([0, -1, -1, -1, -1, -1, -1])
    tab('Regions').focus()
    fireEvent.keyDown(tab('Regions'), { key: 'ArrowRight' })
    expect(document.activeElement).toBe(tab('Choose'))
    expect(tab('Choose').getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(tab('Choose'), { key: 'End' })
    expect(document.activeElement).toBe(tab('Lesson'))
    fireEvent.keyDown(tab('Lesson'), { key: 'ArrowRight' })
    expect(document.activeElement).toBe(tab('Regions'))
    fireEvent.keyDown(tab('Regions'), { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(tab('Lesson'))
    fireEvent.keyDown(tab('Lesson'), { key: 'Home' })
    expect(document.activeElement).toBe(tab('Regions'))
    expect(stops()).toEqual([0, -1, -1, -1, -1, -1, -1])
  })

  it('keeps a hidden view as it was, such as the region filter', () => {
    render(<SidePanel />)
    fireEvent.change(screen.getByLabelText('Filter regions'), { target: { value: 'paulo' } })
    fireEvent.click(tab('Latency'))
    fireEvent.click(tab('Regions'))
    expect(screen.getByLabelText('Filter regions')).toHaveProperty('value', 'paulo')
    expect(screen.getAllByTestId('region-row')).toHaveLength(1)
  })
})
