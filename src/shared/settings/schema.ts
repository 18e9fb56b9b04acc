import { z } from 'zod'

/**
 * The user's settings, persisted across restarts (desktop: a JSON file in the
 * user-data folder, written atomically; web: localStorage). Versioned: a file
 * of an older version is migrated, a newer one is refused without loss.
 */
export const SETTINGS_VERSION = 1

export const UserLocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** What the user sees: a city ("São Paulo, BR") or coordinates. */
  label: z.string().trim().min(1).max(200),
  /** How it was set: searched city, a click on the globe, or guessed from the system time zone. */
  origin: z.enum(['search', 'click', 'timezone']),
})

export const LayersSchema = z.object({
  network: z.boolean(),
  latencyArcs: z.boolean(),
})

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  userLocation: UserLocationSchema.nullable(),
  layers: LayersSchema,
  /** Latency arcs to the nearest N regions, or to every region. */
  latencyArcScope: z.union([z.literal('all'), z.int().min(1).max(100)]),
})

export type UserLocation = z.infer<typeof UserLocationSchema>
export type Layers = z.infer<typeof LayersSchema>
export type LayerName = keyof Layers
export type Settings = z.infer<typeof SettingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  userLocation: null,
  layers: { network: true, latencyArcs: true },
  latencyArcScope: 'all',
}
