import { act, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/renderer/App'
import { useAppStore } from '../../../../src/renderer/state/store'
import { requestSettingsEarly, SAVE_DELAY_MS, withoutPersisting } from '../../../../src/renderer/state/usePersistedSettings'
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings/schema'
import { globeShown } from '../../fixtures/renderer/app'
import { fakeApi as sharedFakeApi } from '../../fixtures/renderer/fakeApi'

vi.mock('../../../../src/renderer/globe/Globe', () => ({
  Globe: () => <div data-testid="globe">globe</div>,
}))

// The bundled city list is large: the time-zone guess gets the small fixture instead.
const cityList = vi.hoisted(() => ({ gate: Promise.resolve(), calls: 0 }))
vi.mock('../../../../src/renderer/state/cityIndex', async () => {
  const { createCityIndex } = await import('../../../../src/shared/cities/search')
  const { fixtureCities } = await import('../../fixtures/renderer/cities')
  return {
    loadBundledCityIndex: async () => {
      cityList.calls++
      await cityList.gate
      return createCityIndex(fixtureCities)
    },
  }
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  cityList.gate = Promise.resolve()
  cityList.calls = 0
})

const saved: Settings = {
  version: 2,
  userLocation: { lat: 50.1155, lon: 8.6842, label: 'Frankfurt am Main, DE', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: true },
  latencyArcScope: 5,
  theme: 'dark',
  firstRunHintDismissed: false,
}

function fakeApi(settings: Settings | Promise<Settings> = saved) {
  return sharedFakeApi({ loadSettings: () => Promise.resolve(settings).then((s) => structuredClone(s)) })
}

function systemTimeZone(timeZone: string) {
  const real = new Intl.DateTimeFormat().resolvedOptions()
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ ...real, timeZone })
  // A runtime with Temporal answers from it first.
  vi.stubGlobal('Temporal', { Now: { timeZoneId: () => timeZone } })
}

describe('settings in the app', () => {
  it('applies the saved settings before the globe first shows', async () => {
    let answer: (settings: Settings) => void = () => {}
    const api = fakeApi(new Promise<Settings>((resolve) => (answer = resolve)))
    render(<App api={api} />)
    await waitFor(() => expect(useAppStore.getState().dataset).not.toBeNull())
    expect(screen.queryByTestId('globe')).toBeNull()
    expect(screen.getByRole('status').textContent).toMatch(/Loading/)

    await act(async () => answer(saved))
    expect(screen.getByTestId('globe')).toBeTruthy()
    const state = useAppStore.getState()
    expect(state.userLocation).toEqual(saved.userLocation)
    expect(state.layers).toEqual(saved.layers)
    expect(state.latencyArcScope).toBe(5)
  })

  it('loads the settings once, even when React runs its effects twice', async () => {
    const api = fakeApi()
    render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    )
    await globeShown()
    expect(api.loadSettings).toHaveBeenCalledTimes(1)
  })

  it("takes the request the app's start made (main.tsx) instead of asking the platform again", async () => {
    const api = fakeApi()
    await expect(requestSettingsEarly(api)).resolves.toEqual(saved)
    render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    )
    await globeShown()
    expect(api.loadSettings).toHaveBeenCalledTimes(1)
    expect(useAppStore.getState().layers).toEqual(saved.layers)
    expect(useAppStore.getState().latencyArcScope).toBe(5)
  })

  it('does not write back what it has just loaded', async () => {
    const api = fakeApi()
    render(<App api={api} />)
    await globeShown()
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 50))
    expect(api.saveSettings).not.toHaveBeenCalled()
  })

  it('saves a burst of changes once, shortly after the last', async () => {
    const api = fakeApi()
    render(<App api={api} />)
    await globeShown()
    vi.useFakeTimers()
    const { setLayer, setLatencyArcScope, setUserLocation } = useAppStore.getState()
    const quito = { lat: -0.22, lon: -78.51, label: 'Quito, EC', origin: 'search' } as const
    act(() => {
      setLayer('network', true)
      setLatencyArcScope(20)
      setUserLocation(quito)
    })
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS - 1))
    expect(api.saveSettings).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(api.saveSettings).toHaveBeenCalledTimes(1)
    expect(api.saveSettings).toHaveBeenCalledWith({
      version: 2,
      userLocation: quito,
      layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: true },
      latencyArcScope: 20,
      theme: 'dark',
      firstRunHintDismissed: false,
    })
  })

  it('keeps why the last save failed, in words, until a later save works', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const api = fakeApi()
    api.saveSettings.mockImplementationOnce(() =>
      Promise.reject(new Error("Error invoking remote method 'infraglobe:settings:save': Error: The settings could not be saved to /home/t/settings.json: the disk is full.")),
    )
    render(<App api={api} />)
    await globeShown()
    vi.useFakeTimers()
    act(() => useAppStore.getState().setLayer('network', true))
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
    expect(useAppStore.getState().settingsSaveError).toBe('The settings could not be saved to /home/t/settings.json: the disk is full.')
    expect(warn).toHaveBeenCalledWith('InfraGlobe: the settings were not saved.', expect.any(Error))

    act(() => useAppStore.getState().setLayer('network', false))
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
    expect(api.saveSettings).toHaveBeenCalledTimes(2)
    expect(useAppStore.getState().settingsSaveError).toBeNull()
  })

  it('shows only the latest save’s outcome when an earlier one answers last', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    let failFirst: (error: Error) => void = () => {}
    const api = fakeApi()
    api.saveSettings.mockImplementationOnce(() => new Promise<void>((_resolve, reject) => (failFirst = reject)))
    render(<App api={api} />)
    await globeShown()
    vi.useFakeTimers()
    act(() => useAppStore.getState().setLayer('network', true))
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
    act(() => useAppStore.getState().setLayer('network', false))
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
    await act(async () => failFirst(new Error('The settings could not be saved: the disk is full.')))
    expect(api.saveSettings).toHaveBeenCalledTimes(2)
    expect(useAppStore.getState().settingsSaveError).toBeNull()
  })

  it('ignores changes that are not settings, such as the selection', async () => {
    const api = fakeApi()
    render(<App api={api} />)
    await globeShown()
    vi.useFakeTimers()
    act(() => useAppStore.getState().select('eu-central-1', { fly: true }))
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS * 2))
    expect(api.saveSettings).not.toHaveBeenCalled()
  })

  it('keeps a lesson scene’s location and layers out of the saved settings, and saves what the user changes next', async () => {
    const api = fakeApi()
    render(<App api={api} />)
    await globeShown()
    vi.useFakeTimers()
    const saoPaulo = { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' } as const
    act(() =>
      withoutPersisting(() =>
        useAppStore.setState({ userLocation: saoPaulo, layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: false } }),
      ),
    )
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS * 2))
    expect(api.saveSettings).not.toHaveBeenCalled()

    act(() => useAppStore.getState().setLatencyArcScope(10))
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS))
    expect(api.saveSettings).toHaveBeenCalledTimes(1)
    expect(api.saveSettings).toHaveBeenCalledWith({ ...saved, latencyArcScope: 10 })
  })

  it('saves a pending change at once when the page goes away', async () => {
    const api = fakeApi()
    render(<App api={api} />)
    await globeShown()
    act(() => useAppStore.getState().setLayer('latencyArcs', false))
    window.dispatchEvent(new Event('pagehide'))
    expect(api.saveSettings).toHaveBeenCalledTimes(1)
    expect(api.saveSettings.mock.calls[0]?.[0].layers).toEqual({ ...saved.layers, network: false, latencyArcs: false })
  })

  it('starts with the defaults when the platform cannot load the settings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    systemTimeZone('UTC')
    const api = fakeApi()
    api.loadSettings.mockImplementation(() => Promise.reject(new Error('IPC channel closed')))
    render(<App api={api} />)
    await globeShown()
    expect(useAppStore.getState().layers).toEqual(DEFAULT_SETTINGS.layers)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be loaded'), expect.any(Error))
  })

  it('guesses the location from the system time zone when none is saved, and saves the guess', async () => {
    systemTimeZone('America/Sao_Paulo')
    const api = fakeApi({ ...saved, userLocation: null })
    render(<App api={api} />)
    await globeShown()
    await waitFor(() =>
      expect(useAppStore.getState().userLocation).toEqual({
        lat: -23.5475,
        lon: -46.6361,
        label: 'São Paulo, BR',
        origin: 'timezone',
      }),
    )
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledTimes(1), { timeout: SAVE_DELAY_MS * 4 })
    expect(api.saveSettings.mock.calls[0]?.[0].userLocation?.origin).toBe('timezone')
  })

  it('never guesses over a saved location', async () => {
    systemTimeZone('America/Sao_Paulo')
    render(<App api={fakeApi()} />)
    await globeShown()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(cityList.calls).toBe(0)
    expect(useAppStore.getState().userLocation).toEqual(saved.userLocation)
  })

  it('lets a location chosen while the city list loads win over the guess', async () => {
    systemTimeZone('America/Sao_Paulo')
    let release: () => void = () => {}
    cityList.gate = new Promise<void>((resolve) => (release = resolve))
    render(<App api={fakeApi({ ...saved, userLocation: null })} />)
    await globeShown()
    await waitFor(() => expect(cityList.calls).toBe(1))
    const chosen = { lat: 52.52, lon: 13.41, label: 'Berlin, DE', origin: 'search' } as const
    act(() => useAppStore.getState().setUserLocation(chosen))
    await act(async () => release())
    expect(useAppStore.getState().userLocation).toEqual(chosen)
  })

  it('leaves the location unset for a time zone that names no place', async () => {
    systemTimeZone('Etc/GMT+3')
    render(<App api={fakeApi({ ...saved, userLocation: null })} />)
    await globeShown()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(useAppStore.getState().userLocation).toBeNull()
  })
})
