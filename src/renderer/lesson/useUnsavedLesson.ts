import { useEffect, useRef } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import { useMenuCommand } from '../state/menuCommands'
import { saveLessonFile } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { syncUnsavedLesson, type UnsavedLessonSync } from './unsavedLesson'

/**
 * The lesson's unsaved changes and their draft, for as long as the app is
 * mounted (see syncUnsavedLesson), and the desktop's close flow: when the
 * user answers Save to "Save the changes to your lesson before closing?",
 * main sends `save-lesson-and-close`; the lesson is saved through the usual
 * path, then main hears whether it is saved now (it closes the window) or
 * still unsaved (the save was cancelled or failed: the window stays).
 */
export function useUnsavedLesson(api: InfraGlobeApi): void {
  const sync = useRef<UnsavedLessonSync | null>(null)
  useEffect(() => {
    const current = syncUnsavedLesson(api)
    sync.current = current
    return () => {
      current.dispose()
      if (sync.current === current) sync.current = null
    }
  }, [api])

  useMenuCommand('save-lesson-and-close', () => void saveLessonAndClose(api, sync.current))
}

async function saveLessonAndClose(api: InfraGlobeApi, sync: UnsavedLessonSync | null): Promise<void> {
  if (useLessonStore.getState().dirty) await saveLessonFile(api)
  if (sync) await sync.confirm()
  else await api.setUnsavedLesson(useLessonStore.getState().dirty).catch(() => undefined)
}
