import { vi, type Mock } from 'vitest'
import type { InfraGlobeApi } from '../../../src/shared/api'
import type { MenuCommand } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema'
import { fixtureFile, makeDataset } from './fixtures'

/** Every API function as a vitest mock, so tests can inspect calls and change answers. */
export type FakeApi = { [K in keyof InfraGlobeApi]: Mock<InfraGlobeApi[K]> } & {
  /** Delivers a menu command to every current onMenuCommand listener, as the desktop menu would. */
  sendMenuCommand(command: MenuCommand): void
  /** The listeners subscribed right now. */
  readonly menuListeners: ReadonlySet<(command: MenuCommand) => void>
}

/**
 * A complete InfraGlobeApi for renderer tests. By default it loads the fixture
 * dataset, has the default settings, and every file or clipboard request
 * succeeds (saves as saved, the picker as cancelled); pass overrides for
 * anything a test needs different.
 */
export function fakeApi(overrides: Partial<InfraGlobeApi> = {}): FakeApi {
  const listeners = new Set<(command: MenuCommand) => void>()
  const defaults: InfraGlobeApi = {
    loadDataset: () => Promise.resolve({ ok: true, file: fixtureFile, dataset: makeDataset() }),
    appInfo: () => Promise.resolve({ name: 'InfraGlobe', version: '1.0.0', edition: 'web' }),
    loadSettings: () => Promise.resolve(structuredClone(DEFAULT_SETTINGS)),
    saveSettings: () => Promise.resolve(),
    onMenuCommand: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    copyText: () => Promise.resolve(),
    copyPng: () => Promise.resolve(),
    saveFile: (request) => Promise.resolve({ status: 'saved', location: request.suggestedName }),
    saveSeries: (request) => Promise.resolve({ status: 'saved', location: 'your downloads', count: request.files.length }),
    openLesson: () => Promise.resolve({ status: 'cancelled' }),
    openDataset: () => Promise.resolve({ status: 'cancelled' }),
    useBuiltinDataset: () => Promise.resolve({ ok: true, file: fixtureFile, dataset: makeDataset(), origin: 'builtin' }),
    setFullScreen: () => Promise.resolve(),
  }
  const merged = { ...defaults, ...overrides }
  return {
    loadDataset: vi.fn(merged.loadDataset),
    appInfo: vi.fn(merged.appInfo),
    loadSettings: vi.fn(merged.loadSettings),
    saveSettings: vi.fn(merged.saveSettings),
    onMenuCommand: vi.fn(merged.onMenuCommand),
    copyText: vi.fn(merged.copyText),
    copyPng: vi.fn(merged.copyPng),
    saveFile: vi.fn(merged.saveFile),
    saveSeries: vi.fn(merged.saveSeries),
    openLesson: vi.fn(merged.openLesson),
    openDataset: vi.fn(merged.openDataset),
    useBuiltinDataset: vi.fn(merged.useBuiltinDataset),
    setFullScreen: vi.fn(merged.setFullScreen),
    sendMenuCommand: (command) => listeners.forEach((listener) => listener(command)),
    menuListeners: listeners,
  }
}
