import { afterEach, describe, expect, it } from 'vitest'
import { LayerLabels, LAYER_LABEL_CAPACITY, layerLabelPriority, type LayerLabel } from '../../../../src/renderer/globe/layerLabels'
import { LabelLayer } from '../../../../src/renderer/globe/labelLayer'
import { PointerTracker } from '../../../../src/renderer/globe/pointer'
import { PROBE_GLOBAL, installProbe } from '../../../../src/renderer/globe/probe'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { useAppStore } from '../../../../src/renderer/state/store'
import { angleBetween, toVector } from '../../../../src/shared/geo'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { HEIGHT, WIDTH, cameraOver, measureByLength } from '../../fixtures/renderer/globe'

/** A runtime with the fixture's regions, projected by a camera above Rome. */
function romeView(): GlobeRuntime {
  const runtime = new GlobeRuntime()
  runtime.setRegions(makeDataset().regions)
  runtime.canvas = document.createElement('canvas')
  runtime.project(cameraOver(41.9, 12.5, 3), WIDTH, HEIGHT)
  return runtime
}

function degreesApart(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return (angleBetween(toVector(a.lat, a.lon), toVector(b.lat, b.lon)) * 180) / Math.PI
}

describe('GlobeRuntime surface queries', () => {
  it('finds the place under the middle of the view', () => {
    const spot = romeView().surfaceAt(WIDTH / 2, HEIGHT / 2)
    expect(spot).not.toBeNull()
    expect(degreesApart(spot!, { lat: 41.9, lon: 12.5 })).toBeLessThan(1e-3)
  })

  it('finds nothing beside the globe', () => {
    expect(romeView().surfaceAt(5, 5)).toBeNull()
  })

  it('reports where a place appears, and that the far side is hidden', () => {
    const runtime = romeView()
    const paris = runtime.geoScreenPosition(48.86, 2.35)
    expect(paris?.visible).toBe(true)
    // Back again: the place under that point is Paris.
    const back = runtime.surfaceAt(paris!.x, paris!.y)
    expect(degreesApart(back!, { lat: 48.86, lon: 2.35 })).toBeLessThan(0.05)
    expect(runtime.geoScreenPosition(-41.9, -167.5)?.visible).toBe(false)
  })

  it('answers nothing before the first frame', () => {
    const runtime = new GlobeRuntime()
    expect(runtime.surfaceAt(10, 10)).toBeNull()
    expect(runtime.geoScreenPosition(0, 0)).toBeNull()
  })
})

describe('placing the user on the globe', () => {
  function tracker() {
    const runtime = romeView()
    const cursor = { value: '' }
    const pointer = new PointerTracker(runtime, (value) => {
      cursor.value = value
    })
    return { runtime, pointer, cursor }
  }

  function click(pointer: PointerTracker, x: number, y: number, altKey = false): void {
    pointer.down(x, y, 0)
    pointer.up(x, y, 0, altKey)
  }

  it('puts the location where a click lands in place-me mode, labelled with its coordinates, and ends the mode', () => {
    const { pointer } = tracker()
    useAppStore.getState().setPlacing(true)
    click(pointer, WIDTH / 2, HEIGHT / 2)
    const { userLocation, placing, selectedCode } = useAppStore.getState()
    expect(placing).toBe(false)
    expect(userLocation).toEqual({ lat: 41.9, lon: 12.5, label: '41.90° N, 12.50° E', origin: 'click' })
    expect(selectedCode).toBeNull()
  })

  it('places with Alt held without the mode, and a plain click then still selects', () => {
    const { runtime, pointer } = tracker()
    const frankfurt = runtime.screenPosition('eu-central-1')!
    click(pointer, WIDTH / 2, HEIGHT / 2, true)
    expect(useAppStore.getState().userLocation?.origin).toBe('click')
    expect(useAppStore.getState().selectedCode).toBeNull()
    click(pointer, frankfurt.x, frankfurt.y)
    expect(useAppStore.getState().selectedCode).toBe('eu-central-1')
    expect(useAppStore.getState().userLocation?.lat).toBe(41.9)
  })

  it('does not place on a click on a marker without the mode or Alt', () => {
    const { runtime, pointer } = tracker()
    const frankfurt = runtime.screenPosition('eu-central-1')!
    click(pointer, frankfurt.x, frankfurt.y)
    expect(useAppStore.getState().userLocation).toBeNull()
  })

  it('keeps place-me mode on after a click beside the globe', () => {
    const { pointer } = tracker()
    useAppStore.getState().setPlacing(true)
    click(pointer, 5, 5)
    expect(useAppStore.getState().placing).toBe(true)
    expect(useAppStore.getState().userLocation).toBeNull()
  })

  it('does not place at the end of a drag', () => {
    const { pointer } = tracker()
    useAppStore.getState().setPlacing(true)
    pointer.down(WIDTH / 2 - 60, HEIGHT / 2, 0)
    pointer.up(WIDTH / 2, HEIGHT / 2, 0)
    expect(useAppStore.getState().userLocation).toBeNull()
    expect(useAppStore.getState().placing).toBe(true)
  })

  it('shows a crosshair while place-me mode is on, over markers too', () => {
    const { runtime, pointer, cursor } = tracker()
    const frankfurt = runtime.screenPosition('eu-central-1')!
    useAppStore.getState().setPlacing(true)
    pointer.refreshCursor()
    expect(cursor.value).toBe('crosshair')
    pointer.move(frankfurt.x, frankfurt.y, 0)
    expect(cursor.value).toBe('crosshair')
    useAppStore.getState().setPlacing(false)
    pointer.refreshCursor()
    expect(cursor.value).toBe('pointer')
  })
})

describe('the probe', () => {
  afterEach(() => {
    delete window[PROBE_GLOBAL]
  })

  it('answers where the pin and any place were drawn', () => {
    const runtime = romeView()
    const probe = installProbe({
      regionScreenPosition: (code) => runtime.screenPosition(code),
      userLocationScreenPosition: () => runtime.geoScreenPosition(41.9, 12.5),
      screenPositionOf: (lat, lon) => runtime.geoScreenPosition(lat, lon),
      setAutoRotateSpeed: () => {},
      cameraView: () => null,
      shownRegions: () => [...runtime.shownCodes()],
      labels: () => [],
      layerLabels: () => [],
      reachDrawn: () => null,
      reachComputeMs: () => null,
      pendingWork: () => 0,
      flyTo: () => Promise.resolve(),
    })
    const installed = window[PROBE_GLOBAL]!
    const pin = installed.userLocationScreenPosition()!
    expect(pin.visible).toBe(true)
    expect(pin.x).toBeCloseTo(WIDTH / 2, 0)
    expect(pin.y).toBeCloseTo(HEIGHT / 2, 0)
    expect(installed.screenPositionOf(-41.9, -167.5)?.visible).toBe(false)
    probe.uninstall()
    expect(window[PROBE_GLOBAL]).toBeUndefined()
  })
})

function annotation(text: string, x: number, y: number, z: number, priority: number, align: LayerLabel['align'] = 'centre'): LayerLabel {
  return { x, y, z, text, priority, align, gapPx: 10, raisePx: 0, color: '#ffffff', size: 'small' }
}

describe('LayerLabels', () => {
  it('keeps each layer’s group, replaces it whole and orders everything by priority', () => {
    const annotations = new LayerLabels()
    annotations.set('network', [annotation('78 ms', 0, 0, 1, 5), annotation('12 ms', 0, 0, 1, 5.5)])
    annotations.set('pin', [annotation('Rome', 0, 0, 1, 25)])
    expect(annotations.items.map((item) => item.text)).toEqual(['Rome', '12 ms', '78 ms'])
    const version = annotations.version
    annotations.set('network', [])
    expect(annotations.items.map((item) => item.text)).toEqual(['Rome'])
    expect(annotations.version).toBeGreaterThan(version)
  })

  it('does not count clearing an empty group as a change', () => {
    const annotations = new LayerLabels()
    annotations.set('network', [])
    annotations.setNotes('latency', new Map())
    expect(annotations.version).toBe(0)
  })

  it('keeps at most its capacity, dropping the lowest priorities', () => {
    const annotations = new LayerLabels()
    const many = Array.from({ length: LAYER_LABEL_CAPACITY + 5 }, (_, i) => annotation(`${i}`, 0, 0, 1, i))
    annotations.set('network', many)
    expect(annotations.items).toHaveLength(LAYER_LABEL_CAPACITY)
    expect(annotations.items.at(-1)!.text).toBe('5')
  })
})

describe('LabelLayer with annotations', () => {
  function layerFor(runtime: GlobeRuntime) {
    const layer = new LabelLayer({ measure: measureByLength })
    layer.setRegions(runtime.regions)
    const annotationsShown = () => layer.drawnLayerLabels(runtime).map((drawn) => drawn.line.runs.map((run) => run.text).join(''))
    const label = (code: string) => layer.drawnLabels(runtime).find((drawn) => drawn.code === code)
    return { layer, annotationsShown, label }
  }

  it('shows an annotation in front of the globe and hides one behind it', () => {
    const runtime = romeView()
    const { layer, annotationsShown } = layerFor(runtime)
    const front = toVector(30, 20, 1.05)
    const back = toVector(-41.9, -167.5, 1.05)
    runtime.layerLabels.set('test', [annotation('front', ...front, 5), annotation('back', ...back, 5)])
    layer.update(runtime, -1, -1)
    expect(annotationsShown()).toEqual(['front'])
    runtime.layerLabels.set('test', [])
    layer.update(runtime, -1, -1)
    expect(annotationsShown()).toEqual([])
  })

  it('gives way to a region label it would cover', () => {
    const runtime = romeView()
    const { layer, annotationsShown, label } = layerFor(runtime)
    // On Frankfurt's label, right of its marker (no label may cover a marker itself).
    const at = toVector(50.1109, 15.5, 1.0025)
    runtime.layerLabels.set('test', [annotation('under a label', ...at, layerLabelPriority.link)])
    layer.update(runtime, -1, -1)
    expect(label('eu-central-1')).toBeDefined()
    expect(annotationsShown()).toEqual([])
    runtime.layerLabels.set('test', [annotation('above', ...at, 100)])
    layer.update(runtime, -1, -1)
    expect(annotationsShown()).toEqual(['above'])
  })

  it('puts a beside annotation next to its anchor and raised above it', () => {
    const runtime = romeView()
    const { layer } = layerFor(runtime)
    runtime.layerLabels.set('pin', [{ ...annotation('Rome', ...toVector(41.9, 12.5, 1.0025), 25, 'beside'), raisePx: 22 }])
    layer.update(runtime, -1, -1)
    const [drawn] = layer.drawnLayerLabels(runtime)
    expect(drawn?.left).toBe(Math.round(WIDTH / 2 + 10))
    // Its middle 22 px above the anchor: a 13 px line of text 1.2 lines high.
    expect(drawn?.top).toBe(Math.round(HEIGHT / 2) - 22 - Math.round(13 * 1.2) / 2)
  })

  it('slides a beside annotation too long for either side of its anchor to the edge with more room, inside the view', () => {
    const runtime = romeView()
    const { layer } = layerFor(runtime)
    // 60 characters of 8 px: 480 px, more than the 400 px either side of a mark in the middle.
    const name = 'Los Angeles, United States · Local Zones (2), parent us-west'
    runtime.layerLabels.set('place', [annotation(name, ...toVector(41.9, 12.5, 1.0025), 36, 'beside')])
    layer.update(runtime, -1, -1)
    const [drawn] = layer.drawnLayerLabels(runtime)
    expect(drawn).toBeDefined()
    expect(drawn!.left).toBeGreaterThanOrEqual(0)
    expect(drawn!.left + measureByLength(name)).toBeLessThanOrEqual(WIDTH)
  })

  it('adds a region’s note after its code and takes it away again', () => {
    const runtime = romeView()
    const { layer, label } = layerFor(runtime)
    runtime.layerLabels.setNotes('latency', new Map([['eu-central-1', { text: '11 ms', color: '#fde725' }]]))
    layer.update(runtime, -1, -1)
    const firstLine = () => label('eu-central-1')?.lines[0]?.runs ?? []
    expect(firstLine().map((run) => run.text)).toEqual(['eu-central-1', '11 ms'])
    expect(firstLine()[1]?.colour).toBe('#fde725')
    runtime.layerLabels.setNotes('latency', new Map())
    layer.update(runtime, -1, -1)
    expect(firstLine().map((run) => run.text)).toEqual(['eu-central-1'])
  })
})
