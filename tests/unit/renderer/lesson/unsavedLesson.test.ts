import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { useDraftStore } from '../../../../src/renderer/lesson/draftStore'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { syncUnsavedLesson, type UnsavedLessonSync } from '../../../../src/renderer/lesson/unsavedLesson'
import { parseLesson } from '../../../../src/shared/lesson'
import { AUTOSAVE_INTERVAL_MS } from '../../../../src/shared/lesson/autosave'
import { fakeApi, type FakeApi } from '../../fixtures/renderer/fakeApi'
import { plainScene } from '../../fixtures/renderer/lesson'

const lesson = () => useLessonStore.getState()

let api: FakeApi
let page: EventTarget
let warn: Mock<(message: string, error: unknown) => void>
let sync: UnsavedLessonSync | null = null
/** Every platform call of the guard, in order. */
let calls: string[]

function start(): UnsavedLessonSync {
  sync = syncUnsavedLesson(api, { target: page as Window, warn })
  return sync
}

/** The titles of the scenes in a saved draft's text. */
const draftScenes = (text: string) => {
  const parsed = parseLesson(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.lesson.scenes.map((scene) => scene.title)
}
const drafts = () => api.saveDraft.mock.calls.map(([text]) => draftScenes(text))

beforeEach(() => {
  vi.useFakeTimers()
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  useDraftStore.setState({ phase: 'settled' })
  calls = []
  api = fakeApi({
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
  page = new EventTarget()
  warn = vi.fn()
})

afterEach(() => {
  sync?.dispose()
  sync = null
  vi.useRealTimers()
})

describe('telling the platform about unsaved changes', () => {
  it('reports each change of the unsaved state once, and nothing while the lesson is merely shown', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    lesson().setTitle('Week 1')
    lesson().setCurrent(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true]])
    lesson().markSaved()
    lesson().setCurrent(null)
    await vi.advanceTimersByTimeAsync(0)
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true], [false]])
  })

  it('reports a lesson that is already unsaved when it starts, and nothing for a clean one', async () => {
    start().dispose()
    await vi.advanceTimersByTimeAsync(0)
    expect(api.setUnsavedLesson).not.toHaveBeenCalled()
    lesson().addScene(plainScene('a', 'Europe'))
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true]])
  })

  it('removes the draft before it says the lesson is saved, so a window closing on that news leaves none', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().markSaved()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual(['unsaved true', 'save draft', 'clear draft', 'unsaved false'])
  })

  it('answers confirm with the state now, after every earlier call has been made', async () => {
    let release: () => void = () => {}
    api.clearDraft.mockImplementation(() => {
      calls.push('clear draft')
      return new Promise<void>((resolve) => (release = resolve))
    })
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().markSaved()
    const confirmed = sync!.confirm()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual(['unsaved true', 'save draft', 'clear draft'])
    release()
    await confirmed
    expect(calls).toEqual(['unsaved true', 'save draft', 'clear draft', 'unsaved false', 'unsaved false'])
  })

  it('carries on after a platform call fails, and says so', async () => {
    api.setUnsavedLesson.mockImplementationOnce(() => Promise.reject(new Error('IPC closed')))
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().markSaved()
    await vi.advanceTimersByTimeAsync(0)
    expect(warn).toHaveBeenCalledWith('the platform was not told whether the lesson is saved', expect.any(Error))
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true], [false]])
  })
})

describe('the autosaved draft', () => {
  it('writes the lesson’s text at once, then at most every few seconds with the latest text', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    expect(drafts()).toEqual([['Europe']])
    lesson().addScene(plainScene('b', 'Asia'))
    lesson().moveScene('b', -1)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS - 1)
    expect(drafts()).toEqual([['Europe']])
    await vi.advanceTimersByTimeAsync(1)
    expect(drafts()).toEqual([['Europe'], ['Asia', 'Europe']])
    expect(AUTOSAVE_INTERVAL_MS).toBeLessThanOrEqual(10_000)
  })

  it('keeps the title and every scene field in the draft', async () => {
    start()
    lesson().setTitle('Week 1: Regions')
    lesson().addScene(plainScene('a', 'Europe', { caption: 'Frankfurt and Paris', year: 2014 }))
    await vi.advanceTimersByTimeAsync(0)
    const parsed = parseLesson(api.saveDraft.mock.calls.at(-1)![0])
    expect(parsed.ok && parsed.lesson).toEqual({
      format: 'infraglobe-lesson',
      version: 3,
      title: 'Week 1: Regions',
      scenes: [plainScene('a', 'Europe', { caption: 'Frankfurt and Paris', year: 2014 })],
    })
  })

  it('writes what is waiting when the page is hidden (closed or reloaded)', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().addScene(plainScene('b', 'Asia'))
    page.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(0)
    expect(drafts()).toEqual([['Europe'], ['Europe', 'Asia']])
    page.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(api.saveDraft).toHaveBeenCalledTimes(2)
  })

  it('drops what is waiting once the lesson is saved, and writes nothing after', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().addScene(plainScene('b', 'Asia'))
    lesson().markSaved()
    page.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS * 2)
    expect(drafts()).toEqual([['Europe']])
    expect(api.clearDraft).toHaveBeenCalledOnce()
  })

  it('removes the draft when an opened lesson replaces the unsaved one, and writes none for a clean lesson', async () => {
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().replaceLesson({ format: 'infraglobe-lesson', version: 3, title: 'Opened', scenes: [] }, { label: 'opening', dirty: false })
    lesson().setCurrent(null)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(api.saveDraft).toHaveBeenCalledOnce()
    expect(api.clearDraft).toHaveBeenCalledOnce()
  })

  it('neither writes nor removes a draft while the one from before is on offer, and starts once it is answered', async () => {
    useDraftStore.setState({ phase: 'offered' })
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    lesson().markSaved()
    lesson().addScene(plainScene('b', 'Asia'))
    page.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(api.saveDraft).not.toHaveBeenCalled()
    expect(api.clearDraft).not.toHaveBeenCalled()
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true], [false], [true]])

    useDraftStore.setState({ phase: 'settled', offer: null })
    await vi.advanceTimersByTimeAsync(0)
    expect(drafts()).toEqual([['Europe', 'Asia']])
  })

  it('says when a draft could not be written, and tries again at the next change', async () => {
    api.saveDraft.mockImplementationOnce(() => Promise.reject(new Error('The lesson draft was not kept: quota exceeded.')))
    start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    expect(warn).toHaveBeenCalledWith('the lesson draft was not autosaved', expect.any(Error))
    lesson().addScene(plainScene('b', 'Asia'))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(drafts()).toEqual([['Europe'], ['Europe', 'Asia']])
  })

  it('stops listening when disposed, writing what was waiting', async () => {
    const current = start()
    lesson().addScene(plainScene('a', 'Europe'))
    await vi.advanceTimersByTimeAsync(0)
    lesson().addScene(plainScene('b', 'Asia'))
    current.dispose()
    sync = null
    await vi.advanceTimersByTimeAsync(0)
    expect(drafts()).toEqual([['Europe'], ['Europe', 'Asia']])
    lesson().addScene(plainScene('c', 'Africa'))
    lesson().markSaved()
    page.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS)
    expect(api.saveDraft).toHaveBeenCalledTimes(2)
    expect(api.setUnsavedLesson.mock.calls).toEqual([[true]])
  })
})
