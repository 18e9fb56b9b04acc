import './annotations.css'
import { useAnnotationStore, type AnnotationTool } from './annotationStore'
import { StylePicker } from './StylePicker'

const TOOLS: readonly { tool: AnnotationTool; label: string; hint: string }[] = [
  { tool: 'callout', label: 'Callout', hint: 'Add a callout: click a place on the globe, then type' },
  { tool: 'pin', label: 'Pin', hint: 'Add a pin: click a place on the globe' },
  { tool: 'arrow', label: 'Arrow', hint: 'Add an arrow: click where it starts, then where it points' },
  { tool: 'note', label: 'Title', hint: 'Add a title or note fixed on the screen: click where it goes' },
]

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const COMMAND = isMac ? '⌘' : 'Ctrl+'

/**
 * The annotation toolbar: add a callout, pin, arrow or title; colour and
 * size of the selected one (or of the next one), in a picker that opens
 * under the toolbar so the toolbar keeps one row; delete, undo and redo.
 */
export function AnnotationTools() {
  const tool = useAnnotationStore((state) => state.tool)
  const style = useAnnotationStore((state) => state.style)
  const selected = useAnnotationStore(
    (state) => state.annotations.find((annotation) => annotation.id === state.selectedId) ?? null,
  )
  const draft = useAnnotationStore((state) => state.draft)
  const canUndo = useAnnotationStore((state) => state.past.length > 0)
  const canRedo = useAnnotationStore((state) => state.future.length > 0)
  const store = useAnnotationStore.getState

  // The pickers show the selected annotation's style, else the draft's, else the next one's.
  const shown = selected ?? draft ?? style
  const target = selected ? 'the selected annotation' : draft || tool ? 'the new annotation' : 'new annotations'

  return (
    <div className="annotation-tools" role="group" aria-label="Annotations" data-testid="annotation-tools">
      <div className="annotation-tools__group">
        {TOOLS.map(({ tool: kind, label, hint }) => (
          <button
            key={kind}
            type="button"
            className="button"
            aria-pressed={tool === kind}
            title={hint}
            onClick={() => store().setTool(tool === kind ? null : kind)}
          >
            {label}
          </button>
        ))}
      </div>
      <StylePicker shown={shown} target={target} />
      <div className="annotation-tools__group annotation-tools__group--edit">
        <button
          type="button"
          className="button"
          disabled={!selected}
          title="Delete the selected annotation (Delete)"
          onClick={() => selected && store().remove(selected.id)}
        >
          Delete
        </button>
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          aria-label="Undo"
          title={`Undo (${COMMAND}Z)`}
          onClick={() => store().undo()}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          aria-label="Redo"
          title={`Redo (Shift+${COMMAND}Z)`}
          onClick={() => store().redo()}
        >
          <span aria-hidden="true">↷</span>
        </button>
      </div>
    </div>
  )
}
