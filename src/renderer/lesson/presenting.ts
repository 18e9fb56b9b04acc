import { useLessonStore } from './lessonStore'

/** Whether presenter mode is on; the app collapses its panels while it is. */
export function usePresenting(): boolean {
  return useLessonStore((state) => state.presenting)
}
