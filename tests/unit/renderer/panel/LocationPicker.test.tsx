import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LocationPicker } from '../../../../src/renderer/panel/LocationPicker'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { UserLocation } from '../../../../src/shared/settings/schema'
import { fixtureCityLoader } from '../../fixtures/renderer/cities'

async function renderPicker(loader = fixtureCityLoader()) {
  render(<LocationPicker loadCities={loader.load} />)
  const input = screen.getByRole('combobox', { name: 'Search a city' })
  await act(async () => {
    fireEvent.focus(input)
  })
  return { input, loader }
}

function type(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } })
}

const optionTexts = () => screen.getAllByRole('option').map((o) => o.textContent)

describe('LocationPicker', () => {
  it('says when no location is set, and offers no Clear', () => {
    render(<LocationPicker loadCities={fixtureCityLoader().load} />)
    expect(screen.getByTestId('user-location').textContent).toMatch(/Not set/)
    expect(screen.getByRole('button', { name: 'Clear' })).toHaveProperty('disabled', true)
  })

  it.each([
    ['search', 'searched'],
    ['click', 'placed on the globe'],
    ['timezone', 'from your time zone'],
  ] as const)('shows the location with how it was set (%s)', (origin, words) => {
    useAppStore.getState().setUserLocation({ lat: 1, lon: 2, label: 'Somewhere, XX', origin })
    render(<LocationPicker loadCities={fixtureCityLoader().load} />)
    expect(screen.getByTestId('user-location').textContent).toBe(`Somewhere, XX (${words})`)
  })

  it('loads the city list on first focus only, saying so while it loads', async () => {
    let release: () => void = () => {}
    const loader = fixtureCityLoader({ gate: new Promise<void>((resolve) => (release = resolve)) })
    render(<LocationPicker loadCities={loader.load} />)
    expect(loader.calls()).toBe(0)
    const input = screen.getByRole('combobox', { name: 'Search a city' })
    fireEvent.focus(input)
    expect(screen.getByRole('status').textContent).toBe('Loading cities…')
    await act(async () => release())
    expect(screen.getByRole('status').textContent).toBe('')
    fireEvent.blur(input)
    fireEvent.focus(input)
    expect(loader.calls()).toBe(1)
  })

  it('finds São Paulo first for "sao paulo", with its population', async () => {
    const { input } = await renderPicker()
    type(input, 'sao paulo')
    expect(input.getAttribute('aria-expanded')).toBe('true')
    const listbox = screen.getByRole('listbox')
    expect(input.getAttribute('aria-controls')).toBe(listbox.id)
    expect(optionTexts()[0]).toBe('São Paulo, BR · 12.3 M')
    expect(optionTexts()).toContain('São Paulo de Olivença, BR · 15 k')
  })

  it('ranks the matches of a word inside names by population', async () => {
    const { input } = await renderPicker()
    type(input, 'paulo')
    expect(optionTexts()).toEqual(['São Paulo, BR · 12.3 M', 'Paulo Afonso, BR · 85 k', 'São Paulo de Olivença, BR · 15 k'])
  })

  it('moves through the results with the arrow keys and picks with Enter', async () => {
    const { input } = await renderPicker()
    type(input, 'frank')
    const [first, second] = screen.getAllByRole('option')
    expect(input.getAttribute('aria-activedescendant')).toBe(first?.id)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id)
    expect(second?.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id)
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })

    expect(useAppStore.getState().userLocation).toEqual<UserLocation>({
      lat: 52.3471,
      lon: 14.5506,
      label: 'Frankfurt (Oder), DE',
      origin: 'search',
    })
    expect(input).toHaveProperty('value', '')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('option')).toBeNull()
    expect(screen.getByTestId('user-location').textContent).toBe('Frankfurt (Oder), DE (searched)')
  })

  it('closes the results with Escape without picking, and clears the text with a second Escape', async () => {
    const { input } = await renderPicker()
    type(input, 'berlin')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input).toHaveProperty('value', 'berlin')
    expect(useAppStore.getState().userLocation).toBeNull()
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input).toHaveProperty('value', '')
  })

  it('picks a result with the mouse', async () => {
    const { input } = await renderPicker()
    type(input, 'ash')
    fireEvent.click(within(screen.getByRole('listbox')).getByText(/Ashburn, US/))
    expect(useAppStore.getState().userLocation?.label).toBe('Ashburn, US')
  })

  it('says when no city matches', async () => {
    const { input } = await renderPicker()
    type(input, 'atlantis')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('No city matches “atlantis”.')
  })

  it('says when the city list cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await renderPicker(fixtureCityLoader({ fail: new Error('chunk missing') }))
    expect(screen.getByRole('status').textContent).toBe('The city list could not be loaded.')
  })

  it('toggles place-me mode with its hint, and Escape anywhere cancels it', () => {
    render(<LocationPicker loadCities={fixtureCityLoader().load} />)
    const place = screen.getByRole('button', { name: 'Place me on the globe' })
    expect(place.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(place)
    expect(useAppStore.getState().placing).toBe(true)
    expect(place.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText('Click the globe where you are · Esc cancels')).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(useAppStore.getState().placing).toBe(false)
    expect(place.getAttribute('aria-pressed')).toBe('false')
    expect(screen.queryByText(/Click the globe where you are/)).toBeNull()
  })

  it('leaves place-me mode once the globe sets the location', () => {
    render(<LocationPicker loadCities={fixtureCityLoader().load} />)
    fireEvent.click(screen.getByRole('button', { name: 'Place me on the globe' }))
    act(() => useAppStore.getState().setUserLocation({ lat: 10, lon: 20, label: '10.00° N, 20.00° E', origin: 'click' }))
    expect(screen.getByRole('button', { name: 'Place me on the globe' }).getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByTestId('user-location').textContent).toBe('10.00° N, 20.00° E (placed on the globe)')
  })

  it('clears the location', () => {
    useAppStore.getState().setUserLocation({ lat: 1, lon: 2, label: 'Somewhere, XX', origin: 'search' })
    render(<LocationPicker loadCities={fixtureCityLoader().load} />)
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(useAppStore.getState().userLocation).toBeNull()
    expect(screen.getByTestId('user-location').textContent).toMatch(/Not set/)
  })
})
