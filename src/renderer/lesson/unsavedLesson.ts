import type { InfraGlobeApi } from '../../shared/api'
import { createAutosaver, type Autosaver } from '../../shared/lesson/autosave'
import { useDraftStore } from './draftStore'
import { lessonFormat } from './lessonFormat'
import { lessonOf, useLessonStore, type LessonState } from './lessonStore'

type UnsavedApi = Pick<InfraGlobeApi, 'setUnsavedLesson' | 'saveDraft' | 'clearDraft'>

export interface UnsavedLessonOptions {
  /** Makes the autosaver (tests pass one with a fake clock). */
  autosaver?: (save: (text: string) => Promise<void>) => Autosaver
  /** Where `pagehide` is listened for. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  warn?: (message: string, error: unknown) => void
}

export interface UnsavedLessonSync {
  /**
   * Tells the platform again whether the lesson is unsaved, once every earlier
   * report and draft removal has reached it: the answer to the desktop's
   * `save-lesson-and-close` (false and the window closes, true and it stays).
   */
  confirm(): Promise<void>
  dispose(): void
}

/**
 * Keeps the platform told about the lesson's unsaved changes, and keeps an
 * autosaved draft of them:
 *
 * - Whenever `dirty` changes, `setUnsavedLesson` (desktop: closing asks
 *   Save / Don't Save / Cancel; web: leaving asks).
 * - While dirty, each change of the title or the scenes schedules the
 *   lesson's text with the autosaver (written at most every few seconds);
 *   what is waiting is written when the page is hidden (closed, reloaded).
 * - Once saved (or replaced by an opened lesson), what is waiting is dropped
 *   and the draft removed, before the platform hears the lesson is saved, so
 *   a window that closes on that news leaves no draft behind.
 * - While a draft from an earlier session is on offer (draftStore), no draft
 *   is written or removed: the one on offer stays until the user answers.
 *
 * Platform calls are made one after the other, in the order of the changes.
 */
export function syncUnsavedLesson(api: UnsavedApi, options: UnsavedLessonOptions = {}): UnsavedLessonSync {
  const warn = options.warn ?? ((message, error) => console.warn(`InfraGlobe: ${message}.`, error))
  const target = options.target ?? window
  const autosaver = (options.autosaver ?? ((save) => createAutosaver(save, { onError: (error) => warn('the lesson draft was not autosaved', error) })))(
    (text) => api.saveDraft(text),
  )

  let queue = Promise.resolve()
  const enqueue = (what: string, call: () => Promise<void>) => {
    queue = queue.then(call).catch((error: unknown) => warn(what, error))
    return queue
  }

  // The platform starts with nothing unsaved (a new page, or main's guard reset after a reload).
  let reported = false
  const report = (unsaved: boolean) => {
    if (unsaved === reported) return
    reported = unsaved
    void enqueue('the platform was not told whether the lesson is saved', () => api.setUnsavedLesson(unsaved))
  }

  const drafting = () => useDraftStore.getState().phase === 'settled'
  // The writer is fetched with the first change (if idle prefetching has not brought it already);
  // from then on a change is scheduled at once, so a page hidden right after it still writes it.
  let write: ((lesson: LessonState) => string) | null = null
  const scheduleDraft = () => {
    if (write) return autosaver.schedule(write(useLessonStore.getState()))
    void lessonFormat().then(({ serializeLesson }) => {
      write ??= (lesson) => serializeLesson(lessonOf(lesson))
      const lesson = useLessonStore.getState()
      if (lesson.dirty && drafting()) autosaver.schedule(write(lesson))
    })
  }

  const onLesson = (lesson: LessonState, previous: LessonState) => {
    if (lesson.dirty) {
      report(true)
      const changed = !previous.dirty || lesson.title !== previous.title || lesson.scenes !== previous.scenes
      if (changed && drafting()) scheduleDraft()
      return
    }
    autosaver.cancel()
    if (previous.dirty && drafting()) {
      void enqueue('the autosaved lesson draft was not removed', () => api.clearDraft())
    }
    report(false)
  }

  const initial = useLessonStore.getState()
  if (initial.dirty) {
    report(true)
    if (drafting()) scheduleDraft()
  }
  const unsubscribeLesson = useLessonStore.subscribe(onLesson)
  // When the draft on offer is answered, drafts of the lesson on screen start.
  const unsubscribeDrafts = useDraftStore.subscribe((drafts, previous) => {
    const lesson = useLessonStore.getState()
    if (drafts.phase === 'settled' && previous.phase !== 'settled' && lesson.dirty) scheduleDraft()
  })

  const flush = () => {
    if (drafting()) void autosaver.flush()
  }
  target.addEventListener('pagehide', flush)

  return {
    confirm: () => enqueue('the platform was not told whether the lesson is saved', () => api.setUnsavedLesson(useLessonStore.getState().dirty)),
    dispose() {
      unsubscribeLesson()
      unsubscribeDrafts()
      target.removeEventListener('pagehide', flush)
      flush()
    },
  }
}
