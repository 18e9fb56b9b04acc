// zod's smaller entry: the settings are checked before the first frame (see ../zodMini.ts).
import { z } from '../zodMini'

/**
 * The user's settings, persisted across restarts (desktop: a JSON file in the
 * user-data folder, written atomically; web: localStorage). Versioned: a file
 * of an older version is migrated, a newer one is refused without loss.
 */
export const SETTINGS_VERSION = 2

export const UserLocationSchema = z.object({
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  /** What the user sees: a city ("São Paulo, BR") or coordinates. */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** How it was set: searched city, a click on the globe, or guessed from the system time zone. */
  origin: z.enum(['search', 'click', 'timezone']),
})

/** The globe's switchable layers (version 2 added every layer after the first two). */
export const LayersSchema = z.object({
  network: z.boolean(),
  latencyArcs: z.boolean(),
  /** CloudFront edge locations and regional edge caches. */
  edges: z.boolean(),
  localZones: z.boolean(),
  wavelengthZones: z.boolean(),
  /** The land coloured by the round trip to the nearest region of the time-lapse year. */
  reach: z.boolean(),
})

/** The colours of the whole app: dark (the default) or light, high-contrast for a projector in a lit room. */
export const ThemeSchema = z.enum(['dark', 'light'])

/**
 * Which dataset the app opens with: the built-in one, or a file the user
 * opened (desktop: its path; main reloads and revalidates it at start and
 * falls back to the built-in one with a notice). Main owns this field: what
 * the renderer sends in it is ignored, so a page can never point main at a
 * file the user did not pick.
 */
export const DatasetChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin') }),
  z.object({
    kind: z.literal('file'),
    path: z.string().check(z.minLength(1), z.maxLength(4096)),
    /** The file name shown to the person. */
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
  }),
])

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  userLocation: z.nullable(UserLocationSchema),
  layers: LayersSchema,
  /** Latency arcs to the nearest N regions, or to every region. */
  latencyArcScope: z.union([z.literal('all'), z.int().check(z.minimum(1), z.maximum(100))]),
  /** Absent means the built-in dataset (version 2 added it; the renderer need not send it). */
  dataset: z.optional(DatasetChoiceSchema),
  theme: ThemeSchema,
  /** The first-start hint ("Click a region… Drag to turn…") was dismissed: it never shows again. */
  firstRunHintDismissed: z.boolean(),
})

export type UserLocation = z.infer<typeof UserLocationSchema>
export type Layers = z.infer<typeof LayersSchema>
export type LayerName = keyof Layers
export type Theme = z.infer<typeof ThemeSchema>
export type DatasetChoice = z.infer<typeof DatasetChoiceSchema>
export type Settings = z.infer<typeof SettingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  userLocation: null,
  layers: { network: true, latencyArcs: true, edges: false, localZones: false, wavelengthZones: false, reach: false },
  latencyArcScope: 'all',
  dataset: { kind: 'builtin' },
  theme: 'dark',
  firstRunHintDismissed: false,
}
