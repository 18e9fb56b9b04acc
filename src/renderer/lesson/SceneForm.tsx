import { useId, useState, type FormEvent } from 'react'
import { MAX_CAPTION_LENGTH, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from '../../shared/lesson/format'

/**
 * A scene's title, caption and speaker notes, for a new scene or an edit; the
 * title is required. The caption is for the class, the notes for the
 * presenter's screen only.
 */
export function SceneForm({
  initialTitle,
  initialCaption,
  initialNotes = '',
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initialTitle: string
  initialCaption: string
  initialNotes?: string
  submitLabel: string
  onSubmit(title: string, caption: string, notes: string): void
  onCancel(): void
}) {
  const [title, setTitle] = useState(initialTitle)
  const [caption, setCaption] = useState(initialCaption)
  const [notes, setNotes] = useState(initialNotes)
  const id = useId()
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (title.trim() === '') return
    onSubmit(title.trim(), caption, notes)
  }
  return (
    <form
      className="scene-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
    >
      <label htmlFor={`${id}-title`}>Scene title</label>
      <input
        id={`${id}-title`}
        className="text-input"
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        required
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
      />
      <label htmlFor={`${id}-caption`}>Caption</label>
      <textarea
        id={`${id}-caption`}
        className="text-input scene-form__caption"
        value={caption}
        maxLength={MAX_CAPTION_LENGTH}
        rows={3}
        onChange={(event) => setCaption(event.target.value)}
      />
      <label htmlFor={`${id}-notes`}>Speaker notes (only on the presenter's screen)</label>
      <textarea
        id={`${id}-notes`}
        className="text-input scene-form__notes"
        value={notes}
        maxLength={MAX_NOTES_LENGTH}
        rows={4}
        onChange={(event) => setNotes(event.target.value)}
      />
      <div className="scene-form__buttons">
        <button type="submit" className="button" disabled={title.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
