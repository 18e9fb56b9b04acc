import { z } from 'zod'
import { AnnotationListSchema } from '../annotations/schema'
import { UserLocationSchema } from '../settings/schema'
import {
  CameraViewSchema,
  CaptionSchema,
  MAX_SCENES,
  RegionCodeSchema,
  ResidencySchema,
  SceneLayersSchema,
  SceneTitleSchema,
} from './schema'

const weight = z.number().min(0).max(1)

/**
 * Lesson format 2, kept only to read old files: the four-factor state, but
 * no speaker notes, no time-lapse year, no failure drill and no outage
 * option (the chooser then always ranked every region it had).
 */
export const SceneV2Schema = z.object({
  id: z.string().min(1).max(64),
  title: SceneTitleSchema,
  caption: CaptionSchema,
  camera: CameraViewSchema,
  layers: SceneLayersSchema,
  selectedCode: RegionCodeSchema.nullable(),
  compareCodes: z.array(RegionCodeSchema).max(4),
  userLocation: z.nullable(UserLocationSchema),
  residency: ResidencySchema,
  requiredServices: z.array(z.string().min(1).max(120)).max(100),
  chooserWeights: z.object({ proximity: weight, price: weight }),
  chooserOpen: z.boolean(),
  markerColouring: z.enum(['status', 'price-index']),
  annotations: AnnotationListSchema,
})

export const LessonV2Schema = z.object({
  format: z.literal('infraglobe-lesson'),
  version: z.literal(2),
  title: z.string().trim().min(1).max(200),
  scenes: z.array(SceneV2Schema).max(MAX_SCENES),
})

export type LessonV2 = z.infer<typeof LessonV2Schema>

/**
 * 2 → 3: a format-2 scene showed today's regions, had no notes and no drill;
 * outages were not known then, so the chooser's default (leave out regions
 * with reported outages) is what a student opening it today expects.
 */
export function migrateV2toV3(lesson: LessonV2): unknown {
  return {
    ...lesson,
    version: 3,
    scenes: lesson.scenes.map((scene) => ({ ...scene, notes: '', year: null, drill: null, excludeOutages: true })),
  }
}
