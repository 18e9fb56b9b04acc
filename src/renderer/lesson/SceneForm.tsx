import { useId, useState, type FormEvent } from 'react'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH } from '../../shared/lesson/schema'

/** A scene's title and caption, for a new scene or an edit; the title is required. */
export function SceneForm({
  initialTitle,
  initialCaption,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initialTitle: string
  initialCaption: string
  submitLabel: string
  onSubmit(title: string, caption: string): void
  onCancel(): void
}) {
  const [title, setTitle] = useState(initialTitle)
  const [caption, setCaption] = useState(initialCaption)
  const id = useId()
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (title.trim() === '') return
    onSubmit(title.trim(), caption)
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
