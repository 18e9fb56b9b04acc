import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { CameraView } from '../../../../src/renderer/globe/types'
import {
  applyScene,
  captureSceneState,
  sceneFields,
  type SceneState,
} from '../../../../src/renderer/lesson/sceneState'
import { useAppStore } from '../../../../src/renderer/state/store'
import { SceneSchema } from '../../../../src/shared/lesson/schema'
import { makeDataset } from '../../fixtures/renderer/dataset'

/** A scene that differs from the app's start-up state in every field it holds. */
const everyFieldSet: SceneState = {
  camera: { lat: -23.5, lon: -46.6, distance: 2.25 },
  layers: { network: false, latencyArcs: true, edges: true, localZones: true, wavelengthZones: false, reach: true },
  selectedCode: 'sa-east-1',
  compareCodes: ['sa-east-1', 'us-east-1'],
  userLocation: { lat: -23.55, lon: -46.63, label: 'São Paulo', origin: 'search' },
  residency: { kind: 'country', countryCode: 'BR' },
  requiredServices: ['amazon-s3'],
  chooserWeights: { proximity: 1, price: 0 },
  chooserOpen: true,
  excludeOutages: false,
  markerColouring: 'price-index',
  annotations: [{ id: 'n', type: 'pin', colour: 'cyan', size: 'small', anchor: { kind: 'geo', lat: 1, lon: 2 }, text: 'Here' }],
  year: 2014,
  drill: { region: 'sa-east-1', placements: [{ pattern: 'single-instance', az: 'sae1-az1' }], failedAzIds: ['sae1-az1'] },
  requestPath: 'miss',
}

let view: CameraView
let withdraw: () => void = () => {}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
  useAnnotationStore.setState({ annotations: [] })
  view = { lat: 10, lon: 20, distance: 3 }
  const runtime = new GlobeRuntime()
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

describe('what a scene holds', () => {
  it('has a capture and an apply for every key of the lesson schema’s scene but its name, caption and notes', () => {
    const schemaKeys = Object.keys(SceneSchema.shape).filter((key) => !['id', 'title', 'caption', 'notes'].includes(key))
    expect(Object.keys(sceneFields).sort()).toEqual(schemaKeys.sort())
    for (const field of Object.values(sceneFields)) {
      expect(typeof field.capture).toBe('function')
      expect(typeof field.apply).toBe('function')
    }
  })

  it('the test scene sets every field the schema has, and differs from the start-up view in each', () => {
    const schemaKeys = Object.keys(SceneSchema.shape).filter((key) => !['id', 'title', 'caption', 'notes'].includes(key))
    expect(Object.keys(everyFieldSet).sort()).toEqual(schemaKeys.sort())
    const startUp = captureSceneState()
    for (const key of schemaKeys as (keyof SceneState)[]) expect(startUp[key], key).not.toEqual(everyFieldSet[key])
  })

  it('gives back, field by field, what was applied: each field is both applied and captured', async () => {
    await applyScene(everyFieldSet, { instant: true })
    const captured = captureSceneState()
    for (const key of Object.keys(sceneFields) as (keyof SceneState)[]) expect(captured[key], key).toEqual(everyFieldSet[key])
  })

  it('puts a captured view back exactly, camera unrounded, after another scene was shown', async () => {
    view = { lat: 50.123456, lon: 8.654321, distance: 2.000049 }
    useAppStore.getState().setChooserWeights({ proximity: 0.2, price: 0.8 })
    const saved = captureSceneState()
    await applyScene(everyFieldSet, { instant: true })
    await applyScene(saved, { instant: true })
    expect(captureSceneState()).toEqual(saved)
    expect(view).toEqual({ lat: 50.123456, lon: 8.654321, distance: 2.000049 })
  })
})
