import builtinText from '../../../assets/lessons/aws-global-infrastructure.infraglobe.json?raw'
import { parseLesson, type DatasetNames } from '../../shared/lesson'
import type { Lesson } from '../../shared/lesson/schema'

/** The file name the built-in lesson would have if saved unchanged. */
export const BUILTIN_LESSON_FILE = 'aws-global-infrastructure.infraglobe.json'

/**
 * The lesson that ships with the app, following the course: regions and why
 * they exist, the four factors one by one (compliance, proximity with the
 * latency arcs, features, pricing), weighing them, Availability Zones, edge
 * locations and CloudFront, ways to provision. It is an ordinary lesson file
 * (assets/lessons/), read like any other; scenes use the layers the globe has
 * today, and later layers (edge locations, …) add their scenes to the file.
 */
export function builtinLesson(names?: DatasetNames): { lesson: Lesson; warnings: string[] } {
  const parsed = parseLesson(builtinText, names)
  // The file is checked by the unit tests; failing here is a build that skipped them.
  if (!parsed.ok) throw new Error(`The built-in lesson is invalid: ${parsed.message}`)
  return { lesson: parsed.lesson, warnings: parsed.warnings }
}
