/** The lesson: its scenes, saved, renamed, reordered, opened and saved to a file. */
export function LessonPanel() {
  return null
}
