import type { DatasetNames } from '../../shared/lesson'
import type { Lesson } from '../../shared/lesson/schema'
import { lessonFormat } from './lessonFormat'

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
export async function builtinLesson(names?: DatasetNames): Promise<{ lesson: Lesson; warnings: string[] }> {
  // The file and the format that reads it come on first use, not with the app.
  const [{ default: builtinText }, { parseLesson }] = await Promise.all([
    import('../../../assets/lessons/aws-global-infrastructure.infraglobe.json?raw'),
    lessonFormat(),
  ])
  const parsed = parseLesson(builtinText, names)
  // The file is checked by the unit tests; failing here is a build that skipped them.
  if (!parsed.ok) throw new Error(`The built-in lesson is invalid: ${parsed.message}`)
  return { lesson: parsed.lesson, warnings: parsed.warnings }
}
