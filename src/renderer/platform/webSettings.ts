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

/** Why storing failed, in plain words: a full storage says so instead of its DOMException name. */
function describeStorageError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'QuotaExceededError') return "the browser's storage for this page is full"
  if (name === 'SecurityError') return 'the browser does not let this page store anything'
  return describeError(error)
}

/** The prefix of the one refused value kept aside. */
export const BAD_PREFIX = `${SETTINGS_KEY}.bad-`

/** Every key of the storage, read defensively (a key can vanish while it is read). */
function keysOf(store: Storage): string[] {
  const keys: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key !== null) keys.push(key)
  }
  return keys
}

/**
 * The web edition's settings, kept in localStorage with the same validation
 * and migration as the desktop file. A stored value that is broken or from a
 * newer InfraGlobe is copied to `<key>.bad-<time>` before anything replaces
 * it, and only the latest such copy is kept (browser storage is small); if
 * even that fails, nothing is written this session, so it is never lost.
 * A save that fails rejects with a sentence the page can show.
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
      const aside = `${BAD_PREFIX}${now().toISOString()}`
      try {
        const store = storage()
        store.setItem(aside, text)
        for (const key of keysOf(store)) if (key.startsWith(BAD_PREFIX) && key !== aside) store.removeItem(key)
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
        if (!writable) throw new Error('the stored settings could not be read or kept aside, so they are kept as they are')
        const checked = SettingsSchema.safeParse(settings)
        if (!checked.success) throw new Error(checked.error.issues.map((i) => i.message).join('; '))
        storage().setItem(SETTINGS_KEY, formatSettings(checked.data))
        read = checked.data
        return Promise.resolve()
      } catch (error) {
        return Promise.reject(new Error(`The settings could not be saved: ${describeStorageError(error)}.`, { cause: error }))
      }
    },
  }
}
