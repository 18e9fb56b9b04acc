import { beforeEach, describe, expect, it } from 'vitest'
import { HISTORY_LIMIT, useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { MAX_ANNOTATIONS, type Annotation } from '../../../../src/shared/annotations/schema'

const store = useAnnotationStore.getState

function callout(id: string, text = `note ${id}`): Annotation {
  return { id, type: 'callout', colour: 'yellow', size: 'medium', anchor: { kind: 'geo', lat: 10, lon: 20 }, text }
}

function ids(): string[] {
  return store().annotations.map((annotation) => annotation.id)
}

function moveTo(id: string, lat: number): void {
  store().update(id, (annotation) =>
    annotation.type === 'callout' ? { ...annotation, anchor: { kind: 'geo', lat, lon: 20 } } : annotation,
  )
}

function latOf(id: string): number | undefined {
  const annotation = store().annotations.find((candidate) => candidate.id === id)
  return annotation?.type === 'callout' && annotation.anchor.kind === 'geo' ? annotation.anchor.lat : undefined
}

beforeEach(() => {
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
})

describe('annotation store', () => {
  it('adds, edits and removes annotations, each one undo step', () => {
    store().add(callout('a'))
    store().add(callout('b'))
    store().update('a', (annotation) => ({ ...annotation, text: 'edited' }))
    store().remove('b')
    expect(ids()).toEqual(['a'])
    expect(store().past).toHaveLength(4)
    store().undo()
    expect(ids()).toEqual(['a', 'b'])
    store().undo()
    expect(store().annotations[0]?.text).toBe('note a')
    store().undo()
    store().undo()
    expect(ids()).toEqual([])
    expect(store().canUndo()).toBe(false)
  })

  it('redoes what was undone, and forgets the redo after a new change', () => {
    store().add(callout('a'))
    store().undo()
    expect(ids()).toEqual([])
    store().redo()
    expect(ids()).toEqual(['a'])
    store().undo()
    store().add(callout('c'))
    expect(store().canRedo()).toBe(false)
    expect(ids()).toEqual(['c'])
  })

  it('records no step for a change that changes nothing', () => {
    store().add(callout('a'))
    store().update('a', (annotation) => annotation)
    store().update('missing', (annotation) => ({ ...annotation, text: 'x' }))
    store().remove('missing')
    expect(store().past).toHaveLength(1)
  })

  it('keeps at most HISTORY_LIMIT undo steps, dropping the oldest', () => {
    store().add(callout('a'))
    for (let step = 1; step <= HISTORY_LIMIT + 20; step++) moveTo('a', step % 80)
    expect(store().past).toHaveLength(HISTORY_LIMIT)
    for (let step = 0; step < HISTORY_LIMIT + 50; step++) store().undo()
    // The add and the first moves fell out of the history: the oldest state left still has the callout.
    expect(ids()).toEqual(['a'])
    expect(latOf('a')).toBe(20)
  })

  it('makes a drag one undo step, however many moves it made', () => {
    store().add(callout('a'))
    store().beginGesture()
    for (let lat = 11; lat <= 40; lat++) moveTo('a', lat)
    store().endGesture()
    expect(latOf('a')).toBe(40)
    expect(store().past).toHaveLength(2)
    store().undo()
    expect(latOf('a')).toBe(10)
    store().redo()
    expect(latOf('a')).toBe(40)
  })

  it('puts a cancelled drag back without a step', () => {
    store().add(callout('a'))
    store().beginGesture()
    moveTo('a', 30)
    store().cancelGesture()
    expect(latOf('a')).toBe(10)
    expect(store().past).toHaveLength(1)
  })

  it('starts a fresh history when a scene replaces every annotation', () => {
    store().add(callout('a'))
    store().select('a')
    store().replaceAll([callout('x'), callout('y')])
    expect(ids()).toEqual(['x', 'y'])
    expect(store().canUndo()).toBe(false)
    expect(store().canRedo()).toBe(false)
    expect(store().selectedId).toBeNull()
    store().undo()
    expect(ids()).toEqual(['x', 'y'])
  })

  it('refuses more than MAX_ANNOTATIONS and duplicate ids', () => {
    store().replaceAll(Array.from({ length: MAX_ANNOTATIONS }, (_, i) => callout(`n${i}`)))
    store().add(callout('one-too-many'))
    expect(store().annotations).toHaveLength(MAX_ANNOTATIONS)
    store().replaceAll([callout('a')])
    store().add(callout('a', 'again'))
    expect(store().annotations).toHaveLength(1)
  })

  it('adds a written draft as one step and selects it', () => {
    store().setTool('callout')
    store().startDraft({ ...callout('d'), text: '' })
    store().editDraft()
    expect(store().tool).toBeNull()
    expect(store().editingId).toBe('d')
    expect(ids()).toEqual([])
    store().finishEditing('  Zürich 東京 القاهرة ')
    expect(store().annotations[0]?.text).toBe('Zürich 東京 القاهرة')
    expect(store().selectedId).toBe('d')
    store().undo()
    expect(ids()).toEqual([])
  })

  it('drops a new callout that was cancelled or left empty, but keeps an unlabelled pin', () => {
    store().startDraft({ ...callout('d'), text: '' })
    store().editDraft()
    store().finishEditing(null)
    store().startDraft({ ...callout('e'), text: '' })
    store().editDraft()
    store().finishEditing('   ')
    expect(ids()).toEqual([])
    store().startDraft({ id: 'p', type: 'pin', colour: 'white', size: 'small', anchor: { kind: 'geo', lat: 0, lon: 0 }, text: '' })
    store().editDraft()
    store().finishEditing('')
    expect(ids()).toEqual(['p'])
  })

  it('cancels an edit without losing anything: a new arrow or pin stays, unlabelled; an existing text stays as it was', () => {
    const arrow: Annotation = {
      id: 'r',
      type: 'arrow',
      colour: 'orange',
      size: 'small',
      from: { kind: 'screen', x: 0.2, y: 0.8 },
      to: { kind: 'geo', lat: 10, lon: 20 },
      text: '',
    }
    store().startDraft(arrow)
    store().editDraft()
    store().cancelEditing()
    expect(store().annotations).toEqual([arrow])
    expect(store().selectedId).toBe('r')
    expect(store().editingId).toBeNull()
    store().startDraft({ ...callout('d'), text: '' })
    store().editDraft()
    store().cancelEditing()
    expect(ids()).toEqual(['r'])
    store().add(callout('a', 'kept'))
    store().startEditing('a')
    store().cancelEditing()
    expect(store().annotations[1]?.text).toBe('kept')
    expect(store().editingId).toBeNull()
  })

  it('edits an existing text in one step, and removes a callout whose text is cleared', () => {
    store().add(callout('a'))
    store().startEditing('a')
    store().finishEditing('new text')
    expect(store().annotations[0]?.text).toBe('new text')
    store().startEditing('a')
    store().finishEditing(null)
    expect(store().annotations[0]?.text).toBe('new text')
    store().startEditing('a')
    store().finishEditing('')
    expect(ids()).toEqual([])
    expect(store().past).toHaveLength(3)
  })

  it('restyles the selected annotation in one step and remembers the style for new ones', () => {
    store().add(callout('a'))
    store().select('a')
    store().restyle({ colour: 'cyan', size: 'large' })
    expect(store().annotations[0]).toMatchObject({ colour: 'cyan', size: 'large' })
    expect(store().style).toEqual({ colour: 'cyan', size: 'large' })
    expect(store().past).toHaveLength(2)
    store().select(null)
    store().restyle({ colour: 'white' })
    expect(store().annotations[0]?.colour).toBe('cyan')
    expect(store().past).toHaveLength(2)
  })

  it('clears the selection when undo takes the selected annotation away', () => {
    store().add(callout('a'))
    store().select('a')
    store().undo()
    expect(store().selectedId).toBeNull()
  })

  it('does not undo in the middle of a drag or while a new annotation is written', () => {
    store().add(callout('a'))
    store().beginGesture()
    moveTo('a', 50)
    store().undo()
    expect(latOf('a')).toBe(50)
    store().endGesture()
    store().startDraft(callout('d'))
    store().undo()
    expect(latOf('a')).toBe(50)
  })
})
