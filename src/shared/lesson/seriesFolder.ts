import { lessonFileName } from './parse'
import { LESSON_EXTENSION } from './schema'

/**
 * The name of the folder an export of every scene goes into: the lesson's
 * title as a file name, then the local date and time to the minute
 * ("Regions & AZs" at 14:05 on 4 December 2026 → "regions-azs-2026-12-04-1405").
 * A new folder each time, so an export never overwrites an earlier one.
 */
export function seriesFolderName(lessonTitle: string | undefined, at: Date): string {
  const stem = lessonFileName(lessonTitle ?? '').slice(0, -LESSON_EXTENSION.length)
  const two = (n: number) => String(n).padStart(2, '0')
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`
  return `${stem === 'lesson' && !lessonTitle ? 'infraglobe-scenes' : stem}-${date}-${two(at.getHours())}${two(at.getMinutes())}`
}
