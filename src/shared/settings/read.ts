import { issueMessages } from '../dataset/problems'
import { clip, quoteValue } from '../text/quote'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema'

/**
 * Reading stored settings, shared by the desktop store (a file) and the web
 * edition (localStorage), so both accept, migrate and refuse exactly the same
 * values. Reading never throws: whatever is wrong comes back as `problem`,
 * with the defaults to run on; the caller keeps the refused value aside.
 */

/** The most a settings file may hold: a few hundred bytes are expected. */
export const MAX_SETTINGS_BYTES = 64 * 1024

export type SettingsRead =
  /** Valid (`migratedFrom` says when it was an older version, brought up to date). */
  | { status: 'ok'; settings: Settings; migratedFrom?: number }
  /** Written by a newer InfraGlobe: not understood here, so the defaults are used. */
  | { status: 'newer'; settings: Settings; problem: string }
  /** Not settings at all, or broken: the defaults are used. */
  | { status: 'invalid'; settings: Settings; problem: string }

type Migration = (old: Record<string, unknown>) => Record<string, unknown>

/**
 * Version 0 is the unversioned shape of pre-release builds: the same fields
 * as version 1 without `version`, any of them possibly absent, and a user
 * location without `origin`. Missing fields take the defaults; a location
 * of unknown origin counts as placed by hand, the most literal reading.
 */
function fromVersion0(old: Record<string, unknown>): Record<string, unknown> {
  const layers = isRecord(old.layers) ? old.layers : {}
  const location = old.userLocation
  return {
    version: 1,
    userLocation: isRecord(location) ? { origin: 'click', ...location } : (location ?? null),
    layers: { ...DEFAULT_SETTINGS.layers, ...layers },
    latencyArcScope: old.latencyArcScope ?? DEFAULT_SETTINGS.latencyArcScope,
  }
}

const ADDED_IN_VERSION_2 = { edges: false, localZones: false, wavelengthZones: false, reach: false } as const

/**
 * Version 2 added the dataset choice (a version 1 file used the built-in
 * dataset), the layers after the first two (off, as they did not exist), the
 * theme (dark, the only one) and the first-start hint: someone with settings
 * has started the app before, so it is not shown to them.
 */
function fromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  // Only the new layers are filled in: version 1's own layers stay as they were, so a broken value is still refused.
  const layers = isRecord(old.layers) ? { ...ADDED_IN_VERSION_2, ...old.layers } : old.layers
  return {
    ...old,
    version: 2,
    layers,
    dataset: { kind: 'builtin' },
    theme: 'dark',
    firstRunHintDismissed: true,
  }
}

/** `migrations[n]` turns version n into version n + 1; each is applied in turn. */
const migrations: Readonly<Record<number, Migration>> = {
  0: fromVersion0,
  1: fromVersion1,
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function defaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS)
}

/** Brings a stored value of any known version up to date (without validating the result). */
export function migrateSettings(value: Record<string, unknown>, from: number): Record<string, unknown> {
  let current = value
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`no migration from settings version ${version}`)
    current = step(current)
  }
  return current
}

/** How many field problems one refusal lists. */
const LISTED_PROBLEMS = 5

/**
 * Validates (and if need be migrates) a stored value. Never throws: a value
 * that cannot even be examined (nested so deeply that walking it overflows
 * the call stack) is refused like any other.
 */
export function readSettings(value: unknown): SettingsRead {
  try {
    return readSettingsValue(value)
  } catch (error) {
    return {
      status: 'invalid',
      settings: defaults(),
      problem: `(root): the settings could not be examined (${clip(describe(error), 80)})`,
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}

function readSettingsValue(value: unknown): SettingsRead {
  const invalid = (problem: string): SettingsRead => ({ status: 'invalid', settings: defaults(), problem })
  if (!isRecord(value)) return invalid('(root): expected an object of settings')

  const version = value.version ?? 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return invalid(`version: expected a whole number, received ${quoteValue(version)}`)
  }
  if (version > SETTINGS_VERSION) {
    return {
      status: 'newer',
      settings: defaults(),
      problem: `version: written by a newer InfraGlobe (settings version ${quoteValue(version)}; this one reads up to ${SETTINGS_VERSION})`,
    }
  }

  const parsed = SettingsSchema.safeParse(migrateSettings(value, version))
  if (!parsed.success) {
    return invalid(issueMessages(parsed.error.issues).slice(0, LISTED_PROBLEMS).join('; '))
  }
  return version < SETTINGS_VERSION
    ? { status: 'ok', settings: parsed.data, migratedFrom: version }
    : { status: 'ok', settings: parsed.data }
}

/** Reads settings from stored text (JSON, possibly with a byte-order mark). */
export function parseSettingsText(text: string): SettingsRead {
  if (text.length > MAX_SETTINGS_BYTES) {
    return {
      status: 'invalid',
      settings: defaults(),
      problem: `(root): ${text.length} characters, more than the limit of ${MAX_SETTINGS_BYTES}`,
    }
  }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { status: 'invalid', settings: defaults(), problem: `(root): not valid JSON: ${clip(describe(error), 120)}` }
  }
  return readSettings(value)
}

/** The stored form: stable, readable JSON. */
export function formatSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`
}
