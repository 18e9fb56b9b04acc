import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings/schema'
import { beforeEach, describe, expect, it } from 'vitest'
import { bandFor, latencyBands } from '../../../../src/renderer/globe/latencyBands'
import { LatencyRanking } from '../../../../src/renderer/panel/LatencyRanking'
import { LayerControls } from '../../../../src/renderer/panel/LayerControls'
import { latencyModel } from '../../../../src/renderer/state/latencyModel'
import { rankerFor } from '../../../../src/renderer/state/selectors'
import { basisText, userErrorSet } from '../../../../src/shared/latency'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { makeStatusDataset } from '../../fixtures/renderer/status'

const paris = { lat: 48.8566, lon: 2.3522, label: 'Paris, FR', origin: 'search' } as const

/** The browser's computed form of a hex colour, as jsdom reports inline styles. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

const items = () => screen.getAllByTestId('latency-rank-item')

describe('LatencyRanking', () => {
  it('asks for a location before it ranks anything', () => {
    render(<LatencyRanking />)
    expect(screen.getByTestId('latency-ranking').textContent).toMatch(/Set your location/)
    expect(screen.queryAllByTestId('latency-rank-item')).toHaveLength(0)
  })

  it('ranks every region by estimated round trip from the location, nearest first', () => {
    useAppStore.getState().setUserLocation(paris)
    render(<LatencyRanking />)
    const codes = items().map((li) => li.dataset.code)
    const expected = rankerFor(useAppStore.getState().dataset!)({ lat: paris.lat, lon: paris.lon })
    expect(codes).toEqual(expected.map((r) => r.code))
    expect(codes[0]).toBe('eu-central-1')
    expect(codes).toHaveLength(6)
    const rtts = expected.map((r) => r.rttMs)
    expect(rtts).toEqual([...rtts].sort((a, b) => a - b))
  })

  it('words each item as code, city, round trip and band, marked as an estimate, with what the figure rests on', () => {
    useAppStore.getState().setUserLocation(paris)
    render(<LatencyRanking />)
    const first = rankerFor(useAppStore.getState().dataset!)({ lat: paris.lat, lon: paris.lon })[0]!
    const item = items()[0]!
    const text = `eu-central-1 · Frankfurt · ${Math.round(first.rttMs)} ms (${Math.round(first.lowMs)}–${Math.round(first.highMs)})`
    expect(item.textContent).toBe(`${text}${basisText(first)}estimate`)
    expect(basisText(first)).toMatch(/plus the access path/)
    expect(first.lowMs).toBeLessThan(first.rttMs)
    expect(first.highMs).toBeGreaterThan(first.rttMs)
    const chip = item.querySelector<HTMLElement>('.chip')
    expect(chip?.style.backgroundColor).toBe(rgb(bandFor(first.rttMs).colour))
  })

  it('never gives a user on top of a region the bare inter-region measurement: the access path is added, the band is not zero wide', () => {
    // On top of the Frankfurt region: its measured route to us-east-1 (92 ms) is the basis, not the figure.
    useAppStore.getState().setUserLocation({ lat: 50.1109, lon: 8.6821, label: 'Frankfurt am Main, DE', origin: 'search' })
    render(<LatencyRanking />)
    const useast = items().find((li) => li.dataset.code === 'us-east-1')!
    const figure = rankerFor(useAppStore.getState().dataset!)({ lat: 50.1109, lon: 8.6821 }).find((r) => r.code === 'us-east-1')!
    expect(useast.dataset.basis).toBe('estimated')
    expect(figure.rttMs).toBeGreaterThanOrEqual(92 + latencyModel.params.internet.accessMs)
    expect(figure.lowMs).toBeLessThan(figure.rttMs)
    expect(figure.highMs).toBeGreaterThan(figure.rttMs)
    expect(useast.textContent).toBe(
      `us-east-1 · Ashburn · ${Math.round(figure.rttMs)} ms (${Math.round(figure.lowMs)}–${Math.round(figure.highMs)})` +
        'estimate, based on the measured eu-central-1→us-east-1 round trip plus the access pathestimate',
    )
    expect(items().every((li) => li.dataset.basis === 'estimated')).toBe(true)
  })

  it('selects and flies to a region when its item is clicked', () => {
    useAppStore.getState().setUserLocation(paris)
    render(<LatencyRanking />)
    const item = items().find((li) => li.dataset.code === 'sa-east-1')!
    fireEvent.click(within(item).getByRole('button'))
    const state = useAppStore.getState()
    expect(state.selectedCode).toBe('sa-east-1')
    expect(state.flyTo?.code).toBe('sa-east-1')
    expect(within(item).getByRole('button').getAttribute('aria-current')).toBe('true')
  })

  it('explains why distance is not the whole story, and quotes the error measured for users, not the inter-region one', () => {
    render(<LatencyRanking />)
    expect(screen.getByText(/Distance is not the whole story/).textContent).toMatch(/cables and peering.*last mile and congestion/)
    const users = userErrorSet(latencyModel)
    expect(users.path).toBe('internet')
    const line = screen.getByTestId('ranking-error')
    expect(line.textContent).toBe(
      `Estimated for a user on the public internet: median error ${users.model.medianAbsPctError.toFixed(1)}\u00a0%, ` +
        `90th percentile ${users.model.p90AbsPctError.toFixed(1)}\u00a0%, measured on data held out of the fit (leave-one-country-out)` +
        '; it follows the inter-region measurements as of 2025-05-29 · details in About',
    )
    fireEvent.click(screen.getByRole('button', { name: 'details in About' }))
    expect(useAppStore.getState().aboutOpen).toBe(true)
  })
})

describe('LatencyRanking with region status', () => {
  const nairobi = { lat: -1.2864, lon: 36.8172, label: 'Nairobi, KE', origin: 'search' } as const

  it('marks announced and out-of-service regions, and names the nearest open region', () => {
    useAppStore.getState().setDataset(makeStatusDataset())
    useAppStore.getState().setUserLocation(nairobi)
    render(<LatencyRanking />)
    const all = items()
    expect(all[0]!.dataset.code).toBe('me-west-1')
    expect(all[0]!.dataset.open).toBe('false')
    expect(all[0]!.textContent).toContain('announced, not open')
    const mx = all.find((li) => li.dataset.code === 'mx-central-1')!
    expect(mx.dataset.condition).toBe('out-of-service')
    expect(mx.textContent).toContain('out of service')
    const sa = all.find((li) => li.dataset.code === 'sa-east-1')!
    expect(sa.dataset.open).toBe('true')
    expect(sa.textContent).toContain('outage reported')
    const firstOpen = all.find((li) => li.dataset.open === 'true')!
    const nearest = screen.getByTestId('nearest-open').textContent
    expect(nearest).toContain(`Nearest open region: ${firstOpen.dataset.code}`)
    expect(nearest).toContain('Nearer, but not open: me-west-1 (announced, not open)')
  })

  it('at a past year lists only the regions open then, still marked by status, and the nearest open one among them', () => {
    useAppStore.getState().setDataset(makeStatusDataset())
    useAppStore.getState().setUserLocation(nairobi)
    useAppStore.getState().setYear(2020)
    render(<LatencyRanking />)
    const codes = items().map((li) => li.dataset.code)
    // mx-central-1 opened in 2025 and me-west-1 is only announced: neither is on the globe in 2020.
    expect(codes).not.toContain('mx-central-1')
    expect(codes).not.toContain('me-west-1')
    expect(codes).toContain('us-gov-east-1')
    expect(screen.getByTestId('ranking-year').textContent).toContain(`only the ${codes.length} regions open in 2020`)
    const sa = items().find((li) => li.dataset.code === 'sa-east-1')!
    expect(sa.dataset.condition).toBe('degraded')
    expect(sa.textContent).toContain('outage reported')
    const nearest = screen.getByTestId('nearest-open').textContent
    expect(nearest).toContain(`Nearest open region: ${codes[0]}`)
    expect(nearest).not.toContain('Nearer, but not open')

    // At the announced step every region is back, the announced one marked and skipped as "nearest".
    act(() => useAppStore.getState().setYear('announced'))
    const all = items()
    expect(all[0]!.dataset.code).toBe('me-west-1')
    expect(all[0]!.dataset.open).toBe('false')
    expect(screen.getByTestId('nearest-open').textContent).toContain('Nearer, but not open: me-west-1 (announced, not open)')
  })
})

describe('LayerControls', () => {
  it('switches the network and latency-arc layers', () => {
    render(<LayerControls />)
    const network = screen.getByRole('checkbox', { name: 'Network (schematic)' })
    const arcs = screen.getByRole('checkbox', { name: 'Latency arcs' })
    expect(network).toHaveProperty('checked', true)
    expect(arcs).toHaveProperty('checked', true)
    fireEvent.click(network)
    expect(useAppStore.getState().layers).toEqual({ ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: true })
    expect(network).toHaveProperty('checked', false)
    fireEvent.click(arcs)
    expect(useAppStore.getState().layers).toEqual({ ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: false })
  })

  it('says the network is schematic', () => {
    render(<LayerControls />)
    const network = screen.getByRole('checkbox', { name: 'Network (schematic)' })
    const description = document.getElementById(network.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toBe('Network: schematic links, not AWS’s actual fibre routes.')
  })

  it('sets how many regions get arcs', () => {
    render(<LayerControls />)
    const scope = screen.getByRole('combobox', { name: 'Arcs to' })
    expect(within(scope).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'every region',
      'the nearest 5',
      'the nearest 10',
      'the nearest 20',
    ])
    fireEvent.change(scope, { target: { value: '10' } })
    expect(useAppStore.getState().latencyArcScope).toBe(10)
    fireEvent.change(scope, { target: { value: 'all' } })
    expect(useAppStore.getState().latencyArcScope).toBe('all')
  })

  it('offers a saved scope that is not among the usual ones', () => {
    useAppStore.getState().setLatencyArcScope(37)
    render(<LayerControls />)
    const scope = screen.getByRole('combobox', { name: 'Arcs to' })
    expect(scope).toHaveProperty('value', '37')
    expect(within(scope).getByRole('option', { name: 'the nearest 37' })).toBeTruthy()
  })

  it('disables the scope while the arcs are off', () => {
    render(<LayerControls />)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Latency arcs' }))
    expect(screen.getByRole('combobox', { name: 'Arcs to' })).toHaveProperty('disabled', true)
  })

  it('shows the band legend with the colours the globe uses', () => {
    render(<LayerControls />)
    const legend = screen.getByRole('list', { name: 'Round-trip bands' })
    const entries = within(legend).getAllByRole('listitem')
    expect(entries.map((li) => li.textContent)).toEqual(latencyBands.map((b) => b.label))
    entries.forEach((li, i) => {
      expect(li.querySelector<HTMLElement>('.chip')?.style.backgroundColor).toBe(rgb(latencyBands[i]!.colour))
    })
  })
})
