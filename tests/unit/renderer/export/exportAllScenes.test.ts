import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { exportAllScenes } from '../../../../src/renderer/export/exportAllScenes'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { CameraView } from '../../../../src/renderer/globe/types'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import { emptyLesson, type Scene } from '../../../../src/shared/lesson/schema'
import { makeDataset } from '../../fixtures/renderer/dataset'

// The WebGL pass cannot run in jsdom: the export of one view is a stand-in; the scenes are real.
const exportView = vi.hoisted(() => vi.fn())
vi.mock('../../../../src/renderer/export/exportView', () => ({ DEFAULT_TITLE: 'AWS global infrastructure', exportView }))

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])

/** A scene that differs from the user's own view in every field it holds. */
function lessonScene(id: string, title: string): Scene {
  return {
    id,
    title,
    caption: '',
    notes: '',
    camera: { lat: -23.5, lon: -46.6, distance: 2 },
    layers: { network: true, latencyArcs: true },
    selectedCode: 'sa-east-1',
    compareCodes: ['sa-east-1', 'us-east-1'],
    userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo', origin: 'search' },
    residency: { kind: 'any' },
    requiredServices: [],
    chooserWeights: { proximity: 0.5, price: 0.5 },
    chooserOpen: false,
    excludeOutages: false,
    markerColouring: 'status',
    annotations: [],
    year: 2014,
    drill: { region: 'sa-east-1', placements: [{ pattern: 'single-instance', az: 'sae1-az1' }], failedAzIds: [] },
  }
}

let view: CameraView
let runtime: GlobeRuntime
let withdraw: () => void = () => {}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
  useAnnotationStore.setState({ annotations: [] })
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  useLessonStore.getState().replaceLesson(
    { ...emptyLesson('Tour'), scenes: [lessonScene('scene-1', 'South America'), lessonScene('scene-2', 'Again')] },
    { label: 'test', dirty: false },
  )
  exportView.mockReset()
  exportView.mockResolvedValue({ png, width: 10, height: 10, stages: { render: 0, compose: 0, encode: 0 } })
  view = { lat: 50.1, lon: 8.7, distance: 3 }
  runtime = new GlobeRuntime()
  runtime.commands = {
    rotate: () => {},
    zoom: () => {},
    getView: () => view,
    setView: (next) => {
      view = next
      return Promise.resolve()
    },
  }
  withdraw = publishGlobe(runtime)
})

afterEach(() => withdraw())

describe('exporting every scene', () => {
  it('gives the user back their chooser weights and open chooser, with the rest of their view', async () => {
    const app = useAppStore.getState()
    app.setChooserWeights({ proximity: 1, price: 0 })
    app.setChooserOpen(true)
    app.select('eu-central-1')
    app.setMarkerColouring('price-index')
    app.setResidency({ kind: 'eu-eea' })
    app.setRequiredServices(['amazon-s3'])

    const files = await exportAllScenes(runtime, { size: { kind: 'multiple', factor: 1 }, transparent: false, captions: true }, () => {}, new AbortController().signal)

    expect(files?.map((file) => file.name)).toEqual(['01-south-america.png', '02-again.png'])
    const after = useAppStore.getState()
    expect(after.chooserWeights).toEqual({ proximity: 1, price: 0 })
    expect(after.chooserOpen).toBe(true)
    expect(after.selectedCode).toBe('eu-central-1')
    expect(after.markerColouring).toBe('price-index')
    expect(after.residency).toEqual({ kind: 'eu-eea' })
    expect(after.requiredServices).toEqual(['amazon-s3'])
    expect(after.compareCodes).toEqual([])
    expect(view).toEqual({ lat: 50.1, lon: 8.7, distance: 3 })
  })
})
