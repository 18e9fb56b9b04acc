import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { CameraCommands } from '../../../../src/renderer/globe/types'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { PresenterConsole } from '../../../../src/renderer/lesson/PresenterConsole'
import { BlankScreen, PresenterMode } from '../../../../src/renderer/lesson/PresenterMode'
import { usePresentationStore } from '../../../../src/renderer/lesson/presentationStore'
import { captureScene } from '../../../../src/renderer/lesson/sceneState'
import { presenterConsoleView, presenterOverlayView } from '../../../../src/renderer/loading/views'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { useAppStore } from '../../../../src/renderer/state/store'
import { fakeApi, type FakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'

let unregister: () => void = () => {}

// As the app does once its first frame is shown: the presenter's views are in before presenting starts.
beforeAll(async () => {
  await presenterOverlayView.preload()
  await presenterConsoleView.preload()
})

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  usePresentationStore.setState(usePresentationStore.getInitialState(), true)
  const camera: CameraCommands = {
    rotate: vi.fn(),
    zoom: vi.fn(),
    getView: () => ({ lat: 0, lon: 0, distance: 3 }),
    setView: () => Promise.resolve(),
  }
  const runtime = new GlobeRuntime()
  runtime.commands = camera
  unregister = publishGlobe(runtime)
})

afterEach(() => unregister())

function lessonWithNotes(): void {
  const store = useLessonStore.getState()
  store.addScene(captureScene({ id: 'a', title: 'Around the world', caption: 'For the class', notes: 'Ask who has used a VPN.' }))
  store.addScene(captureScene({ id: 'b', title: 'Why regions exist', caption: '', notes: '' }))
  store.setCurrent(0)
}

function renderPresenting(api: FakeApi) {
  render(
    <PlatformProvider api={api}>
      <PresenterMode />
      <PresenterConsole />
      <BlankScreen />
    </PlatformProvider>,
  )
}

describe('PresenterConsole', () => {
  it('shows nothing in one window; with an audience view open, the notes, the next scene and the clock, and steps', async () => {
    const api = fakeApi()
    lessonWithNotes()
    renderPresenting(api)
    act(() => useLessonStore.getState().setPresenting(true))
    expect(screen.queryByTestId('presenter-console')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Open audience view' }))
    await waitFor(() => expect(screen.getByTestId('presenter-console')).toBeTruthy())
    expect(api.openAudienceView).toHaveBeenCalledTimes(1)
    expect(screen.getByTestId('presenter-notes').textContent).toBe('Ask who has used a VPN.')
    expect(screen.getByTestId('presenter-next-title').textContent).toBe('Why regions exist')
    expect(screen.getByTestId('presenter-clock').textContent).toMatch(/0:0\d$/)
    // The one-window controls give way to the console.
    expect(screen.queryByTestId('presenter-progress')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(screen.getByTestId('presenter-position').textContent).toContain('Scene 2 of 2'))
    expect(screen.getByTestId('presenter-notes').textContent).toBe('No notes for this scene.')
    expect(screen.getByTestId('presenter-next-title').textContent).toBe('End of the lesson')
  })

  it('blanks only the audience: the presenter keeps the globe and is told', async () => {
    const api = fakeApi()
    lessonWithNotes()
    renderPresenting(api)
    act(() => useLessonStore.getState().setPresenting(true))
    fireEvent.click(screen.getByRole('button', { name: 'Open audience view' }))
    await waitFor(() => expect(screen.getByTestId('presenter-console')).toBeTruthy())

    fireEvent.keyDown(window, { key: 'b' })
    expect(usePresentationStore.getState().blank).toBe(true)
    expect(screen.queryByTestId('blank-screen')).toBeNull()
    expect(screen.getByText('The audience sees a black screen.')).toBeTruthy()
    await waitFor(() => expect(api.sendPresentationMessage).toHaveBeenCalledWith({ kind: 'blank', on: true }))

    fireEvent.keyDown(window, { key: '.' })
    expect(usePresentationStore.getState().blank).toBe(false)
  })

  it('in one window, B blanks this screen and B again shows the globe', () => {
    lessonWithNotes()
    renderPresenting(fakeApi())
    act(() => useLessonStore.getState().setPresenting(true))
    fireEvent.keyDown(window, { key: 'B' })
    expect(screen.getByTestId('blank-screen')).toBeTruthy()
    fireEvent.keyDown(window, { key: 'b' })
    expect(screen.queryByTestId('blank-screen')).toBeNull()
  })
})
