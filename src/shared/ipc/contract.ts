import { z } from 'zod'
import type { Dataset } from '../dataset/schema'
import { SettingsSchema, type Settings } from '../settings/schema'
import { invokeChannels, MENU_COMMANDS } from './channels'

/**
 * The one IPC contract between main, preload and renderer. Channel names and
 * payload schemas are defined here once; main validates every payload with
 * these schemas, the preload and renderer take their types from them.
 */

// Channel names live in a zod-free module so the sandboxed preload can import them alone.
export { eventChannels, invokeChannels } from './channels'

export type InvokeChannel = (typeof invokeChannels)[keyof typeof invokeChannels]

/** Request payload schemas: every handler parses its argument with one of these. */
export const requestSchemas = {
  [invokeChannels.loadDataset]: z.undefined(),
  [invokeChannels.appInfo]: z.undefined(),
  [invokeChannels.loadSettings]: z.undefined(),
  [invokeChannels.saveSettings]: SettingsSchema,
} satisfies Record<InvokeChannel, z.ZodType>

export const MenuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommandSchema>

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  edition: z.enum(['desktop', 'web']),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/** The outcome of loading the dataset: never a half-valid dataset. */
export type DatasetLoadResult =
  | { ok: true; file: string; dataset: Dataset }
  | { ok: false; file: string; problems: string[] }

/** What each request channel answers. */
export interface InvokeResults {
  [invokeChannels.loadDataset]: DatasetLoadResult
  [invokeChannels.appInfo]: AppInfo
  [invokeChannels.loadSettings]: Settings
  [invokeChannels.saveSettings]: void
}
