import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { CameraCommands, CameraView } from '../../../../src/renderer/globe/types'
import { LessonPanel } from '../../../../src/renderer/lesson/LessonPanel'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { PresenterMode } from '../../../../src/renderer/lesson/PresenterMode'
import { listScenes, showScene } from '../../../../src/renderer/lesson/sceneControl'
import { applySceneState, captureScene } from '../../../../src/renderer/lesson/sceneState'
import { presenterOverlayView } from '../../../../src/renderer/loading/views'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { useAppStore } from '../../../../src/renderer/state/store'
import { parseLesson, serializeLesson, type Lesson, type Scene } from '../../../../src/shared/lesson'
import { fakeApi, type FakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'

/** A camera that records where it was sent; `getView` answers with the last view. */
function fakeCamera(start: CameraView = { lat: 10, lon: 20, distance: 3 }) {
  let view = start
  const moves: { view: CameraView; instant: boolean }[] = []
  const camera: CameraCommands = {
    rotate: vi.fn(),
    zoom: vi.fn(),
    getView: () => view,
    setView: (next, options) => {
      view = next
      moves.push({ view: next, instant: options.instant })
      return Promise.resolve()
    },
  }
  return { camera, moves, point: (next: CameraView) => (view = next) }
}

let unregister: () => void = () => {}
let cam: ReturnType<typeof fakeCamera>

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  useAnnotationStore.setState({ annotations: [] })
  cam = fakeCamera()
  const runtime = new GlobeRuntime()
  runtime.commands = cam.camera
  unregister = publishGlobe(runtime)
})

afterEach(() => unregister())

function renderLesson(api: FakeApi = fakeApi()) {
  render(
    <PlatformProvider api={api}>
      <LessonPanel />
      <PresenterMode />
    </PlatformProvider>,
  )
  return api
}

function addScene(title: string, caption: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add current view' }))
  fireEvent.change(screen.getByLabelText('Scene title'), { target: { value: title } })
  fireEvent.change(screen.getByLabelText('Caption'), { target: { value: caption } })
  fireEvent.click(screen.getByRole('button', { name: 'Add scene' }))
}

const sceneTitles = () => screen.queryAllByTestId('scene-title').map((element) => element.textContent)

describe('scene capture and apply', () => {
  it('captures the camera (rounded), layers, selection, filters and annotations, and applies them back', () => {
    cam.point({ lat: 50.123456, lon: 8.654321, distance: 2.000049 })
    const app = useAppStore.getState()
    app.select('eu-central-1')
    app.setCompareCodes(['eu-west-1'])
    app.setResidency({ kind: 'eu-eea' })
    app.setRequiredServices(['amazon-braket'])
    app.setChooserWeights({ proximity: 0.8, price: 0.2 })
    app.setChooserOpen(true)
    app.setMarkerColouring('price-index')
    app.setLayer('network', false)
    app.setUserLocation({ lat: 1, lon: 2, label: 'Somewhere', origin: 'click' })
    useAnnotationStore.getState().replaceAll([
      { id: 'n', type: 'pin', colour: 'cyan', size: 'small', anchor: { kind: 'geo', lat: 1, lon: 2 }, text: 'Here' },
    ])
    const scene = captureScene({ id: 's', title: 'Frankfurt', caption: 'c', notes: '' })
    expect(scene.camera).toEqual({ lat: 50.1235, lon: 8.6543, distance: 2 })
    expect(scene).toMatchObject({
      selectedCode: 'eu-central-1',
      compareCodes: ['eu-west-1'],
      residency: { kind: 'eu-eea' },
      requiredServices: ['amazon-braket'],
      chooserWeights: { proximity: 0.8, price: 0.2 },
      chooserOpen: true,
      markerColouring: 'price-index',
      layers: { network: false, latencyArcs: true },
      userLocation: { label: 'Somewhere' },
    })
    expect(scene.annotations).toHaveLength(1)
    // The scene is a valid lesson scene as captured.
    expect(parseLesson(serializeLesson({ format: 'infraglobe-lesson', version: 3, title: 't', scenes: [scene] })).ok).toBe(true)

    useAppStore.setState(useAppStore.getInitialState(), true)
    useAnnotationStore.getState().replaceAll([])
    applySceneState({ ...scene, layers: { network: false } })
    const after = useAppStore.getState()
    expect(after.selectedCode).toBe('eu-central-1')
    expect(after.residency).toEqual({ kind: 'eu-eea' })
    expect(after.markerColouring).toBe('price-index')
    // A layer the scene does not name did not exist when it was saved: off.
    expect(after.layers).toEqual({ network: false, latencyArcs: false, edges: false, localZones: false, wavelengthZones: false, reach: false })
    expect(useAnnotationStore.getState().annotations).toEqual(scene.annotations)
  })

  it('shows a scene for the export with a cut, after its state is in place', async () => {
    const store = useLessonStore.getState()
    store.addScene(captureScene({ id: 'a', title: 'A', caption: '', notes: '' }))
    useAppStore.getState().select('eu-west-1')
    cam.point({ lat: -30, lon: 140, distance: 2.5 })
    store.addScene(captureScene({ id: 'b', title: 'B', caption: 'Sydney, seen from Asia', notes: '' }))
    expect(listScenes()).toEqual([
      { id: 'a', title: 'A', caption: '' },
      { id: 'b', title: 'B', caption: 'Sydney, seen from Asia' },
    ])
    await showScene(0, { instant: true })
    expect(cam.moves.at(-1)).toEqual({ view: { lat: 10, lon: 20, distance: 3 }, instant: true })
    expect(useAppStore.getState().selectedCode).toBeNull()
    expect(useLessonStore.getState().current).toBe(0)
    await expect(showScene(5, { instant: true })).rejects.toThrow(/no scene 6/)
  })
})

describe('the lesson store', () => {
  const scene = (id: string): Scene => captureScene({ id, title: id.toUpperCase(), caption: '', notes: '' })

  it('moves scenes, keeping the current scene current, and stops at the ends', () => {
    const store = useLessonStore.getState()
    for (const id of ['a', 'b', 'c']) store.addScene(scene(id))
    store.setCurrent(0)
    store.moveScene('a', 1)
    expect(useLessonStore.getState().scenes.map((s) => s.id)).toEqual(['b', 'a', 'c'])
    expect(useLessonStore.getState().current).toBe(1)
    store.moveScene('b', -1)
    store.moveScene('c', 1)
    expect(useLessonStore.getState().scenes.map((s) => s.id)).toEqual(['b', 'a', 'c'])
  })

  it('deletes a scene and brings it back with undo, in its place', () => {
    const store = useLessonStore.getState()
    for (const id of ['a', 'b', 'c']) store.addScene(scene(id))
    store.deleteScene('b')
    expect(useLessonStore.getState().scenes.map((s) => s.id)).toEqual(['a', 'c'])
    expect(useLessonStore.getState().current).toBe(1)
    useLessonStore.getState().undoLast()
    expect(useLessonStore.getState().scenes.map((s) => s.id)).toEqual(['a', 'b', 'c'])
    expect(useLessonStore.getState().current).toBe(2)
  })
})

describe('LessonPanel', () => {
  it('adds the current view as a scene, edits its caption, moves and deletes it with undo', () => {
    renderLesson()
    addScene('Europe', 'Regions in Europe')
    cam.point({ lat: 35, lon: 139, distance: 2 })
    addScene('Japan', 'Tokyo and Osaka')
    expect(sceneTitles()).toEqual(['Europe', 'Japan'])
    expect(useLessonStore.getState().scenes[1]?.camera).toEqual({ lat: 35, lon: 139, distance: 2 })
    expect(screen.getByRole('heading', { name: /unsaved changes/ })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Edit “Japan”' }))
    fireEvent.change(screen.getByLabelText('Caption'), { target: { value: 'Two regions in Japan' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(useLessonStore.getState().scenes[1]?.caption).toBe('Two regions in Japan')

    fireEvent.click(screen.getByRole('button', { name: 'Move “Japan” up' }))
    expect(sceneTitles()).toEqual(['Japan', 'Europe'])
    expect((screen.getByRole('button', { name: 'Move “Japan” up' }) as HTMLButtonElement).disabled).toBe(true)

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Europe”' }))
    expect(sceneTitles()).toEqual(['Japan'])
    expect(screen.getByRole('status').textContent).toContain('Deleted “Europe”.')
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete “Europe”' }))
    expect(sceneTitles()).toEqual(['Japan', 'Europe'])
  })

  it('goes to a scene: its state at once, the camera by a flight', () => {
    renderLesson()
    addScene('Start', '')
    useAppStore.getState().select('eu-west-1')
    cam.point({ lat: 0, lon: 0, distance: 2 })
    fireEvent.click(screen.getByRole('button', { name: 'Show scene 1: Start' }))
    expect(useAppStore.getState().selectedCode).toBeNull()
    expect(cam.moves.at(-1)).toEqual({ view: { lat: 10, lon: 20, distance: 3 }, instant: false })
    expect(screen.getByTestId('scene-item').getAttribute('aria-current')).toBe('step')
  })

  it('saves the lesson as a stable JSON file named after its title', async () => {
    const api = renderLesson()
    fireEvent.change(screen.getByLabelText('Lesson title'), { target: { value: 'Week 1: Regions' } })
    addScene('Europe', 'Regions in Europe')
    fireEvent.click(screen.getByRole('button', { name: 'Save lesson…' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalledTimes(1))
    const request = api.saveFile.mock.calls[0]![0]
    expect(request.suggestedName).toBe('week-1-regions.infraglobe.json')
    expect(request.kind).toBe('lesson')
    const parsed = parseLesson(request.data as string)
    expect(parsed.ok && parsed.lesson.scenes.map((s) => s.title)).toEqual(['Europe'])
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved the lesson to week-1-regions.infraglobe.json'))
    expect(screen.queryByRole('heading', { name: /unsaved changes/ })).toBeNull()
  })

  it('opens a lesson file, dropping a region the data does not hold with a warning', async () => {
    const lesson: Lesson = {
      format: 'infraglobe-lesson',
      version: 3,
      title: 'Opened',
      scenes: [{ ...captureScene({ id: 'x', title: 'Mars', caption: 'Red', notes: '' }), selectedCode: 'mars-north-1' }],
    }
    const api = renderLesson(fakeApi({ openLesson: () => Promise.resolve({ status: 'opened', name: 'mars.infraglobe.json', text: serializeLesson(lesson) }) }))
    fireEvent.click(screen.getByRole('button', { name: 'Open lesson…' }))
    await waitFor(() => expect(sceneTitles()).toEqual(['Mars']))
    expect(api.openLesson).toHaveBeenCalledTimes(1)
    expect(useLessonStore.getState().scenes[0]?.selectedCode).toBeNull()
    const status = screen.getByRole('status').textContent
    expect(status).toContain('Opened “mars.infraglobe.json”: 1 scene.')
    expect(status).toContain('“mars-north-1” is not in this version')
  })

  it('refuses a lesson from a newer version with a message, keeping the current lesson', async () => {
    const newer = JSON.stringify({ format: 'infraglobe-lesson', version: 99, title: 'Future', scenes: [] })
    renderLesson(fakeApi({ openLesson: () => Promise.resolve({ status: 'opened', name: 'future.infraglobe.json', text: newer }) }))
    addScene('Keep me', '')
    fireEvent.click(screen.getByRole('button', { name: 'Open lesson…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('format 99'))
    expect(screen.getByRole('alert').textContent).toContain('“future.infraglobe.json” was not opened.')
    expect(sceneTitles()).toEqual(['Keep me'])
  })

  it('answers the menu’s Open and Save commands', async () => {
    const api = renderLesson()
    // App hands the desktop menu's commands to the renderer's dispatcher.
    const { dispatchMenuCommand } = await import('../../../../src/renderer/state/menuCommands')
    act(() => {
      dispatchMenuCommand('open-lesson')
      dispatchMenuCommand('save-lesson')
    })
    await waitFor(() => expect(api.openLesson).toHaveBeenCalledTimes(1))
    expect(api.saveFile).toHaveBeenCalledTimes(1)
  })

  it('loads the built-in lesson, and undo brings the previous lesson back', async () => {
    renderLesson()
    addScene('Mine', '')
    fireEvent.click(screen.getByRole('button', { name: 'Load built-in lesson' }))
    // The lesson file and its format are fetched on first use.
    await waitFor(() => expect(sceneTitles()[0]).toBe('AWS Regions around the world'))
    expect(sceneTitles().length).toBeGreaterThanOrEqual(8)
    fireEvent.click(screen.getByRole('button', { name: 'Undo loading the built-in lesson' }))
    expect(sceneTitles()).toEqual(['Mine'])
  })
})

describe('presenter mode', () => {
  // As the app does once its first frame is shown: the overlay's code is in before presenting starts.
  beforeAll(() => presenterOverlayView.preload())

  const key = (k: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })
    act(() => {
      target.dispatchEvent(event)
    })
    return event
  }

  it('F5 presents the lesson from the first scene in full screen; clicker keys step; Escape leaves', async () => {
    const api = renderLesson()
    addScene('One', 'First caption')
    cam.point({ lat: -20, lon: 30, distance: 2 })
    addScene('Two', 'Second caption')
    useLessonStore.getState().setCurrent(null)
    await waitFor(() => expect(api.appInfo).toHaveBeenCalled())

    const f5 = key('F5')
    expect(f5.defaultPrevented).toBe(true)
    expect(useLessonStore.getState().presenting).toBe(true)
    expect(api.setFullScreen).toHaveBeenCalledWith(true)
    const overlay = screen.getByTestId('presenter')
    expect(within(overlay).getByTestId('presenter-caption').textContent).toContain('First caption')
    expect(within(overlay).getByTestId('presenter-progress').textContent).toBe('1 / 2')

    key('PageDown')
    expect(within(overlay).getByTestId('presenter-caption').textContent).toContain('Second caption')
    expect(within(overlay).getByTestId('presenter-progress').textContent).toBe('2 / 2')
    expect(cam.moves.at(-1)?.view).toEqual({ lat: -20, lon: 30, distance: 2 })
    key(' ')
    expect(useLessonStore.getState().current).toBe(1)
    key('ArrowLeft')
    expect(useLessonStore.getState().current).toBe(0)

    key('Escape')
    expect(useLessonStore.getState().presenting).toBe(false)
    expect(api.setFullScreen).toHaveBeenLastCalledWith(false)
    expect(screen.queryByTestId('presenter')).toBeNull()
  })

  it('keeps the arrow keys from the globe while presenting, and leaves them alone otherwise', () => {
    renderLesson()
    addScene('One', '')
    const globe = document.createElement('div')
    const globeKeys = vi.fn()
    globe.addEventListener('keydown', globeKeys)
    document.body.append(globe)
    key('ArrowRight', globe)
    expect(globeKeys).toHaveBeenCalledTimes(1)
    key('F5', globe)
    const event = key('ArrowRight', globe)
    expect(globeKeys).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
    globe.remove()
  })

  it('never takes F5 or the clicker keys from someone typing', () => {
    renderLesson()
    addScene('One', '')
    const title = screen.getByLabelText('Lesson title')
    expect(key('F5', title).defaultPrevented).toBe(false)
    expect(useLessonStore.getState().presenting).toBe(false)
  })

  it('presents the built-in lesson when the lesson is empty', async () => {
    renderLesson()
    key('F5')
    // The lesson file and its format are fetched on first use.
    await waitFor(() => expect(useLessonStore.getState().scenes.length).toBeGreaterThanOrEqual(8))
    expect(screen.getByTestId('presenter-caption').textContent).toContain('AWS Regions around the world')
  })

  it('offers a slow auto-rotation, off by default and unavailable with reduced motion', () => {
    renderLesson()
    addScene('One', '')
    key('F5')
    const rotate = screen.getByRole('button', { name: 'Auto-rotate' })
    expect(rotate.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(rotate)
    expect(useAppStore.getState().autoRotateSpeed).toBeGreaterThan(0)
    act(() => useAppStore.getState().setReducedMotion(true))
    expect(useAppStore.getState().autoRotateSpeed).toBe(0)
    expect((screen.getByRole('button', { name: 'Auto-rotate' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Exit' }))
    expect(useLessonStore.getState().presenting).toBe(false)
  })
})
