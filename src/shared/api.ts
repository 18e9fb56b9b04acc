import type { AppInfo, DatasetLoadResult, MenuCommand } from './ipc/contract'
import type { Settings } from './settings/schema'

/**
 * The one API the renderer uses to reach its platform. The desktop edition
 * implements it in the preload (over IPC); the web edition implements it with
 * the bundled files and browser storage. Nothing else crosses the boundary.
 */
export interface InfraGlobeApi {
  /** Loads and validates the bundled dataset. */
  loadDataset(): Promise<DatasetLoadResult>
  appInfo(): Promise<AppInfo>
  /** The persisted settings, validated and migrated; the defaults when there are none or they are unusable. */
  loadSettings(): Promise<Settings>
  /** Persists the settings (the platform validates them again); rejects if they could not be stored. */
  saveSettings(settings: Settings): Promise<void>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'infraglobe'
