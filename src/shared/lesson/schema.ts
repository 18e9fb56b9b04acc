import { z } from 'zod'
import { AnnotationListSchema } from '../annotations/schema'
import { PartitionSchema } from '../dataset/schema'
import { DrillStateSchema } from '../drill/schema'
import { UserLocationSchema } from '../settings/schema'
import { LESSON_FORMAT, LESSON_VERSION, MAX_CAMERA_DISTANCE, MAX_CAPTION_LENGTH, MAX_NOTES_LENGTH, MAX_SCENES, MAX_TITLE_LENGTH, MIN_CAMERA_DISTANCE } from './format'

// The format's name, version and limits need no schema: they live in ./format, which the renderer
// imports alone.
export {
  LESSON_EXTENSION,
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_CAMERA_DISTANCE,
  MAX_CAPTION_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SCENES,
  MAX_TITLE_LENGTH,
  MIN_CAMERA_DISTANCE,
} from './format'

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
