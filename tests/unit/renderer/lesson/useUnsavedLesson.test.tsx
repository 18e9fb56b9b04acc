import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useDraftStore } from '../../../../src/renderer/lesson/draftStore'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { useUnsavedLesson } from '../../../../src/renderer/lesson/useUnsavedLesson'
import { dispatchMenuCommand } from '../../../../src/renderer/state/menuCommands'
import type { InfraGlobeApi } from '../../../../src/shared/api'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { plainScene } from '../../fixtures/renderer/lesson'

let calls: string[]

beforeEach(() => {
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  useDraftStore.setState({ phase: 'settled' })
  calls = []
})

/** The app's hook with a platform that records its calls in order; the lesson already has unsaved changes. */
async function mounted(saveFile: InfraGlobeApi['saveFile']) {
  const api = fakeApi({
    saveFile: (request) => {
      calls.push('save file')
      return saveFile(request)
    },
    setUnsavedLesson: (unsaved) => {
      calls.push(`unsaved ${unsaved}`)
      return Promise.resolve()
    },
    saveDraft: () => {
      calls.push('save draft')
      return Promise.resolve()
    },
    clearDraft: () => {
      calls.push('clear draft')
      return Promise.resolve()
    },
  })
  renderHook(() => useUnsavedLesson(api))
  act(() => useLessonStore.getState().addScene(plainScene('a', 'Europe')))
  await waitFor(() => expect(calls).toEqual(['unsaved true', 'save draft']))
  calls.length = 0
  return api
}

describe('closing the desktop window with Save', () => {
  it('saves through the usual path, removes the draft, then reports the lesson saved so the window closes', async () => {
    const api = await mounted((request) => Promise.resolve({ status: 'saved', location: `/home/t/${request.suggestedName}` }))
    act(() => void dispatchMenuCommand('save-lesson-and-close'))
    await waitFor(() => expect(calls).toEqual(['save file', 'clear draft', 'unsaved false', 'unsaved false']))
    expect(api.saveFile.mock.calls[0]?.[0]).toMatchObject({ kind: 'lesson', suggestedName: 'untitled-lesson.infraglobe.json' })
    expect(useLessonStore.getState().dirty).toBe(false)
    expect(useLessonStore.getState().notice?.text).toBe('Saved the lesson to /home/t/untitled-lesson.infraglobe.json.')
  })

  it('reports the lesson still unsaved when the save dialog was cancelled, keeping the draft', async () => {
    await mounted(() => Promise.resolve({ status: 'cancelled' }))
    act(() => void dispatchMenuCommand('save-lesson-and-close'))
    await waitFor(() => expect(calls).toEqual(['save file', 'unsaved true']))
    expect(useLessonStore.getState().dirty).toBe(true)
  })

  it('reports the lesson still unsaved when the save failed, with the reason in the Lesson tab', async () => {
    await mounted(() => Promise.resolve({ status: 'failed', message: 'The disk is full.' }))
    act(() => void dispatchMenuCommand('save-lesson-and-close'))
    await waitFor(() => expect(calls).toEqual(['save file', 'unsaved true']))
    expect(useLessonStore.getState().notice).toEqual({ kind: 'error', text: 'The lesson was not saved: The disk is full.' })
  })

  it('reports at once, without a dialog, when nothing is unsaved any more', async () => {
    await mounted(() => Promise.resolve({ status: 'saved', location: 'x' }))
    act(() => useLessonStore.getState().markSaved())
    await waitFor(() => expect(calls).toEqual(['clear draft', 'unsaved false']))
    act(() => void dispatchMenuCommand('save-lesson-and-close'))
    await waitFor(() => expect(calls).toEqual(['clear draft', 'unsaved false', 'unsaved false']))
  })
})
