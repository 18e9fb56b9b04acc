import { useRef, type Ref } from 'react'
import { MAX_ANNOTATION_TEXT, type Annotation } from '../../shared/annotations/schema'
import type { AnnotationLayout } from './annotationLayout'
import { useAnnotationStore } from './annotationStore'
import { annotationColours, annotationFont, LINE_HEIGHT } from './annotationStyle'

const LABELS: Record<Annotation['type'], string> = {
  callout: 'Callout text',
  pin: 'Pin label',
  arrow: 'Arrow label',
}

/**
 * The text field that edits an annotation where it stands, in its own type
 * and colour, wrapping at the width the text will wrap at: Enter keeps the
 * text (Shift+Enter starts a new line), Escape cancels the edit and keeps
 * the annotation as it was (a new pin or arrow without its label; a new
 * callout, which needs text, is not added), leaving the field keeps the
 * text. The overlay moves it with the globe (placeEditor).
 */
export function AnnotationEditor({ annotation, inputRef }: { annotation: Annotation; inputRef: Ref<HTMLTextAreaElement> }) {
  const finished = useRef(false)
  const finish = (text: string | null): void => {
    if (finished.current) return
    finished.current = true
    if (text === null) useAnnotationStore.getState().cancelEditing()
    else useAnnotationStore.getState().finishEditing(text)
  }
  const label =
    annotation.type === 'callout' && annotation.anchor.kind === 'screen' ? 'Title or note text' : LABELS[annotation.type]
  return (
    <textarea
      ref={inputRef}
      className="annotation-editor"
      data-testid="annotation-editor"
      dir="auto"
      rows={1}
      aria-label={`${label}. Enter keeps it, Shift+Enter starts a new line, Escape cancels`}
      defaultValue={annotation.text}
      maxLength={MAX_ANNOTATION_TEXT}
      autoFocus
      spellCheck={false}
      autoComplete="off"
      style={{ font: annotationFont(annotation.size), lineHeight: LINE_HEIGHT, color: annotationColours[annotation.colour] }}
      onKeyDown={(event) => {
        // Enter while an input method composes (CJK) confirms the composition, not the text.
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault()
          finish(event.currentTarget.value)
        } else if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          finish(null)
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  )
}

/**
 * Puts the editor over the text's place in the last layout, as wide at most
 * as the text wraps (or leaves it where it was while that is hidden).
 */
export function placeEditor(input: HTMLTextAreaElement | null, layout: AnnotationLayout | null): void {
  if (!input || !layout) return
  const { x, y, align, maxWidth } = layout.text
  const shiftX = align === 'left' ? '0' : align === 'right' ? '-100%' : '-50%'
  input.style.maxWidth = `${Math.round(maxWidth)}px`
  input.style.transform = `translate(${Math.round(layout.originX + x)}px, ${Math.round(layout.originY + y)}px) translate(${shiftX}, -50%)`
}
