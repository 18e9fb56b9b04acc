/** The annotation toolbar: add, restyle, delete, undo and redo. */
export function AnnotationTools() {
  return null
}
