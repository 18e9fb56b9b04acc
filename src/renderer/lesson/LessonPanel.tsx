import { useId, useState } from 'react'
import { usePlatform } from '../platform/PlatformContext'
import { useMenuCommand } from '../state/menuCommands'
import '../styles/lesson.css'
import { addCurrentView, loadBuiltinLesson, openLessonFile, saveLessonFile, startPresenting } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { LessonNotice } from './LessonNotice'
import { SceneForm } from './SceneForm'
import { SceneList } from './SceneList'

/** The lesson: its scenes, saved, renamed, reordered, opened and saved to a file. */
export function LessonPanel() {
  const api = usePlatform()
  const title = useLessonStore((s) => s.title)
  const dirty = useLessonStore((s) => s.dirty)
  const setTitle = useLessonStore((s) => s.setTitle)
  const sceneCount = useLessonStore((s) => s.scenes.length)
  const [adding, setAdding] = useState(false)
  const id = useId()

  useMenuCommand('open-lesson', () => void openLessonFile(api))
  useMenuCommand('save-lesson', () => void saveLessonFile(api))

  return (
    <section className="lesson-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        Lesson{dirty && <span className="lesson-panel__dirty"> · unsaved changes</span>}
      </h2>
      <label htmlFor={`${id}-title`} className="lesson-panel__label">
        Lesson title
      </label>
      <input
        id={`${id}-title`}
        className="text-input"
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        onBlur={() => title.trim() === '' && setTitle('Untitled lesson')}
      />
      <div className="lesson-panel__buttons">
        <button type="button" className="button" onClick={() => void openLessonFile(api)}>
          Open lesson…
        </button>
        <button type="button" className="button" onClick={() => void saveLessonFile(api)}>
          Save lesson…
        </button>
        <button type="button" className="button" onClick={loadBuiltinLesson}>
          Load built-in lesson
        </button>
        <button type="button" className="button" onClick={() => startPresenting(api)} title="Present (F5)">
          {sceneCount === 0 ? 'Present the built-in lesson' : 'Present'}
        </button>
      </div>
      <LessonNotice />
      <h3 className="lesson-panel__subheading">Scenes</h3>
      {adding ? (
        <SceneForm
          initialTitle=""
          initialCaption=""
          submitLabel="Add scene"
          onSubmit={(sceneTitle, caption, notes) => {
            addCurrentView(sceneTitle, caption, notes)
            setAdding(false)
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add current view
        </button>
      )}
      <SceneList />
    </section>
  )
}
