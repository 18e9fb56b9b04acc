import { ANNOTATION_COLOURS, ANNOTATION_SIZES, type AnnotationSize } from '../../shared/annotations/schema'
import './annotations.css'
import { useAnnotationStore, type AnnotationTool } from './annotationStore'
import { annotationColours } from './annotationStyle'

const TOOLS: readonly { tool: AnnotationTool; label: string; hint: string }[] = [
  { tool: 'callout', label: 'Callout', hint: 'Add a callout: click a place on the globe, then type' },
  { tool: 'pin', label: 'Pin', hint: 'Add a pin: click a place on the globe' },
  { tool: 'arrow', label: 'Arrow', hint: 'Add an arrow: click where it starts, then where it points' },
  { tool: 'note', label: 'Title', hint: 'Add a title or note fixed on the screen: click where it goes' },
]

const SIZE_LABELS: Record<AnnotationSize, string> = { small: 'S', medium: 'M', large: 'L' }

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const COMMAND = isMac ? '⌘' : 'Ctrl+'

/**
 * The annotation toolbar: add a callout, pin, arrow or title; colour and
 * size of the selected one (or of the next one); delete, undo and redo.
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

  // The pickers show the selected annotation's style, else the draft's, else the next one's; they
  // appear only while there is one of those to style, so the toolbar stays small over the globe.
  const shown = selected ?? draft ?? style
  const styling = selected !== null || draft !== null || tool !== null
  const target = selected ? 'the selected annotation' : 'the new annotation'

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
      {styling && (
        <div className="annotation-tools__group" role="group" aria-label={`Colour of ${target}`}>
          {ANNOTATION_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              className="button annotation-tools__swatch"
              aria-pressed={shown.colour === colour}
              aria-label={colour}
              title={`Colour: ${colour}`}
              onClick={() => store().restyle({ colour })}
            >
              <span style={{ background: annotationColours[colour] }} />
            </button>
          ))}
        </div>
      )}
      {styling && (
        <div className="annotation-tools__group" role="group" aria-label={`Size of ${target}`}>
          {ANNOTATION_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className="button"
              aria-pressed={shown.size === size}
              aria-label={size}
              title={`Size: ${size}`}
              onClick={() => store().restyle({ size })}
            >
              {SIZE_LABELS[size]}
            </button>
          ))}
        </div>
      )}
      <div className="annotation-tools__group">
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
          title={`Undo (${COMMAND}Z)`}
          onClick={() => store().undo()}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          title={`Redo (Shift+${COMMAND}Z)`}
          onClick={() => store().redo()}
        >
          Redo
        </button>
      </div>
    </div>
  )
}
