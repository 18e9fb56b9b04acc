import type { AppInfo, DatasetLoadResult, MenuCommand } from './ipc/contract'

/**
 * The one API the renderer uses to reach its platform. The desktop edition
 * implements it in the preload (over IPC); the web edition implements it with
 * the bundled files and browser storage. Nothing else crosses the boundary.
 */
export interface InfraGlobeApi {
  /** Loads and validates the bundled dataset. */
  loadDataset(): Promise<DatasetLoadResult>
  appInfo(): Promise<AppInfo>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'infraglobe'
