import { useState } from 'react'
import type { Scene } from '../../shared/lesson/schema'
import { goToScene } from './lessonActions'
import { useLessonStore } from './lessonStore'
import { SceneForm } from './SceneForm'

/** The lesson's scenes in order: show one, edit its title, caption and notes, move it, delete it. */
export function SceneList() {
  const scenes = useLessonStore((s) => s.scenes)
  const current = useLessonStore((s) => s.current)
  if (scenes.length === 0) {
    return <p className="lesson-panel__empty">No scenes yet. Set up the globe, then add the current view as a scene.</p>
  }
  return (
    <ol className="scene-list" data-testid="scene-list" aria-label="Scenes">
      {scenes.map((scene, index) => (
        <SceneItem key={scene.id} scene={scene} index={index} count={scenes.length} current={current === index} />
      ))}
    </ol>
  )
}

function SceneItem({ scene, index, count, current }: { scene: Scene; index: number; count: number; current: boolean }) {
  const [editing, setEditing] = useState(false)
  const { updateScene, moveScene, deleteScene } = useLessonStore.getState()
  const name = `“${scene.title}”`
  return (
    <li
      className={current ? 'scene-item scene-item--current' : 'scene-item'}
      data-testid="scene-item"
      data-scene-id={scene.id}
      aria-current={current ? 'step' : undefined}
    >
      {editing ? (
        <SceneForm
          initialTitle={scene.title}
          initialCaption={scene.caption}
          initialNotes={scene.notes}
          submitLabel="Save changes"
          onSubmit={(title, caption, notes) => {
            updateScene(scene.id, { title, caption, notes })
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <button
            type="button"
            className="scene-item__show"
            aria-label={`Show scene ${index + 1}: ${scene.title}`}
            onClick={() => void goToScene(index)}
          >
            <span className="scene-item__number">{index + 1}</span>
            <span className="scene-item__title" data-testid="scene-title">
              {scene.title}
            </span>
          </button>
          {scene.caption && (
            <p className="scene-item__caption" data-testid="scene-caption">
              {scene.caption}
            </p>
          )}
          <div className="scene-item__actions">
            <button type="button" className="button button--small" aria-label={`Edit ${name}`} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={`Move ${name} up`}
              disabled={index === 0}
              onClick={() => moveScene(scene.id, -1)}
            >
              Up
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={`Move ${name} down`}
              disabled={index === count - 1}
              onClick={() => moveScene(scene.id, 1)}
            >
              Down
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={`Delete ${name}`}
              onClick={() => deleteScene(scene.id)}
            >
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  )
}
