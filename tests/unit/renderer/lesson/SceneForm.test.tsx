import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { SceneForm } from '../../../../src/renderer/lesson/SceneForm'
import { SceneList } from '../../../../src/renderer/lesson/SceneList'
import { captureScene } from '../../../../src/renderer/lesson/sceneState'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
  useLessonStore.setState(useLessonStore.getInitialState(), true)
})

function lessonWithNotes(): void {
  useLessonStore.getState().addScene(captureScene({ id: 'a', title: 'Around the world', caption: 'For the class', notes: 'Ask who has used a VPN.' }, null))
}

describe('SceneForm', () => {
  it('keeps speaker notes apart from the caption, for a new scene and an edit', () => {
    const onSubmit = vi.fn()
    const { unmount } = render(<SceneForm initialTitle="" initialCaption="" submitLabel="Add scene" onSubmit={onSubmit} onCancel={() => {}} />)
    fireEvent.change(screen.getByLabelText('Scene title'), { target: { value: 'Europe' } })
    fireEvent.change(screen.getByLabelText('Caption'), { target: { value: 'Regions in Europe' } })
    fireEvent.change(screen.getByLabelText(/Speaker notes/), { target: { value: 'Point at Frankfurt first.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add scene' }))
    expect(onSubmit).toHaveBeenCalledWith('Europe', 'Regions in Europe', 'Point at Frankfurt first.')
    unmount()

    lessonWithNotes()
    render(<SceneList />)
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Around the world”' }))
    const notes = screen.getByLabelText(/Speaker notes/) as HTMLTextAreaElement
    expect(notes.value).toBe('Ask who has used a VPN.')
    fireEvent.change(notes, { target: { value: 'Then London.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(useLessonStore.getState().scenes[0]).toMatchObject({ caption: 'For the class', notes: 'Then London.' })
    expect(useLessonStore.getState().dirty).toBe(true)
  })
})
