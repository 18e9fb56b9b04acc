import { useEffect, useRef, useState } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import { settingsSaveMessage } from '../../shared/settings/saveError'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../shared/settings/schema'
import { loadBundledCityIndex, type CityIndexLoader } from './cityIndex'
import { useAppStore, type AppState } from './store'
import { locationFromTimeZone, systemTimeZone } from './timeZoneLocation'
import { shallow, watch } from './watch'

/** Changes are written this long after the last one, so dragging through options writes once. */
export const SAVE_DELAY_MS = 300

export interface PersistedSettingsOptions {
  loadCities?: CityIndexLoader
  timeZone?: () => string | null
}

/** The persisted part of the app state. */
export function settingsOf(
  state: Pick<AppState, 'userLocation' | 'layers' | 'latencyArcScope' | 'theme' | 'firstRunHintDismissed'>,
): Settings {
  return {
    version: SETTINGS_VERSION,
    userLocation: state.userLocation,
    layers: state.layers,
    latencyArcScope: state.latencyArcScope,
    theme: state.theme,
    firstRunHintDismissed: state.firstRunHintDismissed,
  }
}

/** The persisted slices, as one selected value (compared shallowly). */
const persisted = (state: AppState) =>
  [state.userLocation, state.layers, state.latencyArcScope, state.theme, state.firstRunHintDismissed] as const

type Persisted = ReturnType<typeof persisted>

/** The user's own settings after a change from `previous` to `next`: only what changed is taken. */
function withChanges(own: Settings, next: Persisted, previous: Persisted): Settings {
  const [userLocation, layers, latencyArcScope, theme, firstRunHintDismissed] = next
  return {
    ...own,
    userLocation: userLocation !== previous[0] ? userLocation : own.userLocation,
    layers: layers !== previous[1] ? layers : own.layers,
    latencyArcScope: latencyArcScope !== previous[2] ? latencyArcScope : own.latencyArcScope,
    theme: theme !== previous[3] ? theme : own.theme,
    firstRunHintDismissed: firstRunHintDismissed !== previous[4] ? firstRunHintDismissed : own.firstRunHintDismissed,
  }
}

let showingScene = 0

/**
 * Applies a lesson scene's state without making it the user's saved
 * settings: a scene's location and layers belong to the lesson. A student's
 * own location (and layers) are still theirs the next time the app starts,
 * whatever scenes were shown; a setting the user changes afterwards is saved
 * as usual.
 */
export function withoutPersisting(apply: () => void): void {
  showingScene++
  try {
    apply()
  } finally {
    showingScene--
  }
}

/** Settings asked for by the app's start, before the app renders, each taken by the first hook that needs them. */
const early = new WeakMap<InfraGlobeApi, Promise<Settings>>()

/**
 * Asks the platform for the saved settings at once, before the app renders
 * (main.tsx): what they show can then be fetched with the app's own code.
 * The app's settings hook takes this very request instead of asking again.
 */
export function requestSettingsEarly(api: InfraGlobeApi): Promise<Settings> {
  const request = requestSettings(api)
  early.set(api, request)
  return request
}

function takeSettingsRequest(api: InfraGlobeApi): Promise<Settings> {
  const request = early.get(api)
  early.delete(api)
  return request ?? requestSettings(api)
}

async function requestSettings(api: InfraGlobeApi): Promise<Settings> {
  try {
    return await api.loadSettings()
  } catch (error) {
    console.warn('InfraGlobe: the saved settings could not be loaded; using the defaults.', error)
    return structuredClone(DEFAULT_SETTINGS)
  }
}

/**
 * Loads the saved settings into the store once per platform, then saves them
 * (debounced) whenever the user changes the location, the layers or the arc
 * scope (not when a lesson scene does: see withoutPersisting), and
 * at once when the page goes away. A failed save is put in the store
 * (`settingsSaveError`, shown as a notice) until a later save works. Without a saved location, a first one is
 * guessed from the system time zone. Returns true once the settings are in
 * the store, so the globe can wait and never draw the defaults first.
 */
export function usePersistedSettings(api: InfraGlobeApi, options: PersistedSettingsOptions = {}): boolean {
  const { loadCities = loadBundledCityIndex, timeZone = systemTimeZone } = options
  const applySettings = useAppStore((s) => s.applySettings)
  const request = useRef<{ api: InfraGlobeApi; result: Promise<Settings> } | null>(null)
  const [loaded, setLoaded] = useState<{ api: InfraGlobeApi; guessLocation: boolean } | null>(null)

  useEffect(() => {
    if (request.current?.api !== api) request.current = { api, result: takeSettingsRequest(api) }
    let current = true
    void request.current.result.then((settings) => {
      if (!current) return
      applySettings(settings)
      setLoaded({ api, guessLocation: settings.userLocation === null })
    })
    return () => {
      current = false
    }
  }, [api, applySettings])

  const ready = loaded?.api === api
  const guessLocation = ready && loaded.guessLocation

  useEffect(() => {
    if (!ready) return
    let own = settingsOf(useAppStore.getState())
    let pending: Settings | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let saves = 0
    const flush = () => {
      clearTimeout(timer)
      if (!pending) return
      const settings = pending
      pending = null
      // Only the latest save's outcome is shown: it says whether the settings are stored now.
      const save = ++saves
      const { setSettingsSaveError } = useAppStore.getState()
      api.saveSettings(settings).then(
        () => {
          if (save === saves) setSettingsSaveError(null)
        },
        (error: unknown) => {
          console.warn('InfraGlobe: the settings were not saved.', error)
          if (save === saves) setSettingsSaveError(settingsSaveMessage(error))
        },
      )
    }
    const unsubscribe = watch(
      persisted,
      (next, previous) => {
        if (next === previous || showingScene > 0) return
        own = withChanges(own, next, previous)
        pending = own
        clearTimeout(timer)
        timer = setTimeout(flush, SAVE_DELAY_MS)
      },
      { equality: shallow },
    )
    window.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [api, ready])

  useEffect(() => {
    if (!guessLocation) return
    let current = true
    locationFromTimeZone(timeZone(), loadCities).then(
      (location) => {
        // The user may have chosen a place (or be about to click one) while the city list loaded: theirs wins.
        const { userLocation, placing } = useAppStore.getState()
        if (current && location && userLocation === null && !placing) {
          useAppStore.getState().setUserLocation(location)
        }
      },
      (error: unknown) => console.warn('InfraGlobe: no location could be guessed from the time zone.', error),
    )
    return () => {
      current = false
    }
  }, [guessLocation, loadCities, timeZone])

  return ready
}
