import { create } from 'zustand'
import {
  MAX_ANNOTATIONS,
  type Annotation,
  type AnnotationColour,
  type AnnotationSize,
} from '../../shared/annotations/schema'

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 100

/** What a click on the view does: nothing special (select and drag), or places a new annotation. */
export type AnnotationTool = 'callout' | 'pin' | 'arrow' | 'note'

export interface AnnotationStyle {
  colour: AnnotationColour
  size: AnnotationSize
}

type Snapshot = readonly Annotation[]

/**
 * The annotations of the current view, with their undo history, the one
 * being edited, the placing tool and the style new ones get. Other modules
 * use only `annotations` and `replaceAll`.
 */
export interface AnnotationState {
  annotations: readonly Annotation[]
  /** Earlier states, most recent last; `future` holds undone ones, next redo last. */
  past: readonly Snapshot[]
  future: readonly Snapshot[]
  selectedId: string | null
  /** The placing tool, or null: clicks go to the globe and to annotations. */
  tool: AnnotationTool | null
  /** Style of the next annotation (and of the selected one when it is restyled). */
  style: AnnotationStyle
  /** A new annotation being written: drawn, but not part of the list (or the history) until committed. */
  draft: Annotation | null
  /** The annotation whose text is being edited inline (the draft's id while writing a new one). */
  editingId: string | null
  /** The state before the current drag: a drag is one undo step. */
  gestureBase: Snapshot | null

  /** Replaces every annotation (opening a scene); starts a fresh undo history. */
  replaceAll(annotations: readonly Annotation[]): void
  /** Adds one annotation (ignored at MAX_ANNOTATIONS); one undo step. */
  add(annotation: Annotation): void
  /** Changes one annotation (move, edit, restyle); one undo step, or part of the current drag. */
  update(id: string, change: (annotation: Annotation) => Annotation): void
  remove(id: string): void
  undo(): void
  redo(): void
  select(id: string | null): void
  setTool(tool: AnnotationTool | null): void
  /** Sets the style for new annotations, and restyles the selected one (one undo step). */
  restyle(style: Partial<AnnotationStyle>): void
  /** Holds a new annotation placed by a tool (an arrow's first click keeps the tool for the second). */
  startDraft(annotation: Annotation): void
  /** Starts writing the draft's text; the tool is put down. */
  editDraft(): void
  /** Moves or reshapes the draft (arrow's second click). */
  updateDraft(change: (annotation: Annotation) => Annotation): void
  /** Starts editing the text of an annotation in place. */
  startEditing(id: string): void
  /**
   * Ends inline editing. With text, the draft is added or the annotation's
   * text changed (one undo step); null cancels. A callout needs text: an
   * empty one is not added, or is removed.
   */
  finishEditing(text: string | null): void
  /**
   * Ends inline editing without taking the text: the annotation stays as it
   * was. A new pin or arrow is added without a label (its shape is what was
   * placed); a new callout, which needs text, is not added.
   */
  cancelEditing(): void
  /** A drag starts: the updates until `endGesture` are one undo step. */
  beginGesture(): void
  endGesture(): void
  /** Puts everything back as before the drag (Escape, or a cancelled pointer). */
  cancelGesture(): void
  canUndo(): boolean
  canRedo(): boolean
}

const DEFAULT_STYLE: AnnotationStyle = { colour: 'yellow', size: 'medium' }

function pushed(past: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const next = [...past, snapshot]
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next
}

function exists(annotations: readonly Annotation[], id: string | null): boolean {
  return id !== null && annotations.some((annotation) => annotation.id === id)
}

export const useAnnotationStore = create<AnnotationState>()((set, get) => {
  /** Applies a new list as one undo step (or as part of the drag in progress). */
  const commit = (annotations: readonly Annotation[]): void => {
    const state = get()
    if (annotations === state.annotations) return
    if (state.gestureBase) {
      set({ annotations })
      return
    }
    set({ annotations, past: pushed(state.past, state.annotations), future: [] })
  }

  const travel = (from: 'past' | 'future'): void => {
    const state = get()
    if (state.gestureBase || state.draft) return
    const source = state[from]
    const target = source[source.length - 1]
    if (!target) return
    const rest = source.slice(0, -1)
    const history =
      from === 'past'
        ? { past: rest, future: pushed(state.future, state.annotations) }
        : { future: rest, past: pushed(state.past, state.annotations) }
    set({
      annotations: target,
      ...history,
      selectedId: exists(target, state.selectedId) ? state.selectedId : null,
      editingId: null,
    })
  }

  return {
    annotations: [],
    past: [],
    future: [],
    selectedId: null,
    tool: null,
    style: DEFAULT_STYLE,
    draft: null,
    editingId: null,
    gestureBase: null,

    replaceAll: (annotations) =>
      set({
        annotations: [...annotations],
        past: [],
        future: [],
        selectedId: null,
        draft: null,
        editingId: null,
        gestureBase: null,
        tool: null,
      }),

    add: (annotation) => {
      const { annotations } = get()
      if (annotations.length >= MAX_ANNOTATIONS || exists(annotations, annotation.id)) return
      commit([...annotations, annotation])
    },

    update: (id, change) => {
      const { annotations } = get()
      let changed = false
      const next = annotations.map((annotation) => {
        if (annotation.id !== id) return annotation
        const updated = change(annotation)
        changed ||= updated !== annotation
        return updated
      })
      if (changed) commit(next)
    },

    remove: (id) => {
      const { annotations, selectedId } = get()
      if (!exists(annotations, id)) return
      commit(annotations.filter((annotation) => annotation.id !== id))
      if (selectedId === id) set({ selectedId: null })
    },

    undo: () => travel('past'),
    redo: () => travel('future'),

    select: (id) => set({ selectedId: id }),

    setTool: (tool) => set({ tool, draft: null, editingId: null, selectedId: tool ? null : get().selectedId }),

    restyle: (style) => {
      const state = get()
      set({ style: { ...state.style, ...style } })
      if (state.draft) {
        set({ draft: { ...state.draft, ...style } })
        return
      }
      const id = state.selectedId
      if (id === null) return
      state.update(id, (annotation) =>
        (style.colour ?? annotation.colour) === annotation.colour && (style.size ?? annotation.size) === annotation.size
          ? annotation
          : { ...annotation, ...style },
      )
    },

    startDraft: (annotation) => set({ draft: annotation, editingId: null, selectedId: null }),

    editDraft: () => {
      const { draft } = get()
      if (draft) set({ editingId: draft.id, tool: null })
    },

    updateDraft: (change) => {
      const { draft } = get()
      if (draft) set({ draft: change(draft) })
    },

    startEditing: (id) => {
      if (exists(get().annotations, id)) set({ editingId: id, selectedId: id, draft: null })
    },

    finishEditing: (text) => {
      const state = get()
      const id = state.editingId
      const draft = state.draft
      set({ editingId: null, draft: null })
      if (text === null || id === null) return
      const trimmed = text.trim()
      if (draft && draft.id === id) {
        if (draft.type === 'callout' && trimmed === '') return
        state.add({ ...draft, text: trimmed })
        set({ selectedId: draft.id })
        return
      }
      const current = state.annotations.find((annotation) => annotation.id === id)
      if (!current) return
      if (current.type === 'callout' && trimmed === '') state.remove(id)
      else state.update(id, (annotation) => (annotation.text === trimmed ? annotation : { ...annotation, text: trimmed }))
    },

    cancelEditing: () => {
      const { editingId, draft } = get()
      set({ editingId: null, draft: null })
      if (!draft || draft.id !== editingId || draft.type === 'callout') return
      get().add(draft)
      set({ selectedId: draft.id })
    },

    beginGesture: () => {
      const state = get()
      if (!state.gestureBase) set({ gestureBase: state.annotations })
    },

    endGesture: () => {
      const { gestureBase, annotations, past } = get()
      if (!gestureBase) return
      if (gestureBase === annotations) set({ gestureBase: null })
      else set({ gestureBase: null, past: pushed(past, gestureBase), future: [] })
    },

    cancelGesture: () => {
      const { gestureBase } = get()
      if (gestureBase) set({ annotations: gestureBase, gestureBase: null })
    },

    canUndo: () => get().past.length > 0,
    canRedo: () => get().future.length > 0,
  }
})

/** A fresh id for a new annotation. */
export function newAnnotationId(): string {
  return globalThis.crypto.randomUUID()
}
