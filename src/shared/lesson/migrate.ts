import type { z } from 'zod'
import { LESSON_VERSION, LessonSchema } from './schema'
import { LessonV1Schema, migrateV1toV2 } from './v1'
import { LessonV2Schema, migrateV2toV3 } from './v2'

/**
 * One step per old format: the schema a file of format `v` must satisfy, and
 * the function that turns it into format `v + 1`. A file is validated at each
 * step, so a problem is reported in the terms of the format it was written in.
 */
export interface Migration {
  schema: z.ZodType
  up(value: never): unknown
}

export const migrations: Readonly<Record<number, Migration>> = {
  1: { schema: LessonV1Schema, up: migrateV1toV2 },
  2: { schema: LessonV2Schema, up: migrateV2toV3 },
}

/** The oldest format this version reads. */
export const OLDEST_VERSION = 1

/** The schema a file of `version` is checked against before it is migrated (or used, when current). */
export function schemaForVersion(version: number): z.ZodType | null {
  if (version === LESSON_VERSION) return LessonSchema
  return migrations[version]?.schema ?? null
}
