import { create } from 'zustand'
import { LESSON_FORMAT, LESSON_VERSION } from '../../shared/lesson/format'
import type { Lesson, Scene } from '../../shared/lesson/schema'

/** A message under the lesson's buttons: what just happened, or what went wrong (and that nothing was lost). */
export interface LessonNotice {
  kind: 'status' | 'error'
  text: string
  /** Details worth reading, e.g. regions a lesson names that the data does not hold. */
  details?: readonly string[]
}

/** What "Undo" brings back: the lesson as it was before a deletion or a replacement. */
interface UndoPoint {
  /** What undo undoes, as it follows "Undo": "delete “Europe”". */
  label: string
  title: string
  scenes: readonly Scene[]
  current: number | null
  dirty: boolean
}

export interface LessonState {
  title: string
  scenes: readonly Scene[]
  /** The scene shown last (by going to it or presenting it); null when none has been. */
  current: number | null
  /** Presenter mode: panels collapsed, large caption, clicker keys step through the scenes. */
  presenting: boolean
  /**
   * Changed since it was opened, loaded or saved: a scene added, edited,
   * moved or deleted, or the title changed (not a scene shown). The platform
   * is told (lesson/unsavedLesson.ts): closing or leaving asks first, and a
   * draft is autosaved.
   */
  dirty: boolean
  notice: LessonNotice | null
  undo: UndoPoint | null
  setTitle(title: string): void
  /** Appends a scene and makes it the current one. */
  addScene(scene: Scene): void
  updateScene(id: string, change: Partial<Pick<Scene, 'title' | 'caption' | 'notes'>>): void
  /** Moves a scene up (-1) or down (+1) in the list; the current scene stays current. */
  moveScene(id: string, delta: -1 | 1): void
  deleteScene(id: string): void
  /** Replaces the whole lesson (opened, loaded); the previous one can be brought back with undo ("Undo <label>"). */
  replaceLesson(lesson: Lesson, options: { label: string; dirty: boolean }): void
  undoLast(): void
  setCurrent(index: number | null): void
  setPresenting(presenting: boolean): void
  markSaved(): void
  setNotice(notice: LessonNotice | null): void
}

export const useLessonStore = create<LessonState>()((set, get) => {
  const undoPoint = (label: string): UndoPoint => {
    const { title, scenes, current, dirty } = get()
    return { label, title, scenes, current, dirty }
  }
  return {
    title: 'Untitled lesson',
    scenes: [],
    current: null,
    presenting: false,
    dirty: false,
    notice: null,
    undo: null,
    setTitle: (title) => {
      if (title !== get().title) set({ title, dirty: true })
    },
    addScene: (scene) => {
      const scenes = [...get().scenes, scene]
      set({ scenes, current: scenes.length - 1, dirty: true, undo: null })
    },
    updateScene: (id, change) => {
      const scene = get().scenes.find((s) => s.id === id)
      // Submitting the form unchanged is not a change to save.
      if (!scene || Object.entries(change).every(([key, value]) => scene[key as keyof Scene] === value)) return
      set({ scenes: get().scenes.map((s) => (s.id === id ? { ...s, ...change } : s)), dirty: true })
    },
    moveScene: (id, delta) => {
      const { scenes, current } = get()
      const from = scenes.findIndex((scene) => scene.id === id)
      const to = from + delta
      if (from < 0 || to < 0 || to >= scenes.length) return
      const next = [...scenes]
      const [moved] = next.splice(from, 1)
      if (!moved) return
      next.splice(to, 0, moved)
      const currentId = current === null ? null : scenes[current]?.id
      const nextCurrent = currentId === undefined || currentId === null ? null : next.findIndex((s) => s.id === currentId)
      set({ scenes: next, current: nextCurrent, dirty: true })
    },
    deleteScene: (id) => {
      const { scenes, current } = get()
      const index = scenes.findIndex((scene) => scene.id === id)
      const scene = scenes[index]
      if (!scene) return
      const undo = undoPoint(`delete “${scene.title}”`)
      const next = scenes.filter((s) => s.id !== id)
      let nextCurrent = current
      if (current !== null) {
        if (current === index) nextCurrent = null
        else if (current > index) nextCurrent = current - 1
      }
      set({ scenes: next, current: nextCurrent, dirty: true, undo, notice: { kind: 'status', text: `Deleted “${scene.title}”.` } })
    },
    replaceLesson: (lesson, options) => {
      const undo = get().scenes.length > 0 ? undoPoint(options.label) : null
      set({ title: lesson.title, scenes: lesson.scenes, current: null, dirty: options.dirty, undo })
    },
    undoLast: () => {
      const undo = get().undo
      if (!undo) return
      set({
        title: undo.title,
        scenes: undo.scenes,
        current: undo.current,
        dirty: undo.dirty,
        undo: null,
        notice: { kind: 'status', text: 'Undone.' },
      })
    },
    setCurrent: (current) => set({ current }),
    setPresenting: (presenting) => set({ presenting }),
    markSaved: () => set({ dirty: false }),
    setNotice: (notice) => set({ notice }),
  }
})

/** The lesson as a file holds it. */
export function lessonOf(state: Pick<LessonState, 'title' | 'scenes'>): Lesson {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, title: state.title, scenes: [...state.scenes] }
}

/** A scene id not used yet in the lesson: "scene-1", "scene-2", … */
export function newSceneId(scenes: readonly Pick<Scene, 'id'>[]): string {
  const used = new Set(scenes.map((scene) => scene.id))
  let n = scenes.length + 1
  while (used.has(`scene-${n}`)) n++
  return `scene-${n}`
}
