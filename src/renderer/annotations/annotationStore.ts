import { create } from 'zustand'
import type { Annotation } from '../../shared/annotations/schema'

/**
 * The annotations of the current view. (Stub of the contract: the
 * annotations module replaces the body; other modules use only
 * `annotations` and `replaceAll`.)
 */
export interface AnnotationState {
  annotations: readonly Annotation[]
  /** Replaces every annotation (opening a scene); starts a fresh undo history. */
  replaceAll(annotations: readonly Annotation[]): void
}

export const useAnnotationStore = create<AnnotationState>()((set) => ({
  annotations: [],
  replaceAll: (annotations) => set({ annotations: [...annotations] }),
}))
