import type { z } from 'zod'
import { jsonErrorOffset } from '../dataset/jsonErrorOffset'
import { issueMessages } from '../dataset/problems'
import { quoteValue } from '../text/quote'
import { migrations, OLDEST_VERSION } from './migrate'
import { reconcileWithDataset, type DatasetNames } from './reconcile'
import { LESSON_EXTENSION, LESSON_FORMAT, LESSON_VERSION, LessonSchema, type Lesson } from './schema'

export type LessonParse = { ok: true; lesson: Lesson; warnings: string[] } | { ok: false; message: string }

/** How many field problems a message lists; the rest are counted. */
const LISTED_PROBLEMS = 5

const NOTHING_CHANGED = 'Nothing was changed.'

/**
 * Reads a lesson file: JSON, an InfraGlobe lesson, a format this version
 * reads (older ones are migrated), every field valid, scene ids unique.
 * Messages are for the teacher who picked the file, and end by saying that
 * the lesson on screen is untouched. With `dataset`, regions and services it
 * does not know are left out of the scenes, each with a warning.
 */
export function parseLesson(text: string, dataset?: DatasetNames): LessonParse {
  try {
    return parseLessonText(text, dataset)
  } catch (error) {
    // JSON.parse accepts any depth; walking a value nested tens of thousands deep overflows the stack.
    if (error instanceof RangeError) return fail('This file is not a lesson InfraGlobe can read: it is nested too deeply.')
    throw error
  }
}

function parseLessonText(text: string, dataset?: DatasetNames): LessonParse {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text))
    return fail(`This file is not a lesson: it is not valid JSON (line ${line}, column ${column}). It may be damaged or be another kind of file.`)
  }
  if (!isRecord(value) || value.format !== LESSON_FORMAT) {
    return fail(`This file is not an InfraGlobe lesson (a lesson file has "format": "${LESSON_FORMAT}").`)
  }
  const version = value.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return fail(`This lesson file has no format version InfraGlobe knows ("version" is ${quoteValue(version)}).`)
  }
  if (version > LESSON_VERSION) {
    return fail(
      `This lesson was saved by a newer version of InfraGlobe (format ${version}); this version reads formats up to ${LESSON_VERSION}.`,
    )
  }

  let current: unknown = value
  for (let v = version; v < LESSON_VERSION; v++) {
    const step = migrations[v]
    if (!step) return fail(`Lesson format ${v} cannot be read by this version of InfraGlobe.`)
    const checked = step.schema.safeParse(current)
    if (!checked.success) return fail(fieldProblems(checked.error, v))
    current = step.up(checked.data as never)
  }
  const checked = LessonSchema.safeParse(current)
  if (!checked.success) return fail(fieldProblems(checked.error, version))
  const lesson = checked.data

  const seen = new Map<string, number>()
  for (const [i, scene] of lesson.scenes.entries()) {
    const first = seen.get(scene.id)
    if (first !== undefined) return fail(`This lesson file has a problem: scenes[${i}].id: ${quoteValue(scene.id)} is also the id of scenes[${first}].`)
    seen.set(scene.id, i)
  }

  if (!dataset) return { ok: true, lesson, warnings: [] }
  const reconciled = reconcileWithDataset(lesson, dataset)
  return { ok: true, lesson: reconciled.lesson, warnings: reconciled.warnings }
}

/** Stable, readable JSON: keys in the schema's order, two-space indent, a final newline. */
export function serializeLesson(lesson: Lesson): string {
  // Parsing rebuilds every object in the schema's key order and drops anything the format does not hold.
  return `${JSON.stringify(LessonSchema.parse(lesson), null, 2)}\n`
}

/** A file name for a lesson title: "Regions & AZs" → "regions-azs.infraglobe.json". */
export function lessonFileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${stem || 'lesson'}${LESSON_EXTENSION}`
}

function fail(message: string): LessonParse {
  return { ok: false, message: `${message} ${NOTHING_CHANGED}` }
}

function fieldProblems(error: z.ZodError, version: number): string {
  const problems = issueMessages(error.issues)
  const listed = problems.slice(0, LISTED_PROBLEMS).join('; ')
  const more = problems.length - LISTED_PROBLEMS
  const noun = problems.length === 1 ? 'a problem' : `${problems.length} problems`
  return `This lesson file (format ${version}) has ${noun}: ${listed}${more > 0 ? `; and ${more} more` : ''}.`
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
