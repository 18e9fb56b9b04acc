import { z } from 'zod'
import { AnnotationListSchema } from '../annotations/schema'
import { PartitionSchema } from '../dataset/schema'
import { DrillStateSchema } from '../drill/schema'
import { UserLocationSchema } from '../settings/schema'

/**
 * The lesson file (`*.infraglobe.json`): a title and a list of scenes, each a
 * saved view of the globe with a caption. Versioned: `version` is the format
 * of the file, not of the app. Older formats are migrated on open (see
 * migrate.ts); a newer one is refused without touching anything.
 *
 * Format history:
 * - 1: the first scenes: camera as latitude, longitude and altitude in km,
 *      layers, one selected region, the user's location and annotations.
 * - 2: camera distance from the Earth's centre in Earth radii (what the
 *      globe uses), plus the four-factor state: residency, required
 *      services, chooser weights and panel, compared regions, marker colouring.
 * - 3: speaker notes, the time-lapse year, the failure drill and the
 *      chooser's "exclude regions with reported outages" option.
 */
export const LESSON_FORMAT = 'infraglobe-lesson'
export const LESSON_VERSION = 3

/** A lesson file name ends with this. */
export const LESSON_EXTENSION = '.infraglobe.json'

/** More than any class needs; a file with more is refused rather than slowing the app to a crawl. */
export const MAX_SCENES = 200
export const MAX_TITLE_LENGTH = 120
export const MAX_CAPTION_LENGTH = 1000
/** Speaker notes: a page of talking points, not a script of the whole lesson. */
export const MAX_NOTES_LENGTH = 5000

/** Camera distance from the Earth's centre, in Earth radii: just above the surface to far out. */
export const MIN_CAMERA_DISTANCE = 1.01
export const MAX_CAMERA_DISTANCE = 20

export const CameraViewSchema = z.object({
  /** The point on the Earth at the centre of the view, degrees. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Distance of the camera from the Earth's centre, in Earth radii. */
  distance: z.number().min(MIN_CAMERA_DISTANCE).max(MAX_CAMERA_DISTANCE),
})

/** Region codes and service ids: shape only here; whether the dataset knows them is checked on open. */
export const RegionCodeSchema = z.string().regex(/^[a-z]{2,4}(-[a-z]+)+-\d+$/, 'expected a region code such as eu-central-1')
const ServiceIdSchema = z.string().min(1).max(120)

export const ResidencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('any') }),
  z.object({ kind: z.literal('country'), countryCode: z.string().regex(/^[A-Z]{2}$/, 'expected a country code such as DE') }),
  z.object({ kind: z.literal('eu-eea') }),
  z.object({ kind: z.literal('partition'), partition: PartitionSchema }),
])

const weight = z.number().min(0).max(1)

/**
 * Layers on (true) or off, by name ("network", "latencyArcs", …). Any name
 * is accepted: a layer added later is simply off in an older scene, and a
 * layer this version lacks is ignored.
 */
export const SceneLayersSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'expected a layer name such as network'), z.boolean())
  .refine((layers) => Object.keys(layers).length <= 50, 'too many layers')

export const SceneTitleSchema = z.string().trim().min(1, 'a scene needs a title').max(MAX_TITLE_LENGTH)
export const CaptionSchema = z.string().max(MAX_CAPTION_LENGTH)
/** What the presenter reads and the class never sees (the presenter view only). */
export const NotesSchema = z.string().max(MAX_NOTES_LENGTH)

/**
 * The time-lapse step a scene shows: a year (the regions launched by then),
 * "announced" (every region, the announced ones too), or null: today, no
 * time-lapse. A year after the dataset's as-of year is shown as that year.
 */
export const SceneYearSchema = z.union([z.int().min(2006).max(2100), z.literal('announced')]).nullable()

export const SceneSchema = z.object({
  id: z.string().min(1).max(64),
  title: SceneTitleSchema,
  caption: CaptionSchema,
  notes: NotesSchema,
  camera: CameraViewSchema,
  layers: SceneLayersSchema,
  selectedCode: RegionCodeSchema.nullable(),
  compareCodes: z.array(RegionCodeSchema).max(4),
  userLocation: z.nullable(UserLocationSchema),
  residency: ResidencySchema,
  requiredServices: z.array(ServiceIdSchema).max(100),
  chooserWeights: z.object({ proximity: weight, price: weight }),
  chooserOpen: z.boolean(),
  /** The chooser leaves out regions with reported outages (the default) or ranks them with a dated warning. */
  excludeOutages: z.boolean(),
  markerColouring: z.enum(['status', 'price-index']),
  annotations: AnnotationListSchema,
  year: SceneYearSchema,
  /** The failure drill shown in the region's AZ view, or null when none is placed. */
  drill: DrillStateSchema.nullable(),
  /**
   * The CloudFront request path drawn from the user's location (a cache hit or a miss), or none.
   * Optional within format 3: a file without it shows no path, and an older reader of format 3
   * ignores it and shows the rest of the scene.
   */
  requestPath: z.enum(['hit', 'miss']).nullable().optional(),
})

export const LessonSchema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  title: z.string().trim().min(1, 'a lesson needs a title').max(200),
  scenes: z.array(SceneSchema).max(MAX_SCENES),
})

export type CameraView = z.infer<typeof CameraViewSchema>
export type SceneYear = z.infer<typeof SceneYearSchema>
export type Scene = z.infer<typeof SceneSchema>
export type Lesson = z.infer<typeof LessonSchema>

/** A new, empty lesson. */
export function emptyLesson(title = 'Untitled lesson'): Lesson {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, title, scenes: [] }
}
