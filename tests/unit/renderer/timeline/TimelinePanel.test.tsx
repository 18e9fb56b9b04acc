import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChooserPanel } from '../../../../src/renderer/chooser/ChooserPanel'
import { setReachWorkerFactory } from '../../../../src/renderer/reach/reachService'
import { useReachStore } from '../../../../src/renderer/reach/reachStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import { player } from '../../../../src/renderer/timeline/player'
import { TimelinePanel } from '../../../../src/renderer/timeline/TimelinePanel'
import { dataset } from '../../fixtures/reach'
import { FakeReachWorker } from '../reach/fakeReachWorker'

const launchedBy = (year: number) =>
  dataset.regions.filter((r) => r.status === 'available' && r.launchYear !== null && r.launchYear <= year)

beforeEach(() => {
  setReachWorkerFactory(() => new FakeReachWorker())
  useReachStore.setState(useReachStore.getInitialState(), true)
  useAppStore.getState().setDataset(structuredClone(dataset))
})

afterEach(() => {
  player.pause()
  setReachWorkerFactory(null)
})

const slider = () => screen.getByRole('slider', { name: 'Year' }) as HTMLInputElement
const yearShown = () => screen.getByTestId('year-shown').textContent

describe('the Time view', () => {
  it('moves the globe to a year with the slider and the step buttons, and back to today', () => {
    render(<TimelinePanel />)
    expect(yearShown()).toBe('Today')
    const steps = Number(slider().max) + 1
    // 2006 → the as-of year → announced.
    expect(steps).toBe(Number(dataset.asOf.slice(0, 4)) - 2006 + 2)
    fireEvent.change(slider(), { target: { value: '4' } })
    expect(useAppStore.getState().year).toBe(2010)
    expect(yearShown()).toBe('2010')
    expect(slider().getAttribute('aria-valuetext')).toBe('2010')
    fireEvent.click(screen.getByRole('button', { name: 'Next year' }))
    expect(useAppStore.getState().year).toBe(2011)
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }))
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }))
    expect(useAppStore.getState().year).toBe(2009)
    fireEvent.click(screen.getByRole('button', { name: 'Back to today' }))
    expect(useAppStore.getState().year).toBeNull()
    expect(screen.queryByRole('button', { name: 'Back to today' })).toBeNull()
    // The first render of the panel loads its modules: slow on a busy machine.
  }, 30_000)

  it('says in the count line how many regions a year has and which are new', () => {
    act(() => useAppStore.getState().setYear(2016))
    render(<TimelinePanel />)
    const line = screen.getByTestId('count-line').textContent ?? ''
    const added = dataset.regions.filter((r) => r.launchYear === 2016 && r.status === 'available')
    expect(line).toMatch(new RegExp(`^2016: ${launchedBy(2016).length} regions, ${added.length} new: `))
    for (const region of added) expect(line).toContain(region.code.replaceAll('-', '\u2011'))
  })

  it('draws one bar per step of launches, the year shown standing out, as SVG with a description', () => {
    act(() => useAppStore.getState().setYear(2016))
    render(<TimelinePanel />)
    const chart = screen.getByTestId('launch-chart')
    const bars = chart.querySelectorAll('[data-step]')
    expect(bars).toHaveLength(Number(slider().max) + 1)
    const current = chart.querySelectorAll('.launch-chart__bar--current')
    expect(current).toHaveLength(1)
    expect(current[0]?.getAttribute('data-step')).toBe('2016')
    expect(within(chart).getByRole('img').querySelector('title')?.textContent).toMatch(/2016/)
  })

  it('adds the share of city dwellers within 50 ms to the count line once the worker has counted it', async () => {
    act(() => useAppStore.getState().setYear(2010))
    render(<TimelinePanel />)
    await waitFor(() => expect(screen.getByTestId('count-line').textContent).toMatch(/ · \d+ % of city dwellers within 50 ms$/), {
      timeout: 20_000,
    })
  }, 30_000)

  it('shows the reach legend with its caveat when the layer is switched on', () => {
    render(<TimelinePanel />)
    expect(screen.queryByRole('list', { name: 'Reach bands' })).toBeNull()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reach' }))
    expect(useAppStore.getState().layers.reach).toBe(true)
    const bands = screen.getByRole('list', { name: 'Reach bands' })
    expect(within(bands).getAllByRole('listitem')).toHaveLength(4)
    expect(document.querySelector('.reach-controls__caveat')?.textContent).toMatch(/^Latency-model estimates, not measurements: .*\d+(\.\d)?\s%\s\(median\).*cross-validated\.$/)
  })
})

describe('the views on today’s data', () => {
  it('say so while a past year is shown, and say nothing today', () => {
    const { rerender } = render(<ChooserPanel />)
    expect(screen.queryByTestId('today-notice')).toBeNull()
    act(() => useAppStore.getState().setYear(2011))
    rerender(<ChooserPanel />)
    expect(screen.getByTestId('today-notice').textContent).toBe(
      `The globe shows 2011; the chooser uses today’s data (as of ${dataset.asOf}).`,
    )
  })
})
