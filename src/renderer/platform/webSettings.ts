import type { InfraGlobeApi } from '../../shared/api'
import { formatSettings, parseSettingsText } from '../../shared/settings/read'
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/settings/schema'

/** The localStorage key of the web edition's settings. */
export const SETTINGS_KEY = 'infraglobe.settings.v1'

export interface LocalSettingsOptions {
  /** The browser's storage; a function because merely reading `window.localStorage` can throw (storage disabled). */
  storage?: () => Storage
  warn?: (message: string) => void
  now?: () => Date
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}

/**
 * The web edition's settings, kept in localStorage with the same validation
 * and migration as the desktop file. A stored value that is broken or from a
 * newer InfraGlobe is copied to `<key>.bad-<time>` before anything replaces
 * it; if even that fails, nothing is written this session, so it is never lost.
 */
export function createLocalSettings(
  options: LocalSettingsOptions = {},
): Pick<InfraGlobeApi, 'loadSettings' | 'saveSettings'> {
  const storage = options.storage ?? (() => window.localStorage)
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const now = options.now ?? (() => new Date())
  let writable = true
  let read: Settings | null = null

  const load = (): Settings => {
    if (read) return read
    let text: string | null
    try {
      text = storage().getItem(SETTINGS_KEY)
    } catch (error) {
      writable = false
      warn(`InfraGlobe: the saved settings cannot be read (${describeError(error)}); using the defaults.`)
      return (read = structuredClone(DEFAULT_SETTINGS))
    }
    if (text === null) return (read = structuredClone(DEFAULT_SETTINGS))
    const result = parseSettingsText(text)
    if (result.status !== 'ok') {
      const aside = `${SETTINGS_KEY}.bad-${now().toISOString()}`
      try {
        storage().setItem(aside, text)
        warn(`InfraGlobe: the saved settings were not used (${result.problem}); they are kept under "${aside}" and the defaults apply.`)
      } catch (error) {
        writable = false
        warn(
          `InfraGlobe: the saved settings were not used (${result.problem}) and could not be kept aside ` +
            `(${describeError(error)}); the defaults apply and they are left untouched.`,
        )
      }
    }
    return (read = result.settings)
  }

  return {
    loadSettings: () => {
      try {
        return Promise.resolve(structuredClone(load()))
      } catch (error) {
        return Promise.reject(error)
      }
    },
    saveSettings: (settings) => {
      try {
        load()
        if (!writable) throw new Error('settings not saved: the stored ones are kept as they are')
        const checked = SettingsSchema.safeParse(settings)
        if (!checked.success) throw new Error(`settings not saved: ${checked.error.issues.map((i) => i.message).join('; ')}`)
        storage().setItem(SETTINGS_KEY, formatSettings(checked.data))
        read = checked.data
        return Promise.resolve()
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    },
  }
}
