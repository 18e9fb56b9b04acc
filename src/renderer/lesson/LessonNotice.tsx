import { useLessonStore } from './lessonStore'

/**
 * What just happened to the lesson: a status (polite) or an error (an alert),
 * with "Undo" after a deletion or a replaced lesson.
 */
export function LessonNotice() {
  const notice = useLessonStore((s) => s.notice)
  const undo = useLessonStore((s) => s.undo)
  const undoLast = useLessonStore((s) => s.undoLast)
  const status = notice?.kind === 'status' ? notice : null
  const error = notice?.kind === 'error' ? notice : null
  return (
    <div className="lesson-notice">
      <div role="status" data-testid="lesson-status" className="lesson-notice__status">
        {status && <p>{status.text}</p>}
        {status?.details && status.details.length > 0 && (
          <ul className="lesson-notice__details">
            {status.details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      <div role="alert" data-testid="lesson-error" className="lesson-notice__error">
        {error && <p>{error.text}</p>}
      </div>
      {undo && (
        <button type="button" className="button button--small" onClick={undoLast}>
          Undo {undo.label}
        </button>
      )}
    </div>
  )
}
