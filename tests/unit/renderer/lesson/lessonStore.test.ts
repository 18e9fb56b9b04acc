import { beforeEach, describe, expect, it } from 'vitest'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { lessonWith, plainScene } from '../../fixtures/renderer/lesson'

const store = () => useLessonStore.getState()

beforeEach(() => {
  useLessonStore.setState(useLessonStore.getInitialState(), true)
})

/** A lesson of three scenes, just opened: nothing unsaved. */
function opened() {
  store().replaceLesson(lessonWith('Week 1', [plainScene('a', 'A'), plainScene('b', 'B'), plainScene('c', 'C')]), { label: 'opening', dirty: false })
  expect(store().dirty).toBe(false)
}

describe('the lesson’s unsaved changes', () => {
  it('starts with nothing unsaved', () => {
    expect(store().dirty).toBe(false)
  })

  it.each([
    ['adding a scene', () => store().addScene(plainScene('d', 'D'))],
    ['editing a scene’s caption', () => store().updateScene('b', { caption: 'New words' })],
    ['renaming a scene', () => store().updateScene('b', { title: 'Bee' })],
    ['moving a scene', () => store().moveScene('c', -1)],
    ['deleting a scene', () => store().deleteScene('a')],
    ['retitling the lesson', () => store().setTitle('Week 2')],
  ])('are there after %s', (_what, change) => {
    opened()
    change()
    expect(store().dirty).toBe(true)
  })

  it.each([
    ['showing a scene', () => store().setCurrent(2)],
    ['presenting', () => store().setPresenting(true)],
    ['a notice', () => store().setNotice({ kind: 'status', text: 'Hello.' })],
    ['the same title again', () => store().setTitle('Week 1')],
    ['a scene edit that changes nothing', () => store().updateScene('b', { title: 'B', caption: '' })],
    ['an edit of a scene that is not there', () => store().updateScene('zz', { title: 'Ghost' })],
    ['moving the first scene up', () => store().moveScene('a', -1)],
    ['deleting a scene that is not there', () => store().deleteScene('zz')],
  ])('are not made by %s', (_what, change) => {
    opened()
    change()
    expect(store().dirty).toBe(false)
  })

  it('are gone once saved, and an opened or built-in lesson starts with none', () => {
    store().addScene(plainScene('a', 'A'))
    store().markSaved()
    expect(store().dirty).toBe(false)
    store().setTitle('Changed')
    store().replaceLesson(lessonWith('Other', []), { label: 'opening “other”', dirty: false })
    expect(store().dirty).toBe(false)
  })

  it('follow undo: undoing a deletion brings back the state before it, saved or not', () => {
    opened()
    store().deleteScene('b')
    expect(store().dirty).toBe(true)
    store().undoLast()
    expect(store().dirty).toBe(false)
    store().setTitle('Edited')
    store().deleteScene('a')
    store().undoLast()
    expect(store().dirty).toBe(true)
  })

  it('are kept by a restored draft, which is not saved anywhere yet', () => {
    store().replaceLesson(lessonWith('From the draft', [plainScene('a', 'A')]), { label: 'restoring', dirty: true })
    expect(store().dirty).toBe(true)
  })
})
