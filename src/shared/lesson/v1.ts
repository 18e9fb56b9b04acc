import { z } from 'zod'
import { AnnotationListSchema } from '../annotations/schema'
import { EARTH_RADIUS_KM } from '../geo'
import { UserLocationSchema } from '../settings/schema'
import {
  CaptionSchema,
  MAX_CAMERA_DISTANCE,
  MAX_SCENES,
  MIN_CAMERA_DISTANCE,
  RegionCodeSchema,
  SceneLayersSchema,
  SceneTitleSchema,
} from './schema'

/**
 * Lesson format 1, kept only to read old files. Its camera was a point and an
 * altitude above the surface in km; it knew nothing of the four factors
 * (residency, services, weights, chooser), comparison or marker colouring.
 */
export const SceneV1Schema = z.object({
  id: z.string().min(1).max(64),
  title: SceneTitleSchema,
  caption: CaptionSchema,
  camera: z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    altitudeKm: z.number().positive().max(200_000),
  }),
  layers: SceneLayersSchema,
  selectedCode: RegionCodeSchema.nullable(),
  userLocation: z.nullable(UserLocationSchema),
  annotations: AnnotationListSchema,
})

export const LessonV1Schema = z.object({
  format: z.literal('infraglobe-lesson'),
  version: z.literal(1),
  title: z.string().trim().min(1).max(200),
  scenes: z.array(SceneV1Schema).max(MAX_SCENES),
})

export type LessonV1 = z.infer<typeof LessonV1Schema>

/**
 * 1 → 2: the altitude becomes a distance from the centre in Earth radii
 * (kept within what format 2 allows), and the new state takes the values
 * that show what format 1 showed: no filter, no comparison, chooser closed,
 * even weights, markers coloured by status.
 */
export function migrateV1toV2(lesson: LessonV1): unknown {
  return {
    format: lesson.format,
    version: 2,
    title: lesson.title,
    scenes: lesson.scenes.map((scene) => ({
      id: scene.id,
      title: scene.title,
      caption: scene.caption,
      camera: {
        lat: scene.camera.lat,
        lon: scene.camera.lon,
        distance: Math.min(MAX_CAMERA_DISTANCE, Math.max(MIN_CAMERA_DISTANCE, 1 + scene.camera.altitudeKm / EARTH_RADIUS_KM)),
      },
      layers: scene.layers,
      selectedCode: scene.selectedCode,
      compareCodes: [],
      userLocation: scene.userLocation,
      residency: { kind: 'any' },
      requiredServices: [],
      chooserWeights: { proximity: 0.5, price: 0.5 },
      chooserOpen: false,
      markerColouring: 'status',
      annotations: scene.annotations,
    })),
  }
}
