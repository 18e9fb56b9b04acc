/**
 * The lesson file format: its schemas, parser and writer (zod), fetched when a lesson is first
 * read or written, not with the app. Every reader and writer of lesson text in the renderer goes
 * through here.
 */
export function lessonFormat(): Promise<typeof import('../../shared/lesson')> {
  return import('../../shared/lesson')
}
