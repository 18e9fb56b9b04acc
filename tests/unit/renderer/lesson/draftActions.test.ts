import { beforeEach, describe, expect, it, vi } from 'vitest'
import { discardDraft, lookForDraft, restoreDraft } from '../../../../src/renderer/lesson/draftActions'
import { useDraftStore } from '../../../../src/renderer/lesson/draftStore'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { LessonDraft } from '../../../../src/shared/api'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { lessonText, lessonWith, plainScene } from '../../fixtures/renderer/lesson'

const savedAt = new Date(2026, 11, 4, 14, 5).toISOString()
const draft = (text: string): LessonDraft => ({ text, savedAt })
const weekOne = lessonText('Week 1', [plainScene('a', 'Europe'), plainScene('b', 'São Paulo', { selectedCode: 'sa-east-1' })])

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 4, 16, 30) })
  useAppStore.getState().setDataset(makeDataset())
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  return () => vi.useRealTimers()
})

describe('the draft at start', () => {
  it('is offered when it reads as a lesson: its title, its scenes and when it was saved', async () => {
    const api = fakeApi({ loadDraft: () => Promise.resolve(draft(weekOne)) })
    await lookForDraft(api)
    expect(useDraftStore.getState()).toMatchObject({ phase: 'offered', offer: { title: 'Week 1', sceneCount: 2, savedAt, text: weekOne }, notice: null })
    expect(api.clearDraft).not.toHaveBeenCalled()
    expect(useLessonStore.getState().scenes).toEqual([])
  })

  it('is looked for once, however often asked', async () => {
    const api = fakeApi({ loadDraft: () => Promise.resolve(draft(weekOne)) })
    await Promise.all([lookForDraft(api), lookForDraft(api)])
    await lookForDraft(api)
    expect(api.loadDraft).toHaveBeenCalledOnce()
  })

  it('settles at once when there is none, or the platform cannot answer', async () => {
    await lookForDraft(fakeApi())
    expect(useDraftStore.getState()).toMatchObject({ phase: 'settled', offer: null, notice: null })

    useDraftStore.setState(useDraftStore.getInitialState(), true)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await lookForDraft(fakeApi({ loadDraft: () => Promise.reject(new Error('IPC closed')) }))
    expect(useDraftStore.getState()).toMatchObject({ phase: 'settled', offer: null, notice: null })
    expect(warn).toHaveBeenCalled()
  })

  it.each([
    ['is not JSON', '{"format":"infraglobe-lesson", "title": "Wee', /not valid JSON/],
    ['is from a newer version', JSON.stringify({ format: 'infraglobe-lesson', version: 99, title: 'Future', scenes: [] }), /format 99/],
    ['has a scene with no title', JSON.stringify({ ...lessonWith('Week 1', [plainScene('a', 'Europe')]), scenes: [{ ...plainScene('a', ''), title: '' }] }), /a scene needs a title/],
  ])('is discarded with a notice when it %s, and the start goes on', async (_what, text, reason) => {
    const api = fakeApi({ loadDraft: () => Promise.resolve(draft(text)) })
    await lookForDraft(api)
    const state = useDraftStore.getState()
    expect(state.phase).toBe('settled')
    expect(state.offer).toBeNull()
    expect(state.notice).toMatch(/^The lesson autosaved today at 14:05 could not be restored and was discarded\. /)
    expect(state.notice).toMatch(reason)
    expect(api.clearDraft).toHaveBeenCalledOnce()
    expect(useLessonStore.getState().scenes).toEqual([])
  })
})

describe('answering the offer', () => {
  async function offered(text = weekOne) {
    const api = fakeApi({ loadDraft: () => Promise.resolve(draft(text)) })
    await lookForDraft(api)
    return api
  }

  it('Restore brings the draft back as a lesson with unsaved changes, shows it in the Lesson tab, and keeps the draft', async () => {
    const api = await offered()
    useLessonStore.getState().addScene(plainScene('mine', 'Mine'))
    await restoreDraft(api)
    const lesson = useLessonStore.getState()
    expect(lesson.title).toBe('Week 1')
    expect(lesson.scenes.map((s) => s.title)).toEqual(['Europe', 'São Paulo'])
    expect(lesson.scenes[1]?.selectedCode).toBe('sa-east-1')
    expect(lesson.dirty).toBe(true)
    expect(lesson.notice).toEqual({ kind: 'status', text: 'Restored “Week 1”, 2 scenes, saved today at 14:05. It is not saved yet.', details: [] })
    expect(lesson.undo?.label).toBe('restoring the autosaved lesson')
    expect(useAppStore.getState().panelTab).toBe('lesson')
    expect(useDraftStore.getState()).toMatchObject({ phase: 'settled', offer: null })
    expect(api.clearDraft).not.toHaveBeenCalled()
  })

  it('Restore leaves out what the open dataset does not hold, with a warning', async () => {
    const api = await offered(lessonText('Mars', [plainScene('a', 'Red planet', { selectedCode: 'mars-north-1' })]))
    await restoreDraft(api)
    const lesson = useLessonStore.getState()
    expect(lesson.scenes[0]?.selectedCode).toBeNull()
    expect(lesson.notice?.details?.join(' ')).toContain('mars-north-1')
  })

  it('Discard removes the draft and leaves the lesson as it is', async () => {
    const api = await offered()
    useLessonStore.getState().addScene(plainScene('mine', 'Mine'))
    await discardDraft(api)
    expect(api.clearDraft).toHaveBeenCalledOnce()
    expect(useLessonStore.getState().scenes.map((s) => s.title)).toEqual(['Mine'])
    expect(useDraftStore.getState()).toMatchObject({ phase: 'settled', offer: null })
    await discardDraft(api)
    expect(api.clearDraft).toHaveBeenCalledOnce()
  })
})
