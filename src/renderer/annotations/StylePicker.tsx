import { useEffect, useId, useRef, useState } from 'react'
import {
  ANNOTATION_COLOURS,
  ANNOTATION_SIZES,
  type AnnotationColour,
  type AnnotationSize,
} from '../../shared/annotations/schema'
import { useAnnotationStore } from './annotationStore'
import { annotationColours } from './annotationStyle'

const SIZE_LABELS: Record<AnnotationSize, string> = { small: 'S', medium: 'M', large: 'L' }

/**
 * The colour and size of the selected annotation (or of the new one): one
 * button in the toolbar showing both, which opens the five colours and the
 * three sizes under the toolbar, so the toolbar itself never grows or
 * wraps. The picker stays open while picking (a colour, then a size) and
 * closes with Escape, a press elsewhere or the button.
 */
export function StylePicker({ shown, target }: { shown: { colour: AnnotationColour; size: AnnotationSize }; target: string }) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const popupId = useId()

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && root.current?.contains(event.target)) return
      setOpen(false)
    }
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => window.removeEventListener('pointerdown', onPointerDown, true)
  }, [open])

  const restyle = (style: { colour?: AnnotationColour; size?: AnnotationSize }): void => useAnnotationStore.getState().restyle(style)

  return (
    <div
      ref={root}
      className="annotation-tools__group annotation-style"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        // Escape closes the picker only; the annotation stays selected.
        event.preventDefault()
        event.stopPropagation()
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button
        ref={button}
        type="button"
        className="button annotation-style__button"
        aria-expanded={open}
        aria-controls={popupId}
        aria-label={`Colour and size of ${target}: ${shown.colour}, ${shown.size}`}
        title="Colour and size"
        onClick={() => setOpen(!open)}
      >
        <span className="annotation-style__dot" style={{ background: annotationColours[shown.colour] }} aria-hidden="true" />
        <span aria-hidden="true">{SIZE_LABELS[shown.size]}</span>
        <span className="annotation-style__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id={popupId} className="annotation-style__popup" role="group" aria-label={`Colour and size of ${target}`}>
          <div className="annotation-tools__group" role="group" aria-label={`Colour of ${target}`}>
            {ANNOTATION_COLOURS.map((colour) => (
              <button
                key={colour}
                type="button"
                className="button annotation-tools__swatch"
                aria-pressed={shown.colour === colour}
                aria-label={colour}
                title={`Colour: ${colour}`}
                onClick={() => restyle({ colour })}
              >
                <span style={{ background: annotationColours[colour] }} />
              </button>
            ))}
          </div>
          <div className="annotation-tools__group" role="group" aria-label={`Size of ${target}`}>
            {ANNOTATION_SIZES.map((size) => (
              <button
                key={size}
                type="button"
                className="button"
                aria-pressed={shown.size === size}
                aria-label={size}
                title={`Size: ${size}`}
                onClick={() => restyle({ size })}
              >
                {SIZE_LABELS[size]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  )
}
